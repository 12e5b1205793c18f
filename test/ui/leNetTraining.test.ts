// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it, vi} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {setupNodeTf} from "../../src/backends/node.js";
import type {ExerciseReport} from "../../src/check/gradeOutcome.js";
import type {TF} from "../../src/exercises/index.js";
import {both} from "../../src/i18n/index.js";
import type {TrainSplit} from "../../src/train/types.js";
import {leNetTraining} from "../../src/ui/leNetTraining.js";

// No IndexedDB in Node: models are kept in memory, shared by the worker's side and the page's.
vi.mock("../../src/train/modelStore.js", async () => {
  const {memoryModelStore} = await import("../train/memoryModelStore.js");
  return memoryModelStore(await import("@convlab/tfjs"));
});
// No Worker in jsdom: the compute worker's tasks run in this process, on the data set a test sets.
let data: TrainSplit | undefined;
vi.mock("../../src/run/pageWorkers.js", async () => {
  const {inProcessCompute} = await import("../run/inProcessCompute.js");
  return inProcessCompute({
    buildDataset: () => {
      if (!data) throw new Error("not in this test");
      return data;
    }
  });
});

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf(); // the panel asks tf for its backend
});

const report = (score: number, maxScore = 6): ExerciseReport => ({
  exerciseId: "le-net",
  title: both("", ""),
  status: "graded",
  checks: [],
  score,
  maxScore
});
const options = {
  lang: "en" as const,
  key: "lenet-test",
  loss: "softmax" as const,
  presets: {quick: {id: "quick", epochs: 1, batchSize: 4}, full: {id: "full", epochs: 50, batchSize: 500}} as const,
  dataset: {kind: "mnist" as const, file: async () => new ArrayBuffer(0)}
};
// Read from the project root (vitest's working directory): jsdom gives import.meta.url another scheme.
const solution = readFileSync("solutions/le-net.ts", "utf8");

describe("leNetTraining(options)", () => {
  it("stays locked, with no Train button and a button that presses the le-net Check, until the leNet passes", () => {
    let pressed = 0;
    const check = document.createElement("button");
    check.addEventListener("click", () => ++pressed);
    const training = leNetTraining({...options, checkButton: () => check});
    expect(training.element.dataset.state).toBe("locked");
    expect(training.element.dataset.key).toBe("lenet-test");
    expect(training.element.textContent).toContain("Pass the leNet exercise above to train your network");
    expect(training.element.querySelector("button.convlab-train")).toBeNull();
    training.element.querySelector<HTMLButtonElement>("button.convlab-check-saved")!.click();
    expect(pressed).toBe(1);
    training.unlock(report(5), solution);
    training.unlock({...report(6), status: "timeout"}, solution);
    expect(training.element.dataset.state).toBe("locked");
  });

  it("says so in Russian too", () => {
    const training = leNetTraining({...options, lang: "ru"});
    expect(training.element.textContent).toContain("Пройдите упражнение leNet выше, чтобы обучить свою сеть");
    expect(training.element.querySelector("button.convlab-check-saved")!.textContent).toBe(
      "Проверить мой leNet и открыть обучение"
    );
  });

  it("says why, in the worker's words, when the passing code exports no leNet", async () => {
    const training = leNetTraining({...options, key: "lenet-no-export"});
    training.unlock(report(6), "export const leNet = 3;");
    const panel = training.element.querySelector<HTMLElement>(".convlab-training")!;
    await vi.waitFor(() => expect(panel.dataset.failed).toBe("true"), {timeout: hangCeilingMs});
    expect(panel.querySelector(".convlab-status")!.textContent).toBe(
      "Training failed: the code does not export a function leNet"
    );
  });

  it("once every check passes, trains a model built by the student's own leNet", async () => {
    // The student's network, recognisable by a layer of its own: a ReLU after fc1.
    const source = solution.replace(
      'const fc2 = dense(fc1, 84, {name: "fc2"});',
      'const fc2 = dense(tf.layers.reLU({name: "mine"}).apply(fc1) as tf.SymbolicTensor, 84, {name: "fc2"});'
    );
    expect(source).not.toBe(solution);
    const images = (size: number, seed: number) => ({
      xs: tf.randomUniform([size, 32, 32, 1], 0, 1, "float32", seed) as ReturnType<TF["tensor4d"]>,
      ys: tf.oneHot(
        tf.tensor1d(
          Array.from({length: size}, (_, i) => i % 10),
          "int32"
        ),
        10
      ) as ReturnType<TF["tensor2d"]>,
      size,
      classNames: Array.from({length: 10}, (_, i) => String(i))
    });
    const split: TrainSplit = {train: images(8, 1), validation: images(4, 2)};
    const models: Array<InstanceType<TF["LayersModel"]>> = [];
    data = split;
    const training = leNetTraining({...options, onModel: (model) => models.push(model)});
    training.unlock(report(6), source);
    expect(training.element.dataset.state).toBe("unlocked");
    expect(training.element.querySelector(".convlab-notice")!.textContent).toBe(
      "Your leNet passed its check; it is the network trained here."
    );
    const panel = training.element.querySelector<HTMLElement>('.convlab-training[data-key="lenet-test"]')!;
    await vi.waitFor(() => expect(panel.dataset.state).toBe("idle"), {timeout: hangCeilingMs}); // nothing saved to restore here
    panel.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
    await vi.waitFor(() => expect(models).toHaveLength(1), {timeout: hangCeilingMs});
    expect(models[0].layers.map((layer) => layer.name)).toContain("mine");
    expect(models[0].outputShape).toEqual([null, 10]);
    expect(panel.querySelectorAll(".convlab-history tbody tr")).toHaveLength(1);
  });
});
