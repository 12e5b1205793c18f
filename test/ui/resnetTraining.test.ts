// @vitest-environment jsdom
import {beforeAll, describe, expect, it, vi} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import type {TrainSplit} from "../../src/train/types.js";
import type {ExerciseReport} from "../../src/check/gradeOutcome.js";
import {both} from "../../src/i18n/index.js";
import {resnetTraining} from "../../src/ui/resnetTraining.js";
import {hangCeilingMs} from "../hangCeiling.js";

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

const report = (score: number, maxScore = 1): ExerciseReport => ({
  exerciseId: "resnet50",
  title: both("", ""),
  status: "graded",
  checks: [],
  score,
  maxScore
});
const options = {lang: "en" as const, digitsFile: async () => new ArrayBuffer(0)};

describe("resnetTraining(options)", () => {
  it("stays locked, with a button that presses the exercise's Check, until the ResNet50 passes", () => {
    let pressed = 0;
    const check = document.createElement("button");
    check.addEventListener("click", () => ++pressed);
    const training = resnetTraining({...options, checkButton: () => check});
    expect(training.element.dataset.state).toBe("locked");
    training.element.querySelector<HTMLButtonElement>("button.convlab-check-saved")!.click();
    expect(pressed).toBe(1);
    training.unlock(report(0), "export function ResNet50() {}");
    training.unlock({...report(1), status: "timeout"}, "export function ResNet50() {}");
    expect(training.element.dataset.state).toBe("locked");
  });

  it("unlocks a training panel for the student's own model once every check passes", () => {
    const training = resnetTraining(options);
    training.unlock(report(1), "export function ResNet50() { return null; }");
    expect(training.element.dataset.state).toBe("unlocked");
    expect(training.element.querySelector(".convlab-training")).not.toBeNull();
    expect(training.element.querySelector("button.convlab-evaluate")!.textContent).toBe("Evaluate on the test set");
  });

  it.each(["button.convlab-evaluate", "button.convlab-recalibrate"])(
    "asks for a model before %s does anything",
    (button) => {
      const training = resnetTraining(options);
      training.unlock(report(1), "export function ResNet50() { return null; }");
      training.element.querySelector<HTMLButtonElement>(button)!.click();
      expect(training.element.querySelector(".convlab-evaluation")!.textContent).toBe(
        "Train the model first (or wait for the saved one to be restored)."
      );
    }
  );

  it("evaluates the trained model both ways, then recomputes its batch-norm statistics and hands it on", async () => {
    // A small stand-in for the student's ResNet50: the panel only needs a compiled softmax model
    // whose batch norm was built with training = true, as the document's blocks are.
    const source = `import * as tf from "@tensorflow/tfjs";
export function ResNet50(inputShape = [64, 64, 3], classes = 6) {
  const input = tf.input({shape: inputShape});
  let x = tf.layers.conv2d({filters: 2, kernelSize: 4, strides: 8, kernelInitializer: tf.initializers.glorotUniform({seed: 1})}).apply(input);
  x = tf.layers.batchNormalization({axis: 3}).apply(x, {training: true});
  x = tf.layers.flatten().apply(x);
  return tf.model({inputs: input, outputs: tf.layers.dense({units: classes, activation: "softmax", kernelInitializer: tf.initializers.glorotUniform({seed: 2})}).apply(x)});
}`;
    const images = (size: number, seed: number) => ({
      xs: tf.randomUniform([size, 64, 64, 3], 0, 1, "float32", seed) as ReturnType<TF["tensor4d"]>,
      ys: tf.oneHot(
        tf.tensor1d(
          Array.from({length: size}, (_, i) => i % 6),
          "int32"
        ),
        6
      ) as ReturnType<TF["tensor2d"]>,
      size,
      classNames: ["0", "1", "2", "3", "4", "5"]
    });
    data = {train: images(12, 1), validation: images(6, 2)};
    const models: unknown[] = [];
    const training = resnetTraining({
      lang: "en",
      presets: {quick: {id: "quick", epochs: 1, batchSize: 32}, full: {id: "full", epochs: 10, batchSize: 32}},
      digitsFile: async () => new ArrayBuffer(0),
      onModel: (model) => models.push(model)
    });
    training.unlock(report(1), source);
    const panel = training.element.querySelector<HTMLElement>(".convlab-training")!;
    await vi.waitFor(() => expect(panel.dataset.state).toBe("idle"), {timeout: hangCeilingMs}); // nothing saved to restore here
    training.element.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
    await vi.waitFor(() => expect(models).toHaveLength(1), {timeout: hangCeilingMs});

    const evaluation = training.element.querySelector(".convlab-evaluation")!;
    training.element.querySelector<HTMLButtonElement>("button.convlab-evaluate")!.click();
    await vi.waitFor(() => expect(training.element.dataset.testAccuracyAsBuilt).toBeDefined(), {
      timeout: hangCeilingMs
    });
    for (const accuracy of [training.element.dataset.testAccuracy, training.element.dataset.testAccuracyAsBuilt].map(
      Number
    )) {
      expect(accuracy * 6).toBeCloseTo(Math.round(accuracy * 6), 5); // a share of the 6 test images
    }
    expect(evaluation.textContent).toMatch(
      /^Loss = [\d.]+\nTest Accuracy = [\d.]+\n\(TensorFlow\.js: batch norm with its moving averages\)\n\nLoss = [\d.]+\nTest Accuracy = [\d.]+\n\(as Keras runs/
    );

    // The epoch's test column is the model as Keras runs it: the same figure as the button's second one.
    const lastEpoch = [...training.element.querySelectorAll(".convlab-history tbody tr")].at(-1)!;
    expect(Number(lastEpoch.children[3].textContent)).toBeCloseTo(
      Number(training.element.dataset.testAccuracyAsBuilt),
      4
    );

    type Model = InstanceType<TF["LayersModel"]>;
    const movingMean = (model: Model) => Array.from(model.nonTrainableWeights[0].read().dataSync());
    const before = movingMean(models[0] as Model);
    training.element.querySelector<HTMLButtonElement>("button.convlab-recalibrate")!.click();
    await vi.waitFor(() => expect(training.element.dataset.recalibrated).toBe("1"), {timeout: hangCeilingMs});
    expect(evaluation.textContent).toBe(
      "The moving averages of every batch normalisation (1) now come from the current weights, and the model is saved with them. Evaluate the model again."
    );
    // Recalibrated in the worker and saved: the page's new copy, handed on to the image prediction, has the new averages.
    expect(models).toHaveLength(2);
    expect(movingMean(models[1] as Model)).not.toEqual(before);
  });
});
