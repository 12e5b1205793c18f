/** The modules a submission may import, by specifier. */
export type ModuleMap = Record<string, unknown>;

/**
 * Runs transpiled CommonJS code and returns its exports. `require` serves only the listed modules
 * (src/run/submissionModules.ts says which), so a submission imports nothing else.
 */
export function evaluateModule(code: string, modules: ModuleMap): Record<string, unknown> {
  const module = {exports: {} as Record<string, unknown>};
  const require = (specifier: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(modules, specifier)) return modules[specifier];
    throw new Error(
      `cannot import "${specifier}": a submission may import only ${Object.keys(modules)
        .map((name) => `"${name}"`)
        .join(", ")}`
    );
  };
  new Function("exports", "require", "module", code)(module.exports, require, module);
  return module.exports;
}
