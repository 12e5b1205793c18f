import {join} from "node:path";
import {pathToFileURL} from "node:url";
import type {Exercise} from "../exercises/types.js";
import {courseRoot} from "../core/courseRoot.js";

/**
 * The reference solution of an exercise, `solutions/<id>.ts`, loaded into the grader's own (trusted)
 * process for hidden checks. Pages never reach this module, so the solutions are never published.
 */
export async function referenceSolution(exercise: Exercise): Promise<(...args: unknown[]) => unknown> {
  const module = (await import(pathToFileURL(join(courseRoot, "solutions", `${exercise.id}.ts`)).href)) as Record<
    string,
    unknown
  >;
  const solution = module[exercise.exportName];
  if (typeof solution !== "function")
    throw new Error(`solutions/${exercise.id}.ts does not export ${exercise.exportName}`);
  return solution as (...args: unknown[]) => unknown;
}
