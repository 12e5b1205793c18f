import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {ExerciseReport} from "../../src/check/gradeOutcome.js";
import type {SandboxLimits} from "../../src/run/nodeRunner.js";

/** The submission folders under test/fixtures/submissions (see its README). */
export type FixtureName =
  | "correct"
  | "wrong"
  | "syntax-error"
  | "missing-export"
  | "missing-file"
  | "hard-coded"
  | "infinite-loop"
  | "reads-files"
  | "top-level-loop"
  | "memory-bomb"
  | "exits-early"
  | "throws-at-import"
  | "network"
  | "patches-globals"
  | "fake-tensor"
  | "prints-megabytes"
  | "leaks-hidden-inputs"
  | "escape-codes"
  | "leaves-timers"
  | "forges-results"
  | "huge-results";

export function fixtureFolder(name: FixtureName): string {
  return fileURLToPath(new URL(`../fixtures/submissions/${name}`, import.meta.url));
}

export function fixtureSource(name: FixtureName, file: string): string {
  return readFileSync(new URL(`../fixtures/submissions/${name}/${file}`, import.meta.url), "utf8");
}

/**
 * The exercises these fixtures are about. The course grades every exercise it has; the others are
 * simply missing from these folders, and assertions leave them out so that adding an exercise
 * does not change these tests.
 */
export const fixtureExerciseIds = ["conv2d-one-filter", "max-pooling"] as const;

/** Short limits: every fixture but the infinite loop finishes in about a second. */
export const testLimits: SandboxLimits = {seconds: 20, memoryMB: 512, outputBytes: 65536};

export function exerciseReport(exercises: ExerciseReport[], id: string): ExerciseReport {
  const report = exercises.find((exercise) => exercise.exerciseId === id);
  if (!report) throw new Error(`no report for ${id}`);
  return report;
}
