import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdir, mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {beforeAll, describe, expect, it} from "vitest";
import type {CheckResult} from "../../src/check/gradeOutcome.js";
import {setupNodeTf} from "../../src/backends/node.js";
import {conv2dOneFilter, type CheckCase, type Exercise} from "../../src/exercises/index.js";
import {
  exerciseCases,
  gradeSubmission,
  type CaseSource,
  type SubmissionReport
} from "../../src/grader/gradeSubmission.js";
import {
  exerciseReport,
  fixtureExerciseIds,
  fixtureFolder,
  fixtureSource,
  testLimits,
  type FixtureName
} from "./fixtures.js";

// One sandbox session per fixture; the checks are built once for the file's seed.
const seed = 11;
const grade = (name: FixtureName) => gradeSubmission(fixtureFolder(name), {seed, hidden: true, limits: testLimits});

const ids = (checks: CheckResult[]) => checks.map((check) => check.id);
const covered = (report: SubmissionReport) => fixtureExerciseIds.map((id) => exerciseReport(report.exercises, id));
const failed = (checks: CheckResult[]) => checks.filter((check) => !check.passed);
/** The 1-based line and column of the first `marker` in a file, counted by the test itself. */
function positionIn(source: string, marker: string): string {
  const lines = source.split("\n");
  const line = lines.findIndex((text) => text.includes(marker));
  return `${line + 1}:${lines[line].indexOf(marker) + 1}`;
}

function expectNothingAboutInputs(check: CheckResult) {
  expect(check.expected).toBeUndefined();
  expect(check.got).toBeUndefined();
  expect(check.hint).toBeUndefined();
  expect(check.message.en).not.toMatch(/\d/);
  expect(check.title.en).toMatch(/^hidden check \d$/);
}

