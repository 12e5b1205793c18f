import {escapeControl} from "../check/controlText.js";
import {both, type Localized} from "../i18n/index.js";
import {csvRecord} from "./csv.js";
import type {GradebookEntry} from "./gradebook.js";
import {matchRoster, type Roster, type RosterEntry} from "./roster.js";
import {assignedExercises} from "./studentStatus.js";

/** An exercise as a grade column: `Title (id)`, the way Canvas names an assignment column. */
export interface GradeColumn {
  id: string;
  title: string;
}

export interface LmsExport {
  /** `canvas.csv` and `moodle.csv`, each when the roster has what that LMS needs to match students. */
  files: Array<{name: string; contents: string}>;
  /** What an instructor must know: students left out, and why. */
  notes: Localized[];
}

/** Moodle maps a row to a user by one of these, in this order of preference. */
const moodleIdentifiers = ["idnumber", "username", "email"] as const;

/**
 * The grade-import files of Canvas and Moodle for a graded class. Columns are the exercises that at
 * least one submission holds; a student whose submission could not be graded gets empty cells (no
 * change on import), never a zero. Submissions missing from the roster are named in `notes`, never
 * dropped silently; so are roster rows the LMS could not match (one unknown user aborts a Moodle import).
 */
export function lmsExports(
  entries: readonly GradebookEntry[],
  roster: Roster,
  columns: readonly GradeColumn[]
): LmsExport {
  const assigned = assignedExercises(entries.map((entry) => entry.report));
  const graded = columns.filter((column) => assigned.has(column.id));
  const byStudent = new Map(entries.map((entry) => [entry.student, entry]));
  const match = matchRoster(roster, [...byStudent.keys()]);
  const notes: Localized[] = [];
  // Folder names are the students' own: quoted, and with anything that could redraw a terminal escaped.
  const names = (list: string[]) => list.map((name) => `"${escapeControl(name)}"`).join(", ");
  if (match.notInRoster.length) {
    notes.push(
      both(
        `нет в списке группы (оценки есть в gradebook.csv, но не в файлах для LMS): ${names(match.notInRoster)}`,
        `not in the roster (graded in gradebook.csv, left out of the LMS files): ${names(match.notInRoster)}`
      )
    );
  }
  if (match.withoutSubmission.length) {
    const missing = match.withoutSubmission.map((entry) => entry.submission);
    notes.push(
      both(
        `в списке группы, но без решения: ${names(missing)}`,
        `in the roster without a submission: ${names(missing)}`
      )
    );
  }
  const scores = (student: string) => {
    const report = byStudent.get(student)?.report;
    return graded.map((column) => report?.exercises.find((exercise) => exercise.exerciseId === column.id)?.score ?? "");
  };
  const files: LmsExport["files"] = [];
  const titles = graded.map((column) => `${column.title} (${column.id})`);

  const canvasMatchable = (entry: RosterEntry) => entry.canvasId ?? entry.sisUserId ?? entry.sisLoginId;
  if (["canvasId", "sisUserId", "sisLoginId"].some((field) => roster.fields.has(field as keyof RosterEntry))) {
    const rows = match.matched.filter(({entry}) => canvasMatchable(entry));
    const unmatchable = match.matched.filter(({entry}) => !canvasMatchable(entry)).map(({student}) => student);
    if (unmatchable.length) {
      notes.push(
        both(
          `нет ID, SIS User ID или SIS Login ID для Canvas, пропущены в canvas.csv: ${names(unmatchable)}`,
          `no ID, SIS User ID or SIS Login ID for Canvas, left out of canvas.csv: ${names(unmatchable)}`
        )
      );
    }
    const maxima = graded.map((column) => maxScore(entries, column.id));
    const lines = [
      csvRecord(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", ...titles]),
      csvRecord(["Points Possible", "", "", "", "", ...maxima]),
      ...rows.map(({student, entry}) =>
        csvRecord([
          entry.name,
          entry.canvasId ?? "",
          entry.sisUserId ?? "",
          entry.sisLoginId ?? "",
          entry.section ?? "",
          ...scores(student)
        ])
      )
    ];
    files.push({name: "canvas.csv", contents: "\uFEFF" + lines.join("")});
  }

  const identifier = moodleIdentifiers.find((field) => roster.fields.has(field));
  if (identifier) {
    const rows = match.matched.filter(({entry}) => entry[identifier]);
    const unmatchable = match.matched.filter(({entry}) => !entry[identifier]).map(({student}) => student);
    if (unmatchable.length) {
      notes.push(
        both(
          `нет ${identifier} для Moodle, пропущены в moodle.csv (иначе Moodle отменит весь импорт): ${names(unmatchable)}`,
          `no ${identifier} for Moodle, left out of moodle.csv (Moodle would abort the whole import): ${names(unmatchable)}`
        )
      );
    }
    const lines = [
      csvRecord([identifier, ...titles]),
      ...rows.map(({student, entry}) => csvRecord([entry[identifier]!, ...scores(student)]))
    ];
    files.push({name: "moodle.csv", contents: "\uFEFF" + lines.join("")});
  }
  if (!files.length) {
    notes.push(
      both(
        "в списке группы нет столбцов для LMS: для Canvas нужен ID, SIS User ID или SIS Login ID, для Moodle — idnumber, username или email",
        "the roster has no LMS columns: Canvas needs ID, SIS User ID or SIS Login ID; Moodle needs idnumber, username or email"
      )
    );
  }
  return {files, notes};
}

/** The points an exercise is out of: its number of checks, the same for everyone in one batch. */
function maxScore(entries: readonly GradebookEntry[], exerciseId: string): number | "" {
  for (const entry of entries) {
    const exercise = entry.report?.exercises.find((candidate) => candidate.exerciseId === exerciseId);
    if (exercise && exercise.maxScore > 0) return exercise.maxScore;
  }
  return "";
}
