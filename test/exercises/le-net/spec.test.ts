import {mkdtemp, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {gradeOutcome} from "../../../src/check/gradeOutcome.js";
import {findExercise, leNetExercise, type CheckCase, type TF} from "../../../src/exercises/index.js";
import type {LeNetCheck} from "../../../src/exercises/le-net/network.js";
import {gradeSubmission} from "../../../src/grader/gradeSubmission.js";
import * as initializers from "../../../src/initializers/index.js";
import {runSubmission} from "../../../src/run/runSubmission.js";
import {submissionModules} from "../../../src/run/submissionModules.js";
import {wrongModel} from "../../fixtures/wrong-models/index.js";
import {fillGaps, readDocumentedFile} from "../helpers.js";
import {graderSeed} from "../residualHelpers.js";
import {leNet as referenceLeNet} from "../../../solutions/le-net.js";

const documented = readDocumentedFile("le-net");
const solutionPath = new URL("../../../solutions/le-net.ts", import.meta.url);
let tf: TF;
let solution: string;
beforeAll(async () => {
  tf = await setupNodeTf();
  solution = await readFile(solutionPath, "utf8");
});

/** The hidden checks' expected values come from solutions/le-net.ts, which only the grader (and tests) load. */
const reference = async () => referenceLeNet as (...args: unknown[]) => unknown;
const casesFor = (seed: number, hidden = true) => leNetExercise.cases(tf, documented, {hidden, seed, reference});

/** Runs a submission's source in-process, as the browser worker and the grader's sandbox do, and grades it. */
async function grade(source: string, cases: CheckCase[]) {
  const outcome = await runSubmission(
    {exerciseId: "le-net", fileName: "le-net.ts", source, cases: cases.map(({id, args}) => ({id, args}))},
    tf,
    submissionModules(tf, initializers)
  );
  return gradeOutcome(leNetExercise, cases, outcome, {source});
}
const failedIds = (report: Awaited<ReturnType<typeof grade>>) =>
  report.checks.filter((check) => !check.passed).map((check) => check.id);
const checkOf = (report: Awaited<ReturnType<typeof grade>>, id: string) =>
  report.checks.find((check) => check.id === id)!;

/** A LeNet written with tf.layers directly, with padding "valid" honoured: the correct network, not built from the blocks. */
const withoutBlocks = `import * as tf from "@tensorflow/tfjs";
export function leNet(input: tf.SymbolicTensor): tf.SymbolicTensor {
  let x = tf.layers.conv2d({filters: 6, kernelSize: 5, activation: "relu"}).apply(input) as tf.SymbolicTensor;
  x = tf.layers.maxPooling2d({poolSize: 2, padding: "same"}).apply(x) as tf.SymbolicTensor;
  x = tf.layers.conv2d({filters: 16, kernelSize: 5, activation: "relu"}).apply(x) as tf.SymbolicTensor;
  x = tf.layers.maxPooling2d({poolSize: 2, padding: "same"}).apply(x) as tf.SymbolicTensor;
  x = tf.layers.flatten().apply(x) as tf.SymbolicTensor;
  for (const units of [120, 84, 10]) x = tf.layers.dense({units}).apply(x) as tf.SymbolicTensor;
  return x;
}
`;

describe("the le-net exercise", () => {
  it("is found by its id and asks for the export the contract names", () => {
    expect(findExercise("le-net")).toBe(leNetExercise);
    expect(leNetExercise.exportName).toBe("leNet");
    expect(leNetExercise.source.document).toBe(documented.document);
  });

  describe("documented cases", () => {
    it("come first, visible, built with the document's blocks", async () => {
      const cases = await casesFor(1);
      expect(
        cases
          .slice(0, 2)
          .map((check) => [check.id, check.kind, check.hidden, (check.args[0] as unknown as LeNetCheck).blocks])
      ).toEqual([
        ["documented-trainable-variables", "documented", false, "document"],
        ["documented-logits", "documented", false, "document"]
      ]);
    });
  });

  describe("cases(tf, documented, {hidden, seed})", () => {
    it("check the corrected blocks too, where fc1 gets 400 inputs", async () => {
      const check = (await casesFor(1, false)).find((c) => c.id === "lesson-32x32x3-variables")!;
      expect(check.expected.values.slice(16, 18)).toEqual([400, 120]);
    });

    it("add five hidden checks only when asked, titled without their inputs, new for a new seed and the same for the same seed", async () => {
      expect((await casesFor(3, false)).some((check) => check.hidden)).toBe(false);
      const hidden = (await casesFor(3)).filter((check) => check.hidden);
      expect(hidden).toHaveLength(5);
      expect(hidden.map((check) => check.category)).toEqual([
        "rectangular",
        "document-blocks",
        "one-channel",
        "document-blocks",
        "model-behaviour"
      ]);
      for (const check of hidden) expect(check.title.en).toMatch(/^hidden check \d$/);
      const hiddenArgs = async (seed: number) =>
        (await casesFor(seed)).filter((check) => check.hidden).map((check) => check.args);
      expect(await hiddenArgs(1)).not.toEqual(await hiddenArgs(2));
      expect(await casesFor(777)).toEqual(await casesFor(777));
    });

    it("leave no tensor behind", async () => {
      await casesFor(5);
      const before = tf.memory().numTensors;
      await casesFor(6);
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  describe("the reference solution", () => {
    it.each([1, 2, 2024])("passes every case, hidden ones included, with seed %i", async (seed) => {
      const report = await grade(solution, await casesFor(seed));
      expect(failedIds(report)).toEqual([]);
      expect(report.score).toBe(report.maxScore);
    });
  });

  describe("wrong answers get a message that says what to change", () => {
    it("a correct LeNet without the blocks fails only the document's checks, told why the document gets 1024", async () => {
      const report = await grade(withoutBlocks, await casesFor(1, false));
      expect(failedIds(report)).toEqual(["documented-trainable-variables", "document-28x28x1-variables"]);
      const check = checkOf(report, "documented-trainable-variables");
      expect(check.hint?.en).toContain("Your fc1 gets 400 inputs");
      expect(check.hint?.en).toContain('always pads "same", hence 1024');
      expect(check.hint?.ru).toContain("convlab/blocks");
    });

    it("padding \"same\" asked explicitly passes the document's checks and fails the lesson's, told LeNet pads valid", async () => {
      const report = await grade(solution.replaceAll(`padding: "valid"`, `padding: "same"`), await casesFor(1, false));
      expect(failedIds(report)).toEqual(["lesson-32x32x3-variables", "lesson-32x32x1-variables", "behaviour-32x32x3"]);
      expect(checkOf(report, "lesson-32x32x1-variables").hint?.en).toContain("fc1 gets 400 inputs, not 1024");
      expect(checkOf(report, "behaviour-32x32x3").message.en).toBe(
        "layer 2 (Conv2D): padding same where the reference has valid"
      );
    });

    it("a missing dense layer is told how many variables LeNet has", async () => {
      const report = await grade(
        solution
          .replace('const fc2 = dense(fc1, 84, {name: "fc2"});', "const fc2 = fc1;")
          .replace("dense(fc2, 10", "dense(fc2, 10"),
        await casesFor(1, false)
      );
      expect(checkOf(report, "documented-trainable-variables").hint?.en).toContain("LeNet has 10 trainable variables");
      expect(checkOf(report, "documented-trainable-variables").hint?.en).toContain("Yours has 8");
    });

    it("a wrong number of filters is told which variable and which shape", async () => {
      const report = await grade(
        solution.replace("convBlock(pool1, 16", "convBlock(pool1, 12"),
        await casesFor(1, false)
      );
      expect(checkOf(report, "lesson-32x32x3-variables").hint?.en).toBe(
        "Row 3 is conv2's weights: expected shape (5, 5, 6, 16), got (5, 5, 6, 12)."
      );
    });

    it("ten outputs are asked of fc3", async () => {
      const report = await grade(solution.replace("dense(fc2, 10", "dense(fc2, 6"), await casesFor(1, false));
      expect(checkOf(report, "documented-logits").passed).toBe(false);
      expect(checkOf(report, "documented-logits").hint?.en).toBe("fc3 should output 10 logits, one per class.");
    });

    it("returning something other than the logits is an error that says what to return", async () => {
      const report = await grade(
        `export function leNet(input: unknown) { return [input]; }\n`,
        await casesFor(1, false)
      );
      expect(report.checks.every((check) => !check.passed)).toBe(true);
      expect(report.checks[0].message.en).toContain("must return the logits as one tf.SymbolicTensor");
    });

    it("a flatten hard-coded to 400 numbers passes the 32×32 lesson checks and fails the hidden ones", async () => {
      const hardCoded = solution.replace(
        `flatten(pool2, {name: "flatten"})`,
        `tf.layers.reshape({targetShape: [400]}).apply(pool2) as tf.SymbolicTensor`
      );
      const report = await grade(hardCoded, await casesFor(4));
      expect(checkOf(report, "lesson-32x32x3-variables").passed).toBe(true);
      expect(report.checks.filter((check) => check.hidden).every((check) => !check.passed)).toBe(true);
    });
  });

  describe("models checked by behaviour, with the reference's weights (test/fixtures/wrong-models/)", () => {
    it("LeNet without ReLU has the reference's variables and shapes, and fails by behaviour, naming the layer", async () => {
      const report = await grade(wrongModel("le-net-no-relu"), await casesFor(2));
      expect(failedIds(report)).toEqual(["behaviour-32x32x3", "hidden-5"]);
      expect(checkOf(report, "behaviour-32x32x3").message).toEqual({
        en: "after layer 2 (Conv2D) the reference applies a ReLU, yours has none: it goes straight on to layer 3 (MaxPooling2D)",
        ru: "после слоя 2 (Conv2D) у эталона ReLU, а у вас её нет: сразу идёт слой 3 (MaxPooling2D)"
      });
      // A hidden behaviour check says only that the graph differs, and what it tries.
      expect(checkOf(report, "hidden-5").message.en).toBe(
        "hidden check failed: the model's graph differs from the reference's (its layers, their configuration or connections)"
      );
      expect(checkOf(report, "hidden-5").category).toBe("model-behaviour");
    });

    it("LeNet with average pooling fails by behaviour, naming the pooling layer", async () => {
      const report = await grade(wrongModel("le-net-average-pooling"), await casesFor(2));
      expect(failedIds(report)).toEqual(["behaviour-32x32x3", "hidden-5"]);
      expect(checkOf(report, "behaviour-32x32x3").message.en).toBe(
        "layer 4 (AveragePooling2D) is an average pooling where the reference has a max pooling"
      );
      expect(checkOf(report, "behaviour-32x32x3").message.ru).toContain("слой 4 (AveragePooling2D)");
    });

    it("a correct LeNet written with fused activations passes the behaviour checks", async () => {
      const report = await grade(withoutBlocks, await casesFor(2));
      expect(checkOf(report, "behaviour-32x32x3").passed).toBe(true);
      expect(checkOf(report, "hidden-5").passed).toBe(true);
    });

    it("dense layers with a ReLU between them are named: the document's LeNet has none", async () => {
      const report = await grade(
        solution.replace(
          "const fc2 = dense(fc1, 84",
          "const fc2 = dense(tf.layers.reLU().apply(fc1) as tf.SymbolicTensor, 84"
        ),
        await casesFor(2, false)
      );
      expect(checkOf(report, "behaviour-32x32x3").message.en).toBe(
        "layer 10 (ReLU) is ReLU where the reference has none: it goes straight on to a dense layer"
      );
    });
  });

  describe("starter code", () => {
    const fills = [
      `convBlock(pool1, 16, {name: "conv2", kernelSize: [5, 5], padding: "valid"})`,
      `maxPool(conv2, {name: "pool2"})`,
      `flatten(pool2)`,
      `dense(flat, 120, {name: "fc1"})`,
      `dense(fc1, 84, {name: "fc2"})`,
      `dense(fc2, 10, {name: "fc3"})`
    ];

    it.each(["en", "ru"] as const)("(%s) passes every visible check once its gaps are filled", async (lang) => {
      const report = await grade(fillGaps(leNetExercise.starter[lang], fills), await casesFor(1, false));
      expect(failedIds(report)).toEqual([]);
    });
  });

  describe("the grader", () => {
    it("gives the reference solution full marks for le-net in its sandbox, and the document-padding variant less", async () => {
      const folder = await mkdtemp(join(tmpdir(), "convlab-le-net-"));
      await writeFile(join(folder, "le-net.ts"), solution);
      const report = await gradeSubmission(folder, {seed: graderSeed});
      const leNet = report.exercises.find((exercise) => exercise.exerciseId === "le-net")!;
      expect(leNet.status).toBe("graded");
      expect(leNet.score).toBe(leNet.maxScore);
      expect(leNet.checks.filter((check) => check.hidden)).toHaveLength(5);
      expect(leNet.checks.some((check) => check.id === "behaviour-32x32x3")).toBe(true);

      await writeFile(join(folder, "le-net.ts"), solution.replaceAll(`padding: "valid"`, `padding: "same"`));
      const wrong = (await gradeSubmission(folder, {seed: graderSeed})).exercises.find(
        (exercise) => exercise.exerciseId === "le-net"
      )!;
      expect(wrong.score).toBeLessThan(wrong.maxScore);
      expect(wrong.score).toBeGreaterThan(0);
    });

    it("compares by behaviour inside the sandbox: LeNet without ReLU is told which layer, in the grader too", async () => {
      const folder = await mkdtemp(join(tmpdir(), "convlab-le-net-"));
      await writeFile(join(folder, "le-net.ts"), wrongModel("le-net-no-relu"));
      const leNet = (await gradeSubmission(folder, {seed: graderSeed})).exercises.find(
        (exercise) => exercise.exerciseId === "le-net"
      )!;
      expect(leNet.checks.filter((check) => !check.passed).map((check) => [check.id, check.category])).toEqual([
        ["behaviour-32x32x3", undefined],
        ["hidden-5", "model-behaviour"]
      ]);
      expect(leNet.checks.find((check) => check.id === "behaviour-32x32x3")!.message.en).toContain(
        "after layer 2 (Conv2D) the reference applies a ReLU"
      );
    });
  });
});
