import type {ExerciseStatus} from "../check/gradeOutcome.js";
import type {SubmissionReport} from "./gradeSubmission.js";

/** The order problems are listed in: what an instructor most needs to look at first. */
const order: ExerciseStatus[] = ["crashed", "timeout", "import-error", "syntax-error", "missing-export", "missing"];

/**
 * What happened to a submission, in one line for the gradebook: `ok` when every exercise it holds
 * ran, otherwise each problem with its exercises, e.g. `timeout: conv2d-one-filter; missing: resnet50`.
 * With `assigned`, a missing exercise counts only if it is one of those (see {@link assignedExercises}).
 */
export function studentStatus(report: SubmissionReport, {assigned}: {assigned?: ReadonlySet<string>} = {}): string {
  const byStatus = new Map<ExerciseStatus, string[]>();
  for (const exercise of report.exercises) {
    if (
      exercise.status === "graded" ||
      (exercise.status === "missing" && assigned && !assigned.has(exercise.exerciseId))
    )
      continue;
    byStatus.set(exercise.status, [...(byStatus.get(exercise.status) ?? []), exercise.exerciseId]);
  }
  const problems = order
    .filter((status) => byStatus.has(status))
    .map((status) => `${status}: ${byStatus.get(status)!.join(", ")}`);
  return problems.length ? problems.join("; ") : "ok";
}

/**
 * The exercises that at least one of these submissions holds: in a class graded on lesson 1, no
 * one hands in lesson 2, and saying so on every line would hide the students who did miss a file.
 */
export function assignedExercises(reports: Iterable<SubmissionReport | undefined>): Set<string> {
  const assigned = new Set<string>();
  for (const report of reports) {
    for (const exercise of report?.exercises ?? [])
      if (exercise.status !== "missing") assigned.add(exercise.exerciseId);
  }
  return assigned;
}
