// Reference solution of `resnet50`. Kept out of the published site: pages never import solutions/.
// A submission file stands alone, so it carries its own copies of the two blocks.
import * as tf from "@tensorflow/tfjs";
import {glorotUniform, randomUniform, type Initializer} from "convlab/initializers";

type Input = tf.Tensor | tf.SymbolicTensor;
type InitializerFactory = (options?: {seed?: number}) => Initializer;

const conv = (
  x: Input,
  filters: number,
  kernelSize: number,
  strides: number,
  padding: "valid" | "same",
  initializer: InitializerFactory
) =>
  tf.layers
    .conv2d({filters, kernelSize, strides, padding, kernelInitializer: initializer({seed: 0})})
    .apply(x) as tf.SymbolicTensor;
const batchNorm = (x: Input, training: boolean) =>
  tf.layers.batchNormalization({axis: 3}).apply(x, {training}) as tf.SymbolicTensor;
const relu = (x: Input) => tf.layers.activation({activation: "relu"}).apply(x) as tf.SymbolicTensor;
const add = (a: Input, b: Input) => tf.layers.add().apply([a, b] as tf.Tensor[]) as tf.SymbolicTensor;

export function identityBlock(
  X: Input,
  f: number,
  [F1, F2, F3]: number[],
  training = true,
  initializer: InitializerFactory = randomUniform
): tf.SymbolicTensor {
  const XShortcut = X;
  X = relu(batchNorm(conv(X, F1, 1, 1, "valid", initializer), training));
  X = relu(batchNorm(conv(X, F2, f, 1, "same", initializer), training));
  X = batchNorm(conv(X, F3, 1, 1, "valid", initializer), training);
  return relu(add(X, XShortcut));
}

export function convolutionalBlock(
  X: Input,
  f: number,
  [F1, F2, F3]: number[],
  s = 2,
  training = true,
  initializer: InitializerFactory = glorotUniform
): tf.SymbolicTensor {
  let XShortcut = X;
  X = relu(batchNorm(conv(X, F1, 1, s, "valid", initializer), training));
  X = relu(batchNorm(conv(X, F2, f, 1, "same", initializer), training));
  X = batchNorm(conv(X, F3, 1, 1, "valid", initializer), training);
  XShortcut = batchNorm(conv(XShortcut, F3, 1, s, "valid", initializer), training);
  return relu(add(X, XShortcut));
}

export function ResNet50(inputShape: [number, number, number] = [64, 64, 3], classes = 6): tf.LayersModel {
  const XInput = tf.input({shape: inputShape});
  let X = tf.layers.zeroPadding2d({padding: [3, 3]}).apply(XInput) as tf.SymbolicTensor;

  X = conv(X, 64, 7, 2, "valid", glorotUniform);
  // As in the document, BatchNormalization(axis = 3)(X): no training argument here.
  X = relu(tf.layers.batchNormalization({axis: 3}).apply(X) as tf.SymbolicTensor);
  X = tf.layers.maxPooling2d({poolSize: 3, strides: 2}).apply(X) as tf.SymbolicTensor;

  X = convolutionalBlock(X, 3, [64, 64, 256], 1);
  for (let i = 0; i < 2; ++i) X = identityBlock(X, 3, [64, 64, 256]);

  X = convolutionalBlock(X, 3, [128, 128, 512], 2);
  for (let i = 0; i < 3; ++i) X = identityBlock(X, 3, [128, 128, 512]);

  X = convolutionalBlock(X, 3, [256, 256, 1024], 2);
  for (let i = 0; i < 5; ++i) X = identityBlock(X, 3, [256, 256, 1024]);

  X = convolutionalBlock(X, 3, [512, 512, 2048], 2);
  for (let i = 0; i < 2; ++i) X = identityBlock(X, 3, [512, 512, 2048]);

  X = tf.layers.averagePooling2d({poolSize: 2}).apply(X) as tf.SymbolicTensor;
  X = tf.layers.flatten().apply(X) as tf.SymbolicTensor;
  X = tf.layers
    .dense({units: classes, activation: "softmax", kernelInitializer: glorotUniform({seed: 0})})
    .apply(X) as tf.SymbolicTensor;

  return tf.model({inputs: XInput, outputs: X});
}
