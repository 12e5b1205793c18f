import {open} from "node:fs/promises";
import {constants} from "node:fs";
import {parseCsv} from "./csvParse.js";

/**
 * One student of an instructor's roster: the name of their submission in the class folder (a
 * subfolder, or a zip without `.zip`) and who they are in the LMS.
 */
export interface RosterEntry {
  submission: string;
  /** Canvas's `Student` column: the student's name as the LMS shows it. */
  name: string;
  /** Canvas's numeric user `ID`. */
  canvasId?: string;
  sisUserId?: string;
  sisLoginId?: string;
  section?: string;
  /** Moodle's identifiers: one of them maps a grade to a user on import. */
  username?: string;
  email?: string;
  idnumber?: string;
}

export type RosterField = keyof RosterEntry;

export interface Roster {
  entries: RosterEntry[];
  /** The fields the roster's header has. */
  fields: ReadonlySet<RosterField>;
}

export class RosterError extends Error {}

/** Header spellings accepted for each field, compared in lower case with spaces, `_` and `-` alike. */
const headers: Record<RosterField, string[]> = {
  submission: ["submission", "folder"],
  name: ["name", "student", "full name"],
  canvasId: ["id", "canvas id", "canvas user id"],
  sisUserId: ["sis user id"],
  sisLoginId: ["sis login id"],
  section: ["section"],
  username: ["username", "user name", "login"],
  email: ["email", "email address", "e mail"],
  idnumber: ["idnumber", "id number"]
};

const maxRosterBytes = 4 * 1024 * 1024;

/**
 * Reads a roster CSV: a header row, then one row per student. Only a regular file of at most 4 MB
 * is read. The `submission` column is required; the others are what the LMS exports need.
 */
export async function readRoster(path: string): Promise<Roster> {
  // Non-blocking, so that a named pipe is refused instead of waiting for a writer.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    throw new RosterError(error.code === "ENOENT" ? "no such file" : `cannot be read (${error.code ?? error.message})`);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new RosterError("not a regular file");
    if (info.size > maxRosterBytes) throw new RosterError(`larger than ${maxRosterBytes / 1024 / 1024} MB`);
    return parseRoster(await handle.readFile("utf8"));
  } finally {
    await handle.close();
  }
}

export function parseRoster(text: string): Roster {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new RosterError("the roster is empty: a header row was expected");
  const columns = new Map<RosterField, number>();
  header.forEach((title, column) => {
    const key = title
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, " ");
    const field = (Object.keys(headers) as RosterField[]).find((name) => headers[name].includes(key));
    if (field && !columns.has(field)) columns.set(field, column);
  });
  if (!columns.has("submission")) {
    throw new RosterError(
      `the roster has no "submission" column (the name of each student's folder or zip); its header is: ${header.join(", ")}`
    );
  }
  const entries: RosterEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const value = (field: RosterField) => {
      const column = columns.get(field);
      const text = column === undefined ? "" : (row[column] ?? "").trim();
      return text || undefined;
    };
    const submission = value("submission");
    if (!submission) throw new RosterError(`row ${i + 2}: no submission name`);
    if (seen.has(submission)) throw new RosterError(`row ${i + 2}: the submission "${submission}" is listed twice`);
    seen.add(submission);
    const entry: RosterEntry = {submission, name: value("name") ?? submission};
    for (const field of columns.keys()) {
      if (field !== "submission" && field !== "name" && value(field)) entry[field] = value(field);
    }
    entries.push(entry);
  });
  return {entries, fields: new Set(columns.keys())};
}

/** How the class folder's submissions and the roster meet. */
export interface RosterMatch {
  /** Graded students with their roster entries, in roster order. */
  matched: Array<{student: string; entry: RosterEntry}>;
  /** Submissions whose name the roster does not have: kept in gradebook.csv, never dropped silently. */
  notInRoster: string[];
  /** Roster entries with no submission in the class folder. */
  withoutSubmission: RosterEntry[];
}

export function matchRoster(roster: Roster, students: readonly string[]): RosterMatch {
  const present = new Set(students);
  const listed = new Set(roster.entries.map((entry) => entry.submission));
  return {
    matched: roster.entries
      .filter((entry) => present.has(entry.submission))
      .map((entry) => ({student: entry.submission, entry})),
    notInRoster: students.filter((student) => !listed.has(student)),
    withoutSubmission: roster.entries.filter((entry) => !present.has(entry.submission))
  };
}
