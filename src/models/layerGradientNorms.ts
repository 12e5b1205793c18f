import type * as tfjs from "@convlab/tfjs";
import {glorotUniform} from "../initializers/index.js";

type TF = typeof tfjs;

export type StackActivation = "sigmoid" | "tanh" | "relu";

export interface GradientNormOptions {
  /** Convolutional layers in the stack. */
  depth: number;
  /** Plain: x ← act(conv(x)). With skip connections: x ← x + act(conv(x)). */
  residual: boolean;
  activation: StackActivation;
  /** Channels of every layer (default 8), side of the square input (default 8), batch size (default 4). */
  channels?: number;
  size?: number;
  batch?: number;
  /** Seed of the kernels (Keras's default, glorot_uniform, layer i drawing with seed + i) and of the input. */
  seed?: number;
}

/**
 * The norm ‖∂L/∂W‖ of each layer's kernel in a deep stack of 3×3 convolutions, at initialisation,
 * from the layer next to the input to the last. The loss is a fixed random projection of the
 * output, L = mean(r ⊙ x_L), so the gradient arriving at the top is of order one and whatever
 * happens to it on the way down is the network's doing.
 */
export async function layerGradientNorms(
  tf: TF,
  {depth, residual, activation, channels = 8, size = 8, batch = 4, seed = 0}: GradientNormOptions
): Promise<number[]> {
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`depth must be a positive integer, not ${depth}`);
  const act = {sigmoid: tf.sigmoid, tanh: tf.tanh, relu: tf.relu}[activation];
  if (!act) throw new RangeError(`unknown activation "${activation}" (sigmoid, tanh or relu)`);
  const norms = tf.tidy(() => {
    const kernels = Array.from(
      {length: depth},
      (_, i) => glorotUniform(seed + i).apply([3, 3, channels, channels]) as tfjs.Tensor4D
    );
    const input = tf.randomNormal([batch, size, size, channels], 0, 1, "float32", seed + 1_000_003) as tfjs.Tensor4D;
    const projection = tf.randomNormal([batch, size, size, channels], 0, 1, "float32", seed + 2_000_003);
    const loss = (...weights: tfjs.Tensor[]) => {
      let x: tfjs.Tensor4D = input;
      for (const kernel of weights) {
        const y = act(tf.conv2d(x, kernel as tfjs.Tensor4D, 1, "same"));
        x = residual ? tf.add(x, y) : y;
      }
      return tf.mean(tf.mul(x, projection)) as tfjs.Scalar;
    };
    const gradients = tf.grads(loss)(kernels);
    return tf.stack(gradients.map((gradient) => tf.norm(gradient)));
  });
  // One read, awaited: on the webgl backend a synchronous read would stall the page.
  const values = Array.from(await norms.data());
  norms.dispose();
  return values;
}
