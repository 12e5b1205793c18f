import {readFileSync} from "node:fs";
import {compareTensors, float32Tolerance} from "../../src/check/compare.js";
import {parseNested} from "../../src/check/tensorData.js";
import type {CheckCase, DocumentedFile} from "../../src/exercises/index.js";

/** The documented cases of an exercise, `data/expected/<id>.json` (part of the project: no document needed). */
export function readDocumentedFile(exerciseId: string): DocumentedFile {
  return JSON.parse(
    readFileSync(new URL(`../../data/expected/${exerciseId}.json`, import.meta.url), "utf8")
  ) as DocumentedFile;
}

/** Whether `output` passes `check`, compared as the grader compares. */
export function passes(check: CheckCase, output: unknown): boolean {
  const parsed = parseNested(output);
  return (
    parsed.ok && compareTensors(check.expected, parsed.value, check.tolerance ?? float32Tolerance).kind === "equal"
  );
}

/** Calls a by-hand implementation with a case's arguments (copied, as the sandbox does). */
export function callWith<T>(fn: (...args: never[]) => T, check: CheckCase): T {
  return (fn as (...args: unknown[]) => T)(...structuredClone(check.args));
}

/** Replaces the starter's `...` gaps, in order, with the given code. */
export function fillGaps(starter: string, fills: string[]): string {
  let next = 0;
  const filled = starter.replace(/\.\.\./g, () => fills[next++] ?? "...");
  if (next !== fills.length) throw new Error(`the starter has ${next} gaps, ${fills.length} fills were given`);
  return filled;
}

/** Code without its comments, line by line, for comparing two translations of one starter. */
export function codeWithoutComments(source: string): string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
