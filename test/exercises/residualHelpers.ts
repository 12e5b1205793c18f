import {readFileSync} from "node:fs";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gradeOutcome, type ExerciseReport} from "../../src/check/gradeOutcome.js";
import type {CheckCase, Exercise, TF} from "../../src/exercises/index.js";
import {gradeSubmission, type SubmissionReport} from "../../src/grader/gradeSubmission.js";
import * as initializers from "../../src/initializers/index.js";
import {evaluateModule} from "../../src/run/evaluateModule.js";
import {runSubmission} from "../../src/run/runSubmission.js";
import {submissionModules} from "../../src/run/submissionModules.js";
import {transpile} from "../../src/run/transpile.js";

/** A reference solution's source, as a student would submit it. */
export function solutionSource(exerciseId: string): string {
  return readFileSync(new URL(`../../solutions/${exerciseId}.ts`, import.meta.url), "utf8");
}

/** The source with one edit; throws when the text to replace is not there, so a variant never silently equals the solution. */
export function withEdit(source: string, find: string, replace: string): string {
  if (!source.includes(find)) throw new Error(`the solution no longer contains ${JSON.stringify(find)}`);
  return source.replace(find, replace);
}

/** Typical wrong solutions, each the reference solution with one mistake; the keys are the mistakes' names in hints. */
export const blockMistakes = {
  "identity-block": {
    "no-final-relu": (s: string) => withEdit(s, "  return relu(X);", "  return X;"),
    "batch-norm-axis-1": (s: string) => withEdit(s, "batchNormalization({axis: 3})", "batchNormalization({axis: 1})"),
    "batch-norm-axis-2": (s: string) => withEdit(s, "batchNormalization({axis: 3})", "batchNormalization({axis: 2})"),
    "training-ignored": (s: string) => withEdit(s, ".apply(x, {training})", ".apply(x)")
  },
  "convolutional-block": {
    "third-stride-s": (s: string) => withEdit(s, 'conv(X, F3, 1, 1, "valid")', 'conv(X, F3, 1, s, "valid")'),
    "no-final-relu": (s: string) => withEdit(s, "  return relu(X);", "  return X;"),
    "no-shortcut-batch-norm": (s: string) =>
      withEdit(
        s,
        'XShortcut = batchNorm(conv(XShortcut, F3, 1, s, "valid"));',
        'XShortcut = conv(XShortcut, F3, 1, s, "valid");'
      ),
    "tfjs-initializer": (s: string) =>
      withEdit(
        s,
        "kernelInitializer: initializer({seed: 0})",
        "kernelInitializer: tf.initializers.glorotUniform({seed: 0})"
      ),
    "training-ignored": (s: string) => withEdit(s, ".apply(x, {training})", ".apply(x)")
  }
} as const;

export type MistakeName<Id extends keyof typeof blockMistakes> = keyof (typeof blockMistakes)[Id];

/** Runs a submission's source in this process (tests only: the grader runs it in a sandbox) and returns its export. */
export function loadExport(tf: TF, source: string, exportName: string): (...args: unknown[]) => unknown {
  const transpiled = transpile(source);
  if (!transpiled.ok) throw new Error(transpiled.message);
  return evaluateModule(transpiled.code, submissionModules(tf, initializers))[exportName] as (
    ...args: unknown[]
  ) => unknown;
}

/** Runs a source on the cases as the sandbox does, but in this process, and grades the outcome as the grader does. */
export async function gradeInProcess(
  tf: TF,
  exercise: Exercise,
  cases: CheckCase[],
  source: string
): Promise<ExerciseReport> {
  const fileName = `${exercise.id}.ts`;
  const outcome = await runSubmission(
    {exerciseId: exercise.id, fileName, source, cases: cases.map(({id, args}) => ({id, args}))},
    tf,
    submissionModules(tf, initializers)
  );
  return gradeOutcome(exercise, cases, outcome, {fileName, source});
}

/**
 * The seed of every grading in the exercises' tests (le-net's included). The grader builds the
 * checks of every exercise once per process and seed (the hidden ones run the reference solutions:
 * ResNet-50 at three more sizes), so one seed builds them once per worker, where a seed per test
 * built them again for each. What the hidden calls are for other seeds is the "hidden cases" tests'
 * concern, not these.
 */
export const graderSeed = 7;

/** Grades a submission folder holding these files with the real grader (sandboxed processes, hidden checks). */
export async function gradeFiles(files: Record<string, string>, seed: number): Promise<SubmissionReport> {
  const folder = await mkdtemp(join(tmpdir(), "convlab-residual-"));
  for (const [name, source] of Object.entries(files)) await writeFile(join(folder, name), source);
  try {
    return await gradeSubmission(folder, {seed});
  } finally {
    await rm(folder, {recursive: true, force: true});
  }
}

/** One exercise's report from a submission report. */
export function reportOf(report: SubmissionReport, exerciseId: string): ExerciseReport {
  const found = report.exercises.find((exercise) => exercise.exerciseId === exerciseId);
  if (!found) throw new Error(`no report for ${exerciseId}`);
  return found;
}
