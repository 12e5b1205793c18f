import {readFileSync} from "node:fs";
import {strFromU8, unzipSync} from "fflate";
import {beforeAll, beforeEach, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {gradeOutcome} from "../../src/check/gradeOutcome.js";
import {
  exercises,
  findExercise,
  type CheckCase,
  type DocumentedFile,
  type Exercise,
  type TF
} from "../../src/exercises/index.js";
import * as initializers from "../../src/initializers/index.js";
import {runSubmission} from "../../src/run/runSubmission.js";
import {submissionModules} from "../../src/run/submissionModules.js";
import {readSavedCode, writeSavedCode} from "../../src/ui/savedCode.js";
import {studentFunction} from "../../src/run/studentFunction.js";
import {exportSubmission, importSubmission} from "../../src/ui/submissionArchive.js";
import {exercise as doubleIt} from "../fixtures/exercises/double-it/index.js";
import {doubleIt as solution} from "../fixtures/exercises/double-it/solution.js";
import {MemoryStorage} from "../ui/memoryStorage.js";
import {fillGaps} from "./helpers.js";

const folder = new URL("../fixtures/exercises/double-it/", import.meta.url);
const documented = JSON.parse(readFileSync(new URL("expected.json", folder), "utf8")) as DocumentedFile;
const solutionSource = readFileSync(new URL("solution.ts", folder), "utf8");
const reference = async () => solution as (...args: unknown[]) => unknown;

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** The Check button's path, in this process: run the source on the cases as the worker does, grade as the page does. */
async function check(source: string, cases: CheckCase[], exercise: Exercise = doubleIt) {
  const request = {
    exerciseId: exercise.id,
    fileName: `${exercise.id}.ts`,
    source,
    cases: cases.map(({id, args}) => ({id, args}))
  };
  const find = (id: string) => (id === exercise.id ? exercise : findExercise(id));
  return gradeOutcome(exercise, cases, await runSubmission(request, tf, submissionModules(tf, initializers), find), {
    source
  });
}

describe('an exercise added as README\'s "Adding an exercise" says (test/fixtures/exercises/double-it/)', () => {
  it("is not one of the course's", () => {
    expect(findExercise("double-it")).toBeUndefined();
    expect(doubleIt.spec.id).toBe("double-it");
  });

  it("gets its cases from the shared builder: documented, visible, then hidden ones from its solution", async () => {
    const cases = await doubleIt.cases(tf, documented, {hidden: true, seed: 9, reference});
    expect(cases.map((c) => [c.id, c.kind, c.hidden])).toEqual([
      ["documented-one-two", "documented", false],
      ["three", "reference", false],
      ["hidden-1", "reference", true],
      ["hidden-2", "reference", true],
      ["hidden-3", "reference", true]
    ]);
    expect(cases[2].expected.values).toEqual((cases[2].args[0] as number[]).map((x) => 2 * x));
  });

  it("is checked like any exercise: its solution gets full marks, its starter a syntax error with the gap hint", async () => {
    const cases = await doubleIt.cases(tf, documented, {hidden: true, seed: 9, reference});
    const report = await check(solutionSource, cases);
    expect([report.status, report.score, report.maxScore]).toEqual(["graded", 5, 5]);
    const starter = await check(doubleIt.starter.en, cases);
    expect(starter.status).toBe("syntax-error");
    expect(starter.hint?.en).toBeDefined();
  });

  it("gives its hint for the typical mistake", async () => {
    const cases = await doubleIt.cases(tf, documented, {hidden: false, seed: 1});
    const report = await check(fillGaps(doubleIt.starter.en, ["xs"]), cases);
    expect(report.score).toBe(0);
    expect(report.checks[0].hint?.en).toBe("Multiply every number by 2.");
  });

  it("once it passes, the compute worker can run the student's own function by the spec's export name", () => {
    expect(studentFunction<(xs: number[]) => number[]>(solutionSource, doubleIt.exportName)([1, 5])).toEqual([2, 10]);
  });

  describe("its work is exported and imported with the page's exercises", () => {
    beforeEach(() => {
      Object.defineProperty(globalThis, "localStorage", {value: new MemoryStorage(), configurable: true});
    });

    it("as double-it.ts, the grader's file name", () => {
      writeSavedCode("double-it", solutionSource);
      const zip = exportSubmission([...exercises, doubleIt])!;
      expect(Object.keys(unzipSync(zip))).toEqual(["double-it.ts"]);
      expect(strFromU8(unzipSync(zip)["double-it.ts"])).toBe(solutionSource);
      writeSavedCode("double-it", "changed");
      expect(importSubmission(zip, [doubleIt])).toEqual(["double-it"]);
      expect(readSavedCode("double-it")).toEqual({kind: "saved", code: solutionSource});
    });
  });
});
