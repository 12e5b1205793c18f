import {existsSync} from "node:fs";
import {mkdir, readFile, writeFile} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {beforeAll, describe, expect, it} from "vitest";
import {gradeSubmission, type SubmissionReport} from "../../src/grader/gradeSubmission.js";
import {textReport} from "../../src/grader/textReport.js";
import {fixtureExerciseIds, fixtureFolder, testLimits, type FixtureName} from "./fixtures.js";

// Golden files: test/grader/golden/<fixture>.<lang>.txt. A missing one is written when the tests run on a
// developer's machine (check it, then commit it) and is a failure under CI, where nothing may be written.
// Five sandboxed runs in all: `wrong/` and `syntax-error/` have two files each, `missing-export/` one.
const seed = 5;
const fixtures: FixtureName[] = ["wrong", "syntax-error", "missing-export"];
const placeholder = "<submission folder>";

/**
 * The report restricted to the exercises the fixtures are about: the course's other exercises are
 * only "missing" here, and leaving them out keeps the golden files still when an exercise is added.
 */
function fixtureExercisesOnly(report: SubmissionReport): SubmissionReport {
  const exercises = report.exercises.filter((exercise) =>
    (fixtureExerciseIds as readonly string[]).includes(exercise.exerciseId)
  );
  return {
    ...report,
    exercises,
    score: exercises.reduce((sum, exercise) => sum + exercise.score, 0),
    maxScore: exercises.reduce((sum, exercise) => sum + exercise.maxScore, 0)
  };
}

const reports = new Map<FixtureName, SubmissionReport>();
beforeAll(async () => {
  for (const name of fixtures) {
    reports.set(
      name,
      fixtureExercisesOnly(await gradeSubmission(fixtureFolder(name), {seed, hidden: true, limits: testLimits}))
    );
  }
});

/** The report as a student reads it, with the machine-specific folder replaced. */
function render(name: FixtureName, lang: "en" | "ru"): string {
  const report = reports.get(name)!;
  return textReport(report, lang).replaceAll(report.folder, placeholder);
}

async function expectGolden(file: string, text: string): Promise<void> {
  const path = fileURLToPath(new URL(`golden/${file}`, import.meta.url));
  if (!existsSync(path)) {
    if (process.env.CI)
      throw new Error(
        `test/grader/golden/${file} is missing: run the tests locally to write it, check it and commit it`
      );
    await mkdir(fileURLToPath(new URL("golden/", import.meta.url)), {recursive: true});
    await writeFile(path, text);
    return;
  }
  expect(text).toBe(await readFile(path, "utf8"));
}

describe("textReport(report, lang)", () => {
  it.each(fixtures.flatMap((name) => (["en", "ru"] as const).map((lang) => [name, lang] as const)))(
    "renders %s/ in %s as its golden file",
    async (name, lang) => {
      const text = render(name, lang);
      expect(text).not.toContain(fixtureFolder(name));
      expect(text.startsWith(`${lang === "ru" ? "Решение" : "Submission"}: ${placeholder}\n`)).toBe(true);
      await expectGolden(`${name}.${lang}.txt`, text);
    }
  );

  it("ends with the total and the seed that regrades the same way", () => {
    const report = reports.get("wrong")!;
    expect(textReport(report, "en").trimEnd().split("\n").at(-1)).toBe(
      `Total: ${report.score}/${report.maxScore}  (hidden checks' seed: ${seed})`
    );
  });

  it("marks passes and failures in colour only when asked", () => {
    const report = reports.get("wrong")!;
    expect(textReport(report, "en")).not.toContain("\x1b[");
    const coloured = textReport(report, "en", {color: true});
    expect(coloured).toContain("\x1b[32m✓\x1b[0m");
    expect(coloured).toContain("\x1b[31m✗\x1b[0m");
  });
});
