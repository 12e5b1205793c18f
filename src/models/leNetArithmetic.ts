import {leNetShapes} from "./leNetShapes.js";

// What lesson 1's tables show of LeNet, computed without building it: the network's recipe is the
// le-net exercise's answer and stays out of the published site (see ./leNet.ts).

/** The names TensorFlow.js gives LeNet's ten trainable variables, in creation order. */
export const leNetVariableNames: readonly string[] = ["conv1/conv", "conv2/conv", "fc1", "fc2", "fc3"].flatMap(
  (layer) => [`${layer}/kernel`, `${layer}/bias`]
);

/** LeNet's number of parameters (all trainable), from the shapes of its variables. */
export function leNetParameterCount(
  inputShape: [number, number, number],
  options: Parameters<typeof leNetShapes>[1] = {}
): number {
  const sizes = leNetShapes(inputShape, options).variables.map((shape) => shape.reduce((product, n) => product * n, 1));
  return sizes.reduce((sum, size) => sum + size, 0);
}
