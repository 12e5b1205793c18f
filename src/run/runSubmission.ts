import {findExercise} from "../exercises/index.js";
import type {Json, TF} from "../core/types.js";
import type {Exercise} from "../exercises/types.js";
import {evaluateModule, type ModuleCompiler, type ModuleMap} from "./evaluateModule.js";
import type {CaseOutput, RunOutcome, RunRequest} from "./protocol.js";
import {transpile} from "./transpile.js";

/**
 * The sandbox's side of a check: transpile the submission, find its export, call it on every case.
 * Runs the same way in the browser's Web Worker and in the grader's child process, on the exercises
 * of the registry (`find`, replaced only by tests that run an exercise of their own in-process).
 */
export async function runSubmission(
  request: RunRequest,
  tf: TF,
  modules: ModuleMap,
  find: (id: string) => Exercise | undefined = findExercise,
  compile?: ModuleCompiler
): Promise<RunOutcome> {
  const exercise = find(request.exerciseId);
  if (!exercise) return {kind: "crashed", message: `unknown exercise ${request.exerciseId}`};
  const transpiled = transpile(request.source);
  if (!transpiled.ok)
    return {kind: "syntax-error", message: transpiled.message, line: transpiled.line, column: transpiled.column};
  let exports: Record<string, unknown>;
  try {
    exports = evaluateModule(transpiled.code, modules, compile);
  } catch (error) {
    return {kind: "import-error", message: errorMessage(error)};
  }
  const fn = exports[exercise.exportName];
  if (typeof fn !== "function") {
    return {
      kind: "missing-export",
      exportName: exercise.exportName,
      exports: Object.keys(exports).filter((name) => name !== "__esModule")
    };
  }
  const results: CaseOutput[] = [];
  for (const {id, args} of request.cases) {
    try {
      // Arguments are copied per case, so a function that mutates its input cannot spoil the next case.
      const output = await exercise.invoke(fn as (...args: unknown[]) => unknown, copyJson(args) as Json[], tf);
      results.push({id, output});
    } catch (error) {
      results.push({id, error: errorMessage(error)});
    }
  }
  return {kind: "ran", results};
}

// Taken when the module loads, before any student code: a submission may patch them for the next case.
const isArray = Array.isArray;
const keysOf = Object.keys;

/**
 * A deep copy of plain data, with plain loops (the grader's sandbox has no `structuredClone`: its
 * context has only JavaScript's own globals).
 */
function copyJson(value: unknown): unknown {
  if (isArray(value)) {
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; ++i) copy[i] = copyJson(value[i]);
    return copy;
  }
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    const keys = keysOf(value);
    for (let i = 0; i < keys.length; ++i) copy[keys[i]] = copyJson((value as Record<string, unknown>)[keys[i]]);
    return copy;
  }
  return value;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return "an exception that cannot be printed";
  }
}
