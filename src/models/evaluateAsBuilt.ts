import type * as tfjs from "@convlab/tfjs";
import type {LabeledImages} from "../core/labeledImages.js";
import {stopRequested, unlessInterrupted} from "../ops/interruptibly.js";

type TF = typeof tfjs;

/**
 * The model's output with each layer called with the arguments it was built with (`training: true`
 * stays true, a layer built without it runs in inference mode). TensorFlow.js's `predict`, `evaluate`
 * and even `model.apply` pass one `training` flag to every layer instead; only the container's
 * internal graph runner (protected in its types, public at run time in tfjs 4.22) honours each
 * layer's own call arguments, as Keras does.
 */
export function runAsBuilt(model: tfjs.LayersModel, xs: tfjs.Tensor): tfjs.Tensor {
  const runner = (model as unknown as {runInternalGraph(inputs: tfjs.Tensor[]): [tfjs.Tensor[], unknown, unknown]})
    .runInternalGraph;
  if (typeof runner !== "function")
    throw new Error("this TensorFlow.js has no internal graph runner (tfjs-layers 4.x has one)");
  return runner.call(model, [xs])[0][0];
}

/**
 * {@link runAsBuilt} without its side effect: batch normalisation in training mode updates its moving
 * averages on every call, so they are put back afterwards. The caller disposes the result.
 */
export function predictAsBuilt(tf: TF, model: tfjs.LayersModel, xs: tfjs.Tensor): tfjs.Tensor {
  return keepingMovingAverages(tf, model, () => tf.tidy(() => runAsBuilt(model, xs)));
}

/**
 * Copies the model's non-trainable weights (batch normalisation's moving averages) and returns a
 * function that writes them back and frees the copy; for runs that update them as a side effect.
 */
export function keepMovingAverages(tf: TF, model: tfjs.LayersModel): () => void {
  const kept = model.nonTrainableWeights.map((weight) => weight.read().clone());
  return () => {
    model.nonTrainableWeights.forEach((weight, i) => weight.write(kept[i]));
    tf.dispose(kept);
  };
}

function keepingMovingAverages<T>(tf: TF, model: tfjs.LayersModel, run: () => T): T {
  const restore = keepMovingAverages(tf, model);
  try {
    return run();
  } finally {
    restore();
  }
}

/**
 * Loss (categorical cross-entropy) and accuracy of a softmax model run *as built* ({@link runAsBuilt}),
 * each layer with the call arguments it was built with. That is Keras's semantics for the
 * document's ResNet-50, whose blocks pass `training=True` to batch normalisation while the model is
 * being built: Keras then normalises every batch by its own statistics, in `model.evaluate` too.
 * TensorFlow.js's own `evaluate` and `predict` always run in inference mode (moving averages).
 * The moving averages that batch normalisation in training mode updates are put back afterwards.
 */
export async function evaluateAsBuilt(
  tf: TF,
  model: tfjs.LayersModel,
  data: LabeledImages,
  batchSize: number,
  signal?: AbortSignal,
  interrupt?: Int32Array
): Promise<[loss: number, accuracy: number]> {
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < data.size; start += batchSize) {
    // Stopped between batches (training's Stop): NaN for both, as trainModel's evaluate gives.
    if (signal?.aborted || stopRequested(interrupt)) return [NaN, NaN];
    const size = Math.min(batchSize, data.size - start);
    // Stop through shared memory interrupts the batch under way (src/ops/interruptibly.ts).
    const results = keepingMovingAverages(tf, model, () =>
      unlessInterrupted(interrupt, () =>
        tf.tidy(() => {
          const xs = data.xs.slice([start, 0, 0, 0], [size, -1, -1, -1]);
          const ys = data.ys.slice([start, 0], [size, -1]);
          const probabilities = runAsBuilt(model, xs);
          return [
            tf.metrics.categoricalCrossentropy(ys, probabilities).sum(),
            tf.equal(probabilities.argMax(-1), ys.argMax(-1)).sum()
          ];
        })
      )
    );
    if (!results) return [NaN, NaN];
    const [loss, right] = results;
    lossSum += (await loss.data())[0];
    correct += (await right.data())[0];
    // A turn for the event loop, where a Stop (an abort of `signal`) arrives.
    if (signal) await new Promise((resolve) => setTimeout(resolve, 0));
    tf.dispose([loss, right]);
  }
  return [lossSum / data.size, correct / data.size];
}
