import type * as tf from "@convlab/tfjs";
import {adaptiveAvgPool2d, channelsOf, linear, multiply, relu, sigmoid} from "./torchLayers.js";

/** The SE paper's reduction ratio r: the excitation's hidden layer has C / r units. */
export const seReduction = 16;

/**
 * The squeeze-and-excitation unit (Hu et al., 2018), as a function of a block's output `x` with C channels:
 * squeeze — global *average* pooling to one number per channel; excitation — Linear(C, C/r), ReLU,
 * Linear(C/r, C), sigmoid; scale — each channel of `x` multiplied by its weight. Layers are named
 * `<name>.pool`, `.fc1`, `.relu`, `.fc2`, `.sigmoid`, `.scale`.
 */
export function squeezeExcitation(
  x: tf.SymbolicTensor,
  name: (path: string) => string,
  reduction = seReduction
): tf.SymbolicTensor {
  const channels = channelsOf(x);
  let weights = adaptiveAvgPool2d(x, name("pool"), 1);
  weights = relu(linear(weights, name("fc1"), Math.floor(channels / reduction)), name("relu"));
  weights = sigmoid(linear(weights, name("fc2"), channels), name("sigmoid"));
  return multiply([x, weights], name("scale"));
}
