import {csvRecord} from "./csv.js";
import type {SubmissionReport} from "./gradeSubmission.js";
import {assignedExercises, studentStatus} from "./studentStatus.js";

/** One student's line: a report, or why there is none. */
export interface GradebookEntry {
  student: string;
  report?: SubmissionReport;
  /** Why the submission could not be graded at all (an archive refused, a folder unreadable). */
  error?: string;
}

/**
 * `gradebook.csv`: a header, then one record per student in name order: the student, the score of
 * each exercise, the total, the maximum and what happened (`ok`, the problems, or `error: …`).
 * An exercise that no submission holds is not called missing (see {@link assignedExercises}).
 * UTF-8 with a byte-order mark, so that spreadsheets read Cyrillic names right.
 */
export function gradebookCsv(entries: GradebookEntry[], exerciseIds: readonly string[]): string {
  const assigned = assignedExercises(entries.map((entry) => entry.report));
  const lines = [csvRecord(["student", ...exerciseIds, "total", "max", "status"])];
  const sorted = [...entries].sort((a, b) => (a.student < b.student ? -1 : a.student > b.student ? 1 : 0));
  for (const {student, report, error} of sorted) {
    if (!report) {
      lines.push(csvRecord([student, ...exerciseIds.map(() => ""), "", "", `error: ${error ?? "not graded"}`]));
      continue;
    }
    const scores = exerciseIds.map(
      (id) => report.exercises.find((exercise) => exercise.exerciseId === id)?.score ?? ""
    );
    lines.push(csvRecord([student, ...scores, report.score, report.maxScore, studentStatus(report, {assigned})]));
  }
  return "\uFEFF" + lines.join("");
}
