// Reference solution of `identity-block`. Kept out of the published site: pages never import solutions/.
import * as tf from "@tensorflow/tfjs";
import {randomUniform, type Initializer} from "convlab/initializers";

type Input = tf.Tensor | tf.SymbolicTensor;

export function identityBlock<T extends Input>(
  X: T,
  f: number,
  filters: [number, number, number],
  training = true,
  initializer: (options?: {seed?: number}) => Initializer = randomUniform
): T {
  const [F1, F2, F3] = filters;
  const XShortcut = X;
  const conv = (x: Input, filters: number, kernelSize: number, padding: "valid" | "same") =>
    tf.layers
      .conv2d({filters, kernelSize, strides: 1, padding, kernelInitializer: initializer({seed: 0})})
      .apply(x) as T;
  const batchNorm = (x: Input) => tf.layers.batchNormalization({axis: 3}).apply(x, {training}) as T;
  const relu = (x: Input) => tf.layers.activation({activation: "relu"}).apply(x) as T;

  X = relu(batchNorm(conv(X, F1, 1, "valid")));
  X = relu(batchNorm(conv(X, F2, f, "same")));
  X = batchNorm(conv(X, F3, 1, "valid"));
  X = tf.layers.add().apply([X, XShortcut] as tf.Tensor[]) as T;
  return relu(X);
}
