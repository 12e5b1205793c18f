import type {TF} from "../../src/exercises/types.js";

/** A Stop flag as a training panel shares it with its worker: one Int32 in shared memory, 0 until Stop. */
export const newStopFlag = () => new Int32Array(new SharedArrayBuffer(4));

/**
 * Counts the engine's kernels and sets `flag` once `after` of them have run, as a Stop pressed in the
 * middle of some work would. `restore` puts the engine's own `runKernel` back.
 */
export function stopAfterKernels(tf: TF, flag: Int32Array, after: number): {kernels: () => number; restore(): void} {
  const engine = tf.engine() as unknown as {runKernel: (...args: unknown[]) => unknown};
  const runKernel = engine.runKernel;
  let count = 0;
  engine.runKernel = function (this: unknown, ...args: unknown[]) {
    if (++count === after) Atomics.store(flag, 0, 1);
    return runKernel.apply(this, args);
  };
  return {kernels: () => count, restore: () => delete (engine as {runKernel?: unknown}).runKernel};
}

/** A small convolutional model (with batch normalisation) on 8×8 images, seeded: the same weights every time. */
export function smallConvolutionalModel(tf: TF) {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [8, 8, 1],
        filters: 4,
        kernelSize: 3,
        kernelInitializer: tf.initializers.glorotUniform({seed: 3})
      }),
      tf.layers.batchNormalization(),
      tf.layers.activation({activation: "relu"}),
      tf.layers.flatten(),
      tf.layers.dense({units: 3, kernelInitializer: tf.initializers.glorotUniform({seed: 4})})
    ]
  });
}
