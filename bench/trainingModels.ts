import type * as tfjs from "@convlab/tfjs";

// ResNet-50 for the speed comparison, built layer for layer as bench/pytorch_training.py builds it.
// The course's own (solutions/resnet50.ts) fixes batch norm's `training` flag when the model is
// built, as the document does; this one takes it from each call, so that inference is measured in
// inference mode, as PyTorch's model.eval() runs it.

/** The course's ResNet-50 (Keras layout, 64×64×3 input, 6 classes: 23,600,006 parameters, as the document counts). */
export function resNet50(
  tf: typeof tfjs,
  inputShape: [number, number, number] = [64, 64, 3],
  classes = 6
): tfjs.LayersModel {
  const batchNorm = (x: tfjs.SymbolicTensor) => tf.layers.batchNormalization({axis: 3}).apply(x) as tfjs.SymbolicTensor;
  const relu = (x: tfjs.SymbolicTensor) => tf.layers.activation({activation: "relu"}).apply(x) as tfjs.SymbolicTensor;
  const conv = (
    x: tfjs.SymbolicTensor,
    filters: number,
    kernelSize: number,
    strides = 1,
    padding: "valid" | "same" = "valid"
  ) => tf.layers.conv2d({filters, kernelSize, strides, padding}).apply(x) as tfjs.SymbolicTensor;
  const add = (a: tfjs.SymbolicTensor, b: tfjs.SymbolicTensor) => tf.layers.add().apply([a, b]) as tfjs.SymbolicTensor;
  const block = (x: tfjs.SymbolicTensor, f: number, [f1, f2, f3]: number[], s: number | undefined) => {
    let y = relu(batchNorm(conv(x, f1, 1, s ?? 1)));
    y = relu(batchNorm(conv(y, f2, f, 1, "same")));
    y = batchNorm(conv(y, f3, 1));
    const shortcut = s === undefined ? x : batchNorm(conv(x, f3, 1, s));
    return relu(add(y, shortcut));
  };
  const input = tf.input({shape: inputShape});
  let x = tf.layers.zeroPadding2d({padding: 3}).apply(input) as tfjs.SymbolicTensor;
  x = relu(batchNorm(conv(x, 64, 7, 2)));
  x = tf.layers.maxPooling2d({poolSize: 3, strides: 2}).apply(x) as tfjs.SymbolicTensor;
  for (const [filters, s, identities] of [
    [[64, 64, 256], 1, 2],
    [[128, 128, 512], 2, 3],
    [[256, 256, 1024], 2, 5],
    [[512, 512, 2048], 2, 2]
  ] as const) {
    x = block(x, 3, [...filters], s);
    for (let i = 0; i < identities; ++i) x = block(x, 3, [...filters], undefined);
  }
  x = tf.layers.averagePooling2d({poolSize: 2}).apply(x) as tfjs.SymbolicTensor;
  x = tf.layers.flatten().apply(x) as tfjs.SymbolicTensor;
  const output = tf.layers.dense({units: classes, activation: "softmax"}).apply(x) as tfjs.SymbolicTensor;
  return tf.model({inputs: input, outputs: output});
}
