import {cp, mkdir, mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {gradeBatch, type BatchResult} from "../../src/grader/batch.js";
import {fixtureFolder} from "./fixtures.js";

// The attacks on the result channel in one batch, among honest students: six submissions whose
// results are 32 MB of tiny objects (six such lines once exhausted the grader's heap, and a batch of
// 8 ended after 2 students) and one that tries every way out of the sandbox's context to forge its
// results. Every honest student must be graded, in full.
// No submission here is meant to meet the clock: it is out of their reach (600 s of a run's own time), so
// that a 32 MB result is stopped by its size however busy the machine, never by whichever limit came first.
const limits = {seconds: 600, memoryMB: 512, outputBytes: 2 ** 20};
const attackers = [...Array.from({length: 6}, (_, i) => `huge-results-${i + 1}`), "forges-results"];
const honest = ["honest-1", "honest-2", "honest-3"];

let root: string;
let result: BatchResult;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "convlab-hostile-channel-"));
  const classFolder = join(root, "class");
  await mkdir(classFolder);
  // Honest students first and last, attackers between them.
  const order = [honest[0], ...attackers.slice(0, 4), honest[1], ...attackers.slice(4), honest[2]];
  for (const [i, name] of order.entries()) {
    const fixture = name.startsWith("honest") ? "correct" : name.startsWith("huge") ? "huge-results" : "forges-results";
    await cp(fixtureFolder(fixture), join(classFolder, `${String(i).padStart(2, "0")}-${name}`), {recursive: true});
  }
  result = await gradeBatch(classFolder, {out: join(root, "grades"), lang: "en", workers: 2, seed: 11, limits});
});

afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true});
});

const student = (name: string) => result.students.find((entry) => entry.student.endsWith(`-${name}`))!;
const exercise = (name: string, id: string) =>
  student(name).report!.exercises.find((entry) => entry.exerciseId === id)!;

describe("a batch with forged and oversized results among honest students", () => {
  it("grades every student, and every honest one in full", () => {
    expect(result.students).toHaveLength(honest.length + attackers.length);
    expect(result.students.filter((entry) => !entry.report)).toEqual([]);
    for (const name of honest) {
      const {report} = student(name);
      expect(report!.exercises.filter((entry) => entry.status !== "missing").map((entry) => entry.score)).toEqual(
        report!.exercises.filter((entry) => entry.status !== "missing").map((entry) => entry.maxScore)
      );
      expect(report!.score).toBeGreaterThan(0);
    }
  });

  it("stops each 32 MB result, unread, with the grader's own message, and grades the attacker's other exercise", () => {
    for (const name of attackers.filter((attacker) => attacker.startsWith("huge"))) {
      const conv = exercise(name, "conv2d-one-filter");
      expect(conv.status).toBe("crashed");
      expect(conv.score).toBe(0);
      expect(conv.problem?.en).toMatch(
        /^the check was interrupted: the function's result is far larger than its checks expect/
      );
      const pooling = exercise(name, "max-pooling");
      expect(pooling.score).toBe(pooling.maxScore);
    }
  });

  it("gets the forger nothing but its own error: no forged line was read", () => {
    const conv = exercise("forges-results", "conv2d-one-filter");
    expect(conv.score).toBe(0);
    const visible = conv.checks.filter((check) => !check.hidden);
    expect(visible.length).toBeGreaterThan(0);
    for (const check of visible) {
      expect(check.passed).toBe(false);
      expect(check.message.en).toMatch(
        /^the function threw( at line \d+(, column \d+)?)?: Error: process\.binding: ReferenceError: process is not defined;/
      );
      expect(check.message.en).not.toMatch(/FORGED/);
    }
  });

  it("keeps nothing oversized: all the batch's results together are small", () => {
    expect(JSON.stringify(result.students).length).toBeLessThan(2 ** 20);
  });
});
