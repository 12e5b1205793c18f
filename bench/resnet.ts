import {setupNodeTf, type NodeBackend} from "../src/backends/node.js";
import {decodeDigits} from "../src/datasets/digitsFile.js";
import {digitsSignsStandIn} from "../src/datasets/digitsSignsStandIn.js";
import {buildMnistFile} from "../src/datasets/mnistPackage.js";
import {evaluateAsBuilt, keepMovingAverages} from "../src/models/evaluateAsBuilt.js";
import {recalibrateBatchNorm} from "../src/models/recalibrateBatchNorm.js";
import {evaluate, trainModel} from "../src/train/trainModel.js";
import {ResNet50} from "../solutions/resnet50.js";
import {printTable} from "./measure.js";

/**
 * Lesson 2's full training run, as a student would do it: the course's ResNet-50 (the reference
 * solution of the resnet50 exercise) on the hand-signs stand-in (MNIST 0–5, 64×64×3, 1,080 / 120),
 * Adam, categorical cross-entropy, batch 32, the document's 10 epochs. After every epoch the 120 test
 * images are evaluated three ways: TensorFlow.js's model.evaluate (inference mode, moving averages);
 * as built, with Keras's semantics for the document's model (src/models/evaluateAsBuilt.ts); and with
 * the batch-norm statistics recomputed from 128 training images (src/models/recalibrateBatchNorm.ts),
 * the moving averages put back afterwards so that training goes on exactly as it would without the
 * measurement. At the end the recomputation is kept, as the lesson's button keeps it.
 * RESNET_EPOCHS and RESNET_BACKEND (wasm, cpu) change the run.
 */
export async function benchResnet(): Promise<void> {
  const epochs = Number(process.env.RESNET_EPOCHS ?? 10);
  const backend = (process.env.RESNET_BACKEND ?? "wasm") as NodeBackend;
  const tf = await setupNodeTf({backend});
  const split = digitsSignsStandIn(tf, decodeDigits(buildMnistFile()));
  const calibration = tf.tidy(() => split.train.xs.slice([0, 0, 0, 0], [128, -1, -1, -1]));
  const model = ResNet50([64, 64, 3], 6);
  model.compile({optimizer: tf.train.adam(), loss: "categoricalCrossentropy", metrics: ["accuracy"]});

  /** Test loss and accuracy with the statistics recomputed; the moving averages are put back unless `keep`. */
  const evaluateRecalibrated = async (keep: boolean) => {
    const restore = keep ? undefined : keepMovingAverages(tf, model);
    try {
      recalibrateBatchNorm(tf, model, calibration);
      return await evaluate(model, split.validation, 32);
    } finally {
      restore?.();
    }
  };

  const rows: Array<Record<string, string | number>> = [];
  let measuringSeconds = 0;
  const started = performance.now();
  const logs = await trainModel(model, split, {
    epochs,
    batchSize: 32,
    seed: 1,
    onEpoch: async (log) => {
      const measuring = performance.now();
      const [, asBuilt] = await evaluateAsBuilt(tf, model, split.validation, 32);
      const [, recalibrated] = await evaluateRecalibrated(false);
      measuringSeconds += (performance.now() - measuring) / 1000;
      rows.push({
        epoch: log.epoch,
        "train loss": log.loss.toFixed(4),
        "train accuracy": log.accuracy.toFixed(4),
        "test accuracy: model.evaluate": log.valAccuracy.toFixed(4),
        "as built (Keras)": asBuilt.toFixed(4),
        "statistics recomputed": recalibrated.toFixed(4),
        "epoch s": log.seconds.toFixed(0)
      });
      console.log(
        Object.entries(rows.at(-1)!)
          .map(([key, value]) => `${key} ${value}`)
          .join(", ")
      );
    }
  });
  const trainingSeconds = (performance.now() - started) / 1000 - measuringSeconds;
  const evaluationStarted = performance.now();
  const [loss, accuracy] = await evaluate(model, split.validation, 32);
  const evaluationSeconds = (performance.now() - evaluationStarted) / 1000;
  const [asBuiltLoss, asBuiltAccuracy] = await evaluateAsBuilt(tf, model, split.validation, 32);
  const recalibrationStarted = performance.now();
  const [recalibratedLoss, recalibratedAccuracy] = await evaluateRecalibrated(true);
  const recalibrationSeconds = (performance.now() - recalibrationStarted) / 1000 - evaluationSeconds;
  calibration.dispose();

  printTable(
    `ResNet-50 on the hand-signs stand-in, epoch by epoch (test accuracy on the ${split.validation.size} test images, three ways)`,
    rows
  );
  printTable(
    `ResNet-50 on the hand-signs stand-in (${split.train.size} training / ${split.validation.size} test images, 64×64×3), Node, tfjs ${backend}`,
    [
      {measure: "epochs", value: logs.length},
      {
        measure: "training time, s (with model.evaluate after each epoch, without the extra measurements)",
        value: trainingSeconds
      },
      {measure: "s per epoch", value: trainingSeconds / logs.length},
      {
        measure: "training images per s",
        value: (split.train.size * logs.length) / logs.reduce((sum, log) => sum + log.seconds, 0)
      },
      {measure: "test loss, model.evaluate (moving averages)", value: loss},
      {measure: "test accuracy, model.evaluate (moving averages)", value: accuracy},
      {measure: "test loss, as built (Keras's semantics: batch statistics in the blocks)", value: asBuiltLoss},
      {measure: "test accuracy, as built", value: asBuiltAccuracy},
      {
        measure: "test loss, model.evaluate after recomputing the statistics on 128 training images",
        value: recalibratedLoss
      },
      {measure: "test accuracy, model.evaluate after recomputing the statistics", value: recalibratedAccuracy},
      {measure: "model.evaluate on the test set, s", value: evaluationSeconds},
      {measure: "recomputing the statistics, s (approx.)", value: recalibrationSeconds}
    ]
  );
  model.dispose();
}
