import {execFile} from "node:child_process";
import {readFileSync} from "node:fs";
import {mkdir, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {courseExercises} from "../../src/exercises/catalog.js";
import {exercises} from "../../src/exercises/index.js";
import {parseCsv} from "../../src/grader/csvParse.js";
import {reportFileStem} from "../../src/grader/safeText.js";
import {writeSavedCode} from "../../src/ui/savedCode.js";
import {exportSubmission} from "../../src/ui/submissionArchive.js";
import {courseZipName} from "../../src/ui/workControls.js";
import {MemoryStorage} from "../ui/memoryStorage.js";
import {expectGradescopeResults} from "./resultsSchema.js";

const courseRoot = fileURLToPath(new URL("../../", import.meta.url));
const exerciseIds = exercises.map((exercise) => exercise.id);
const solution = (id: string) => readFileSync(join(courseRoot, "solutions", `${id}.ts`), "utf8");
const convlab = (...args: string[]) =>
  promisify(execFile)(process.execPath, ["bin/convlab.js", ...args], {cwd: courseRoot, maxBuffer: 64 * 2 ** 20});

/** What the page's Export all my work gives for this saved code: the same functions, on a stand-in localStorage. */
function exported(saved: Record<string, string>): Uint8Array {
  Object.defineProperty(globalThis, "localStorage", {value: new MemoryStorage(), configurable: true});
  for (const [id, code] of Object.entries(saved)) writeSavedCode(id, code);
  return exportSubmission(courseExercises)!;
}
const solutions = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, solution(id)]));
const lessonIds = (lesson: string) => courseExercises.filter((e) => e.lesson.startsWith(lesson)).map((e) => e.id);

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "convlab-course-zip-"));
});
afterAll(() => rm(root, {recursive: true, force: true}));

describe("the course zip of Export all my work, graded by bin/convlab.js", () => {
  it("grades as one submission with every exercise present and full marks, hidden checks included", async () => {
    const zip = join(root, courseZipName("Anna Smith"));
    await writeFile(zip, exported(solutions(exerciseIds)));
    const {stdout} = await convlab("grade", zip, "--json");
    const results = JSON.parse(stdout) as {score: number};
    const tests = expectGradescopeResults(results, exerciseIds);
    expect(new Set(tests.map((test) => test.name.split(": ")[0]))).toEqual(new Set(exerciseIds));
    expect(tests.filter((test) => test.status !== "passed").map((test) => test.name)).toEqual([]);
    expect(tests.some((test) => /hidden check/.test(test.name))).toBe(true);
    expect(results.score).toBe(tests.reduce((sum, test) => sum + test.max_score, 0));
  });

  it("in a batch, merges a student's lesson zips into one submission, and refuses one whose parts disagree", async () => {
    const classFolder = join(root, "class");
    await mkdir(join(classFolder, "boris"), {recursive: true});
    await mkdir(join(classFolder, "carol"), {recursive: true});
    // Boris exported lesson 1's work, then lesson 2's in another browser: two zips. He did one exercise of
    // each lesson, among the quickest to grade (the test above grades every exercise of the course).
    const handedIn = ["max-pooling", "identity-block"];
    expect([lessonIds("1-").includes(handedIn[0]), lessonIds("2-").includes(handedIn[1])]).toEqual([true, true]);
    await writeFile(join(classFolder, "boris", "lesson-1.zip"), exported(solutions([handedIn[0]])));
    await writeFile(join(classFolder, "boris", "lesson-2.zip"), exported(solutions([handedIn[1]])));
    // Carol handed in her course zip and an older max-pooling.ts beside it.
    await writeFile(join(classFolder, "carol", "convlab-carol.zip"), exported(solutions(exerciseIds)));
    await writeFile(join(classFolder, "carol", "max-pooling.ts"), "export function maxPooling() {}\n");
    const out = join(root, "grades");
    await convlab("grade", "--batch", classFolder, "--out", out, "--no-hidden", "--seed", "3", "--workers", "1");
    const [header, ...rows] = parseCsv((await readFile(join(out, "gradebook.csv"), "utf8")).replace(/^\uFEFF/, ""));
    const row = (student: string) =>
      Object.fromEntries(header.map((column, i) => [column, rows.find((r) => r[0] === student)![i]]));
    const boris = row("boris");
    expect(boris.status).toBe("ok");
    // Both zips' exercises graded in one report, in full; the others are simply not there.
    const results = JSON.parse(await readFile(join(out, "reports", `${reportFileStem("boris")}.json`), "utf8"));
    const tests = expectGradescopeResults(results, exerciseIds);
    for (const id of exerciseIds) {
      const ofExercise = tests.filter((test) => test.name.startsWith(`${id}: `));
      expect(ofExercise.length, id).toBeGreaterThan(0);
      const full = ofExercise.reduce((sum, test) => sum + test.max_score, 0);
      expect(Number(boris[id]), id).toBe(handedIn.includes(id) ? full : 0);
    }
    expect(Number(boris.total)).toBe(
      tests
        .filter((test) => handedIn.some((id) => test.name.startsWith(`${id}: `)))
        .reduce((sum, test) => sum + test.max_score, 0)
    );
    const carol = row("carol");
    expect(carol.status).toContain(
      "error: max-pooling.ts is handed in more than once with different code (in max-pooling.ts and in convlab-carol.zip)"
    );
  });
});
