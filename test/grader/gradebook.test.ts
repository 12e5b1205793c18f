import {describe, expect, it} from "vitest";
import type {ExerciseReport, ExerciseStatus} from "../../src/check/gradeOutcome.js";
import {both} from "../../src/i18n/index.js";
import {gradebookCsv} from "../../src/grader/gradebook.js";
import type {SubmissionReport} from "../../src/grader/gradeSubmission.js";
import {studentStatus} from "../../src/grader/studentStatus.js";
import {parseCsv} from "./csvText.js";

const ids = ["conv2d-one-filter", "max-pooling", "resnet50"];

/** A report with the given score and status per exercise (ids in order). */
function report(exercises: Array<[number, number, ExerciseStatus]>): SubmissionReport {
  const reports: ExerciseReport[] = exercises.map(([score, maxScore, status], i) => ({
    exerciseId: ids[i],
    title: both(ids[i], ids[i]),
    status,
    checks: [],
    score,
    maxScore
  }));
  return {
    folder: "/class/x",
    seed: 1,
    exercises: reports,
    ignoredFiles: [],
    score: reports.reduce((s, r) => s + r.score, 0),
    maxScore: reports.reduce((s, r) => s + r.maxScore, 0)
  };
}

describe("studentStatus(report)", () => {
  it.each([
    [
      "ok when every exercise ran",
      [
        [3, 3, "graded"],
        [1, 4, "graded"],
        [0, 2, "graded"]
      ],
      "ok"
    ],
    [
      "each problem with its exercises, the gravest first",
      [
        [0, 3, "timeout"],
        [0, 4, "missing"],
        [0, 2, "crashed"]
      ],
      "crashed: resnet50; timeout: conv2d-one-filter; missing: max-pooling"
    ],
    [
      "exercises that share a problem together",
      [
        [0, 3, "missing"],
        [4, 4, "graded"],
        [0, 2, "missing"]
      ],
      "missing: conv2d-one-filter, resnet50"
    ]
  ] as const)("says %s", (_, exercises, status) => {
    expect(studentStatus(report(exercises.map((e) => [...e])))).toBe(status);
  });
});

describe("gradebookCsv(entries, exerciseIds)", () => {
  const csv = gradebookCsv(
    [
      {
        student: "zoe",
        report: report([
          [3, 3, "graded"],
          [4, 4, "graded"],
          [2, 2, "graded"]
        ])
      },
      {
        student: "=cmd|' /C calc'!A0",
        report: report([
          [0, 3, "timeout"],
          [4, 4, "graded"],
          [0, 2, "missing"]
        ])
      },
      {student: 'Doe, "JJ"', error: 'the archive holds a path that leaves its folder: "../x"'},
      {
        student: "Анна",
        report: report([
          [1, 3, "graded"],
          [2, 4, "graded"],
          [0, 2, "graded"]
        ])
      }
    ],
    ids
  );
  const [header, ...rows] = parseCsv(csv);

  it("starts with a byte-order mark and a header: student, each exercise, total, max, status", () => {
    expect(csv.startsWith("\uFEFFstudent,")).toBe(true);
    expect(header).toEqual(["student", ...ids, "total", "max", "status"]);
  });

  it("has one record per student, in name order, scores per exercise, total and max", () => {
    expect(rows.map((row) => row[0])).toEqual(["'=cmd|' /C calc'!A0", 'Doe, "JJ"', "zoe", "Анна"]);
    expect(rows[2]).toEqual(["zoe", "3", "4", "2", "9", "9", "ok"]);
    expect(rows[0].slice(1)).toEqual(["0", "4", "0", "4", "9", "timeout: conv2d-one-filter; missing: resnet50"]);
  });

  it("leaves the scores of a submission that could not be graded empty and says why", () => {
    expect(rows[1]).toEqual([
      'Doe, "JJ"',
      "",
      "",
      "",
      "",
      "",
      'error: the archive holds a path that leaves its folder: "../x"'
    ]);
  });

  it("never starts a field with a formula character", () => {
    expect(rows.flat().some((field) => /^[=+\-@]/.test(field))).toBe(false);
  });
});
