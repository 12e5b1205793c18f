import type * as tfjs from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {registerWasmTrainingKernels} from "../../../src/backends/wasm/register.js";
import type {TF} from "../../../src/exercises/types.js";
import {onWasmAndCpu, relativeDifference, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

/** A small LeNet-like net: every kernel that conv-net training needs (conv, pool, dense, batch norm). */
function smallConvNet(): tfjs.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [12, 12, 1],
        filters: 4,
        kernelSize: 3,
        activation: "relu",
        kernelInitializer: tf.initializers.glorotUniform({seed: 1})
      }),
      tf.layers.maxPooling2d({poolSize: 2}),
      tf.layers.conv2d({
        filters: 6,
        kernelSize: 3,
        strides: 2,
        padding: "same",
        kernelInitializer: tf.initializers.glorotUniform({seed: 2})
      }),
      tf.layers.batchNormalization({axis: 3}),
      tf.layers.activation({activation: "relu"}),
      tf.layers.flatten(),
      tf.layers.dense({units: 3, kernelInitializer: tf.initializers.glorotUniform({seed: 3})})
    ]
  });
}

function digits(count: number): {x: tfjs.Tensor; y: tfjs.Tensor} {
  const labels = Array.from({length: count}, (_, i) => i % 3);
  return {
    x: tf.tensor4d(seededValues(count * 12 * 12, 21), [count, 12, 12, 1]),
    y: tf.oneHot(tf.tensor1d(labels, "int32"), 3)
  };
}

const wasmDataIds = () => (tf.findBackend("wasm") as unknown as {numDataIds(): number}).numDataIds();

describe("registerWasmTrainingKernels()", () => {
  it("is done by setupNodeTf({backend: 'wasm'}), once: calling it again changes nothing", () => {
    const names = [
      "Conv2DBackpropFilter",
      "Conv2DBackpropInput",
      "MaxPoolGrad",
      "BatchMatMul",
      "_FusedMatMul",
      "Tile",
      "Transpose",
      "Identity",
      "Cast",
      "Sum",
      "Mean"
    ];
    const before = names.map((name) => tf.getKernel(name, "wasm")?.kernelFunc);
    expect(before.every(Boolean)).toBe(true);
    registerWasmTrainingKernels();
    expect(names.map((name) => tf.getKernel(name, "wasm")?.kernelFunc)).toEqual(before);
  });

  it("lets a conv net train on wasm with the gradients cpu computes (to 1e-4)", async () => {
    const model = smallConvNet();
    const {x, y} = digits(8);
    const gradients = () =>
      tf.tidy(() => {
        const {grads} = tf.variableGrads(
          () => tf.losses.softmaxCrossEntropy(y, model.apply(x, {training: true}) as tfjs.Tensor) as tfjs.Scalar
        );
        return tf.concat(Object.values(grads).map((g) => tf.reshape(g, [-1])));
      });
    const {wasm, cpu} = await onWasmAndCpu(tf, gradients);
    expect(wasm.values.length).toBe(model.countParams() - 12); // batch norm's moving mean and variance are not trained
    expect(relativeDifference(wasm.values, cpu.values)).toBeLessThan(1e-4);
    tf.dispose([x, y]);
    model.dispose();
  });

  it("trains for several epochs with tensors and wasm memory flat, and the loss falls", async () => {
    await tf.setBackend("wasm");
    const model = smallConvNet();
    model.compile({
      optimizer: tf.train.adam(0.01),
      loss: (labels: tfjs.Tensor, logits: tfjs.Tensor) => tf.losses.softmaxCrossEntropy(labels, logits)
    });
    const {x, y} = digits(32);
    const counts: Array<[number, number]> = [];
    const history = await model.fit(x, y, {
      epochs: 5,
      batchSize: 8,
      verbose: 0,
      callbacks: {onEpochEnd: async () => void counts.push([tf.memory().numTensors, wasmDataIds()])}
    });
    // Epoch 1 creates the optimizer's slots; from then on nothing may accumulate.
    expect(counts.slice(1)).toEqual(new Array(counts.length - 1).fill(counts[1]));
    const loss = history.history.loss as number[];
    expect(loss[loss.length - 1]).toBeLessThan(loss[0]);
    tf.dispose([x, y]);
    model.dispose();
  });

  it("keeps tensors and wasm memory flat in a hand-written training loop too", async () => {
    await tf.setBackend("wasm");
    const model = smallConvNet();
    const optimizer = tf.train.sgd(0.05);
    const {x, y} = digits(8);
    const step = () =>
      optimizer
        .minimize(
          () => tf.losses.softmaxCrossEntropy(y, model.apply(x, {training: true}) as tfjs.Tensor) as tfjs.Scalar,
          true
        )
        ?.dispose();
    step();
    const before = [tf.memory().numTensors, wasmDataIds()];
    for (let i = 0; i < 5; ++i) step();
    expect([tf.memory().numTensors, wasmDataIds()]).toEqual(before);
    tf.dispose([x, y]);
    model.dispose();
    optimizer.dispose();
  });
});
