import {stackPosition} from "./sourcePosition.js";

/** The modules a submission may import, by specifier. */
export type ModuleMap = Record<string, unknown>;

/** Makes a module's function of its code; the grader's sandbox passes its own (see sandboxRealm.ts). */
export type ModuleCompiler = (code: string) => (exports: unknown, require: unknown, module: unknown) => unknown;

const compileWithFunction: ModuleCompiler = (code) =>
  new Function("exports", "require", "module", code) as ReturnType<ModuleCompiler>;

/**
 * Runs transpiled CommonJS code and returns its exports. `require` serves only the listed modules
 * (src/run/submissionModules.ts says which), so a submission imports nothing else. With `sourceName`
 * the code is named so (a `//# sourceURL`), and stack traces name it: see {@link compiledLineOffset}.
 */
export function evaluateModule(
  code: string,
  modules: ModuleMap,
  compile: ModuleCompiler = compileWithFunction,
  {sourceName}: {sourceName?: string} = {}
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
  compile(sourceName ? named(code, sourceName) : code)(module.exports, require, module);
  return module.exports;
}

const named = (code: string, sourceName: string) => `${code}\n//# sourceURL=${sourceName}`;

const offsets = new WeakMap<ModuleCompiler, number | undefined>();

/**
 * How many lines a compiler puts before the code in stack traces: `new Function` adds its own header
 * (two lines in V8), Node's `compileFunction` none, other engines their own. Measured once per
 * compiler by compiling a line that throws; undefined when its stack does not say.
 */
export function compiledLineOffset(compile: ModuleCompiler = compileWithFunction): number | undefined {
  if (offsets.has(compile)) return offsets.get(compile);
  const probeName = "convlab-line-probe.js";
  let offset: number | undefined;
  try {
    compile(named('throw new Error("probe");', probeName))({}, undefined, {});
  } catch (error) {
    const line = stackPosition(errorStack(error), probeName)?.line;
    offset = line === undefined ? undefined : line - 1;
  }
  offsets.set(compile, offset);
  return offset;
}

/** An error's stack, or "" when it has none or reading it throws (a thrown value is the submission's). */
export function errorStack(error: unknown): string {
  try {
    const stack = (error as {stack?: unknown} | null | undefined)?.stack;
    return typeof stack === "string" ? stack : "";
  } catch {
    return "";
  }
}
