import {findExercise} from "../exercises/index.js";
import type {Json, TF} from "../core/types.js";
import type {Exercise} from "../exercises/types.js";
import type {ErrorPosition} from "../core/protocol.js";
import {compiledLineOffset, errorStack, evaluateModule, type ModuleCompiler, type ModuleMap} from "./evaluateModule.js";
import type {CaseOutput, RunOutcome, RunRequest} from "./protocol.js";
import {originalPosition, stackPosition} from "./sourcePosition.js";
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
  // Named in stack traces, so that an error's line can be found in them (measured before any student code runs).
  const sourceName = `convlab-submission/${exercise.id}.ts`;
  const offset = compiledLineOffset(compile);
  const lineCount = request.source.split("\n").length;
  const positionOf = (error: unknown) => errorPosition(error, sourceName, offset, transpiled.mappings, lineCount);
  deepenStackTraces();
  let exports: Record<string, unknown>;
  try {
    exports = evaluateModule(transpiled.code, modules, compile, {sourceName});
  } catch (error) {
    return {kind: "import-error", message: errorMessage(error), ...positionOf(error)};
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
      results.push({id, error: errorMessage(error), ...positionOf(error)});
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

/**
 * Where in the student's file an error was raised: the first frame of its stack in the submission's
 * code, moved back by the compiler's header and mapped through the transpiler's source map. Nothing
 * when the stack does not say, or says a line the file does not have.
 */
function errorPosition(
  error: unknown,
  sourceName: string,
  offset: number | undefined,
  mappings: string,
  lineCount: number
): ErrorPosition {
  if (offset === undefined) return {};
  try {
    const frame = stackPosition(errorStack(error), sourceName);
    if (!frame || frame.line - offset < 1) return {};
    const position = originalPosition(mappings, frame.line - offset, frame.column);
    if (position.line > lineCount) return {};
    return position.column === undefined ? {line: position.line} : {line: position.line, column: position.column};
  } catch {
    return {};
  }
}

/**
 * Keeps enough frames for the student's own to be among them when an error is raised deep inside
 * TensorFlow.js (V8 keeps 10 by default); set before the submission runs, which may change it.
 */
function deepenStackTraces(): void {
  try {
    const limited = Error as unknown as {stackTraceLimit?: number};
    if (typeof limited.stackTraceLimit === "number" && limited.stackTraceLimit < 64) limited.stackTraceLimit = 64;
  } catch {
    // a frozen Error: the default depth
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return "an exception that cannot be printed";
  }
}