describe("gradeSubmission(folder, {seed, hidden, limits})", () => {
  describe("a correct submission, written unlike the reference (correct/)", () => {
    let report: SubmissionReport;
    beforeAll(async () => {
      report = await grade("correct");
    });

    it("gets full marks on both exercises, hidden checks included", () => {
      for (const exercise of covered(report)) {
        expect(exercise.status).toBe("graded");
        expect(exercise.score).toBe(exercise.maxScore);
        expect(exercise.maxScore).toBe(exercise.checks.length);
      }
      expect(
        covered(report)
          .flatMap((exercise) => exercise.checks)
          .filter((check) => check.hidden)
      ).toHaveLength(12);
    });

    it("reports the course's other exercises as missing, and totals every exercise", () => {
      const others = report.exercises.filter(
        (exercise) => !(fixtureExerciseIds as readonly string[]).includes(exercise.exerciseId)
      );
      for (const exercise of others) expect([exercise.status, exercise.score]).toEqual(["missing", 0]);
      expect(report.score).toBe(report.exercises.reduce((sum, exercise) => sum + exercise.score, 0));
      expect(report.maxScore).toBe(report.exercises.reduce((sum, exercise) => sum + exercise.maxScore, 0));
    });

    it("lists the files that are not exercises as ignored", () => {
      expect(report.ignoredFiles).toEqual(["notes.md"]);
    });

    it("gives the absolute folder and the seed it used", () => {
      expect(report.folder).toBe(fixtureFolder("correct"));
      expect(report.seed).toBe(seed);
    });
  });

  describe("the document's own code (wrong/)", () => {
    let report: SubmissionReport;
    beforeAll(async () => {
      report = await grade("wrong");
    });

    it("passes the documented convolutions and fails every strided one, hinting at the ignored stride", () => {
      const conv = exerciseReport(report.exercises, "conv2d-one-filter");
      const visible = conv.checks.filter((check) => !check.hidden);
      const strided = visible.filter((check) => /stride (?!1×1)/.test(check.title.en));
      expect(ids(failed(visible))).toEqual(ids(strided));
      expect(strided.length).toBeGreaterThan(0);
      for (const check of strided) expect(check.hint?.en).toContain("ignores the stride");
      expect(conv.checks.filter((check) => check.kind === "documented").every((check) => check.passed)).toBe(true);
    });

    it("fails max pooling where `valid` counts too few windows or `same` does not shift them, and says which", () => {
      const pooling = exerciseReport(report.exercises, "max-pooling");
      const wrongVisible = failed(pooling.checks.filter((check) => !check.hidden));
      expect(wrongVisible.length).toBeGreaterThan(0);
      for (const check of wrongVisible) {
        expect(check.hint?.en).toContain(
          check.title.en.includes("valid") ? "⌊(n − k + 1) / s⌋" : "does not shift the windows"
        );
        expect(check.expected).toBeDefined();
        expect(check.got).toBeDefined();
      }
      expect(new Set(wrongVisible.map((check) => check.title.en.includes("valid")))).toEqual(new Set([true, false]));
    });

    it("fails hidden checks without a word about their inputs", () => {
      const hiddenFailures = failed(
        covered(report).flatMap((exercise) => exercise.checks.filter((check) => check.hidden))
      );
      expect(hiddenFailures.length).toBeGreaterThan(0);
      hiddenFailures.forEach(expectNothingAboutInputs);
    });
  });

  describe("outputs hard-coded for the document's inputs (hard-coded/)", () => {
    let report: SubmissionReport;
    beforeAll(async () => {
      report = await grade("hard-coded");
    });

    it("passes the documented checks and no other", () => {
      for (const exercise of covered(report)) {
        expect(exercise.status).toBe("graded");
        expect(ids(exercise.checks.filter((check) => check.passed))).toEqual(
          ids(exercise.checks.filter((check) => check.kind === "documented"))
        );
      }
      expect(covered(report).map((exercise) => exercise.score)).toEqual([2, 4]);
    });
  });

  describe("a `...` gap left in (syntax-error/)", () => {
    let report: SubmissionReport;
    beforeAll(async () => {
      report = await grade("syntax-error");
    });

    it("names the file, line and column of the gap, and suggests filling it", () => {
      const conv = exerciseReport(report.exercises, "conv2d-one-filter");
      expect(conv.status).toBe("syntax-error");
      const where = positionIn(fixtureSource("syntax-error", "conv2d-one-filter.ts"), "...");
      expect(conv.problem?.en).toBe(`syntax error in conv2d-one-filter.ts:${where}: Unexpected token`);
      expect(conv.hint?.en).toContain("Replace the `...`");
      expect(conv.score).toBe(0);
    });

    it("gives no gap hint for a syntax error that is not a gap", () => {
      const pooling = exerciseReport(report.exercises, "max-pooling");
      expect(pooling.status).toBe("syntax-error");
      const line = positionIn(fixtureSource("syntax-error", "max-pooling.ts"), "Math.ceil(width / strideX :").split(
        ":"
      )[0];
      expect(pooling.problem?.en).toMatch(new RegExp(`^syntax error in max-pooling\\.ts:${line}:\\d+: `));
      expect(pooling.hint).toBeUndefined();
    });
  });

  describe("a function exported under another name (missing-export/)", () => {
    let report: SubmissionReport;
    beforeAll(async () => {
      report = await grade("missing-export");
    });

    it("lists what the file exports instead, and gives no points", () => {
      const conv = exerciseReport(report.exercises, "conv2d-one-filter");
      expect(conv.status).toBe("missing-export");
      expect(conv.problem?.en).toBe(
        "conv2d-one-filter.ts does not export a function conv2dOneFilter; it exports conv2d, kernelFlipped"
      );
      expect(covered(report).map((exercise) => exercise.score)).toEqual([0, 0]);
    });
  });

  describe("a submission without one of the files (missing-file/)", () => {
    let report: SubmissionReport;
    /** The exercises whose checks were built in full, expected outputs included. */
    const built: string[] = [];
    let source: CaseSource;
    beforeAll(async () => {
      source = exerciseCases(await setupNodeTf(), {hidden: true, seed});
      const cases: CaseSource = Object.assign((exercise: Exercise) => (built.push(exercise.id), source(exercise)), {
        skeleton: source.skeleton
      });
      report = await gradeSubmission(fixtureFolder("missing-file"), {seed, hidden: true, limits: testLimits, cases});
    });

    it("builds the checks of the exercise it runs only: a missing one's report names the same checks, from their skeleton", async () => {
      expect(new Set(built)).toEqual(new Set(["max-pooling"]));
      const conv = exerciseReport(report.exercises, "conv2d-one-filter");
      const heading = ({id, title, kind, hidden, category}: CheckResult | CheckCase) => ({
        id,
        title,
        kind,
        hidden,
        category
      });
      const full = await source(conv2dOneFilter);
      expect(full.some((check) => check.hidden && check.category)).toBe(true);
      expect(conv.checks.map(heading)).toEqual(full.map(heading));
      expect(conv.maxScore).toBe(full.length);
    });

    it("reports the missing exercise with every check failed, and grades the other", () => {
      const conv = exerciseReport(report.exercises, "conv2d-one-filter");
      expect(conv.status).toBe("missing");
      expect(conv.problem?.en).toBe("conv2d-one-filter.ts is not in the submission");
      expect(conv.checks.length).toBe(conv.maxScore);
      expect(conv.checks.every((check) => !check.passed && check.message.en === conv.problem?.en)).toBe(true);
      const pooling = exerciseReport(report.exercises, "max-pooling");
      expect(pooling.score).toBe(pooling.maxScore);
      expect(report.score).toBe(pooling.maxScore + conv.score);
    });
  });

  describe("a submission that tries to read, run and write files (reads-files/)", () => {
    let report: SubmissionReport;
    beforeAll(async () => {
      report = await grade("reads-files");
    });

    it("finds no `process` to read files through, the course's files by their absolute paths neither, and gets no points", () => {
      const conv = exerciseReport(report.exercises, "conv2d-one-filter");
      expect(conv.score).toBe(0);
      expect(
        conv.checks
          .filter((check) => check.hidden)
          .every((check) => check.message.en.startsWith("the function threw on a hidden check"))
      ).toBe(true);
      for (const check of conv.checks.filter((check) => !check.hidden)) {
        for (const attempt of [
          "passwd \\(/etc/passwd\\)",
          "solution \\(.+?\\)",
          "sandbox \\(.+?\\)",
          "expected \\(.+?\\)"
        ]) {
          expect(check.message.en).toMatch(new RegExp(`${attempt}: process is not defined`));
        }
        expect(check.message.en).not.toContain(": read");
      }
    });

    it("cannot require fs, start a shell or write a file, and gets no points", () => {
      const pooling = exerciseReport(report.exercises, "max-pooling");
      expect(pooling.score).toBe(0);
      for (const check of pooling.checks.filter((check) => !check.hidden)) {
        expect(check.message.en).toContain('require: cannot import "fs"');
        expect(check.message.en).toContain("shell: process is not defined");
        expect(check.message.en).toContain("binding: process is not defined");
        expect(check.message.en).toContain("write: process is not defined");
      }
      expect(existsSync(fileURLToPath(new URL("../../stolen.txt", import.meta.url)))).toBe(false);
    });
  });

  describe("an exercise that leaves every kind of timer behind (leaves-timers/)", () => {
    let report: SubmissionReport;
    beforeAll(async () => {
      report = await grade("leaves-timers");
    });

    it("cancels or holds back all of them: none fires while the next exercise waits, and both get full marks", () => {
      for (const exercise of covered(report)) {
        expect(exercise.checks.filter((check) => !check.passed).map((check) => check.message.en)).toEqual([]);
        expect([exercise.status, exercise.score]).toEqual(["graded", exercise.maxScore]);
      }
    });
  });

  it("refuses a named pipe or a folder named like an exercise file at once, as not a regular file", async () => {
    const folder = await mkdtemp(join(tmpdir(), "convlab-fifo-test-"));
    try {
      // Opened for reading the usual way, the pipe would wait for a writer forever.
      execFileSync("mkfifo", [join(folder, "max-pooling.ts")]);
      await mkdir(join(folder, "conv2d-one-filter.ts"));
      const report = await gradeSubmission(folder, {seed, limits: testLimits});
      for (const id of fixtureExerciseIds) {
        const exercise = exerciseReport(report.exercises, id);
        expect([exercise.status, exercise.score]).toEqual(["import-error", 0]);
        expect(exercise.problem?.en).toBe(
          `${id}.ts could not be loaded: it is not a regular file (a folder, a named pipe or a device); submit the file itself`
        );
      }
    } finally {
      await rm(folder, {recursive: true, force: true});
    }
  });

  it("rejects a folder that does not exist, before starting any sandbox", async () => {
    await expect(gradeSubmission(fixtureFolder("correct") + "-nowhere", {seed})).rejects.toMatchObject({
      code: "ENOENT"
    });
  });
});
