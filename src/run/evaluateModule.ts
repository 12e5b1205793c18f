/** The modules a submission may import, by specifier. */
export type ModuleMap = Record<string, unknown>;

/** Makes a module's function of its code; the grader's sandbox passes its own (see sandboxRealm.ts). */
export type ModuleCompiler = (code: string) => (exports: unknown, require: unknown, module: unknown) => unknown;

const compileWithFunction: ModuleCompiler = (code) =>
  new Function("exports", "require", "module", code) as ReturnType<ModuleCompiler>;

/**
 * Runs transpiled CommonJS code and returns its exports. `require` serves only the listed modules
 * (src/run/submissionModules.ts says which), so a submission imports nothing else.
 */
export function evaluateModule(
  code: string,
  modules: ModuleMap,
  compile: ModuleCompiler = compileWithFunction
): Record<string, unknown> {
  const module = {exports: {} as Record<string, unknown>};
  const require = (specifier: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(modules, specifier)) return modules[specifier];
    throw new Error(
      `cannot import "${specifier}": a submission may import only ${Object.keys(modules)
        .map((name) => `"${name}"`)
        .join(", ")}`
    );
  };
  compile(code)(module.exports, require, module);
  return module.exports;
}
