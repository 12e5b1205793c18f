import {describe, expect, it} from "vitest";
import type {ExerciseReport, ExerciseStatus} from "../../src/check/gradeOutcome.js";
import type {GradebookEntry} from "../../src/grader/gradebook.js";
import type {SubmissionReport} from "../../src/grader/gradeSubmission.js";
import {lmsExports} from "../../src/grader/lmsExports.js";
import {parseRoster} from "../../src/grader/roster.js";
import {both} from "../../src/i18n/index.js";
import {parseCsv} from "./csvText.js";

const columns = [
  {id: "conv2d-one-filter", title: "Convolution with one filter, by hand"},
  {id: "max-pooling", title: "Max pooling, by hand"},
  {id: "resnet50", title: "ResNet-50"}
];

/** A report with a score, a maximum and a status for the first two exercises; resnet50 is missing for everyone. */
function report(scores: Array<[number, number, ExerciseStatus]>): SubmissionReport {
  const exercises: ExerciseReport[] = [
    ...scores.map(([score, maxScore, status], i) => ({
      exerciseId: columns[i].id,
      title: both("", ""),
      status,
      checks: [],
      score,
      maxScore
    })),
    {exerciseId: "resnet50", title: both("", ""), status: "missing" as const, checks: [], score: 0, maxScore: 0}
  ];
  const score = exercises.reduce((sum, exercise) => sum + exercise.score, 0);
  return {folder: "/class", seed: 1, exercises, ignoredFiles: [], score, maxScore: 40};
}

const entries: GradebookEntry[] = [
  {
    student: "anna",
    report: report([
      [20, 20, "graded"],
      [20, 20, "graded"]
    ])
  },
  {
    student: "bob",
    report: report([
      [7, 20, "graded"],
      [0, 20, "timeout"]
    ])
  },
  {
    student: "=HYPERLINK(1)",
    report: report([
      [1, 20, "graded"],
      [1, 20, "graded"]
    ])
  },
  {student: "carl", error: "archive refused"},
  {
    student: "mallory",
    report: report([
      [20, 20, "graded"],
      [20, 20, "graded"]
    ])
  }
];

const roster = parseRoster(
  [
    "submission,Student,ID,SIS User ID,SIS Login ID,Section,username",
    "anna,Anna Petrova,101,S1,apetrova,A,apetrova",
    "bob,Bob,102,,,B,",
    '"=HYPERLINK(1)",Eve,103,,,,eve',
    "carl,Carl,,,,,carl",
    "dora,Dora,104,,,,dora"
  ].join("\n")
);

describe("lmsExports(entries, roster, columns)", () => {
  const {files, notes} = lmsExports(entries, roster, columns);
  const file = (name: string) => parseCsv(files.find((candidate) => candidate.name === name)!.contents);

  it("writes Canvas's import: Student, ID, SIS User ID, SIS Login ID, Section, a `Title (id)` column per exercise handed in, and Points Possible", () => {
    expect(file("canvas.csv")).toEqual([
      [
        "Student",
        "ID",
        "SIS User ID",
        "SIS Login ID",
        "Section",
        "Convolution with one filter, by hand (conv2d-one-filter)",
        "Max pooling, by hand (max-pooling)"
      ],
      ["Points Possible", "", "", "", "", "20", "20"],
      ["Anna Petrova", "101", "S1", "apetrova", "A", "20", "20"],
      ["Bob", "102", "", "", "B", "7", "0"],
      ["Eve", "103", "", "", "", "1", "1"]
    ]);
  });

  it("writes Moodle's import: one identifier column and one grade column per exercise, only for rows Moodle can match", () => {
    expect(file("moodle.csv")).toEqual([
      ["username", "Convolution with one filter, by hand (conv2d-one-filter)", "Max pooling, by hand (max-pooling)"],
      ["apetrova", "20", "20"],
      ["eve", "1", "1"],
      ["carl", "", ""]
    ]);
  });

  it("leaves a submission that could not be graded blank (no change on import), never zero", () => {
    expect(file("moodle.csv").at(-1)).toEqual(["carl", "", ""]);
  });

  it("names every student left out, and why: not in the roster, no submission, nothing the LMS can match", () => {
    expect(notes.map((note) => note.en)).toEqual([
      'not in the roster (graded in gradebook.csv, left out of the LMS files): "mallory"',
      'in the roster without a submission: "dora"',
      'no ID, SIS User ID or SIS Login ID for Canvas, left out of canvas.csv: "carl"',
      'no username for Moodle, left out of moodle.csv (Moodle would abort the whole import): "bob"'
    ]);
    expect(notes[0].ru).toBe('нет в списке группы (оценки есть в gradebook.csv, но не в файлах для LMS): "mallory"');
  });

  it("starts each file with a byte-order mark, and quotes a name a spreadsheet would run as a formula", () => {
    for (const {contents} of files) expect(contents.startsWith("\uFEFF")).toBe(true);
    expect(
      lmsExports(entries, parseRoster('submission,Student,ID\n"=HYPERLINK(1)",=cmd(),9\n'), columns).files[0].contents
    ).toContain("'=cmd()");
  });

  it("escapes control characters in the names it reports, so a folder name cannot redraw the terminal", () => {
    const hostile = "\u001b[2J\u202eevil";
    const {notes: hostileNotes} = lmsExports(
      [
        {
          student: hostile,
          report: report([
            [1, 20, "graded"],
            [1, 20, "graded"]
          ])
        }
      ],
      roster,
      columns
    );
    expect(hostileNotes[0].en).toContain('"\\x1b[2J\\u202eevil"');
    expect([...hostileNotes[0].en].some((char) => char === "\u001b" || char === "\u202e")).toBe(false);
  });

  it("writes nothing, and says what the roster lacks, when it has no LMS column", () => {
    const bare = lmsExports(entries, parseRoster("submission,name\nanna,Anna\n"), columns);
    expect(bare.files).toEqual([]);
    expect(bare.notes.at(-1)!.en).toContain("the roster has no LMS columns");
  });

  it("prefers Moodle's idnumber, then username, then email", () => {
    const withAll = parseRoster("submission,email,username,idnumber\nanna,a@x.edu,apetrova,7001\n");
    expect(parseCsv(lmsExports(entries, withAll, columns).files[0].contents)[1][0]).toBe("7001");
  });
});
