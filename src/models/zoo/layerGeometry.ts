import type * as tf from "@convlab/tfjs";
import {paddingSuffix} from "./torchLayers.js";

type Layer = tf.layers.Layer;

/** A layer's configuration as a plain record (tfjs's `getConfig()`). */
export function configOf(layer: Layer): Record<string, unknown> {
  return layer.getConfig() as Record<string, unknown>;
}

/** The output shape of a layer used once, without the batch dimension. */
export function outputShapeOf(layer: Layer): number[] {
  const shape = layer.outputShape as Array<number | null>;
  return shape.slice(1) as number[];
}

/** The input shape of a layer with one input, without the batch dimension. */
export function inputShapeOf(layer: Layer): number[] {
  const input = layer.input as tf.SymbolicTensor;
  return input.shape.slice(1) as number[];
}

const asPair = (value: unknown): [number, number] =>
  Array.isArray(value) ? [value[0], value[1]] : [value as number, value as number];

/** The zero padding layer the zoo puts before a layer that pads like PyTorch, if any. */
export function paddingLayerOf(layer: Layer): Layer | undefined {
  const inbound = layer.inboundNodes[0]?.inboundLayers[0];
  return inbound && inbound.name === layer.name + paddingSuffix ? inbound : undefined;
}

/**
 * Kernel (or pooling window), stride and PyTorch's symmetric padding of a convolution or pooling layer:
 * the zero padding before it, or (k - 1) / 2 for TensorFlow's `same` (the zoo uses it only where the two agree).
 */
export function windowOf(layer: Layer): {
  kernel: [number, number];
  strides: [number, number];
  padding: [number, number];
} {
  const config = configOf(layer);
  const kernel = asPair(config.kernelSize ?? config.poolSize);
  const strides = asPair(config.strides ?? kernel);
  const paddingLayer = paddingLayerOf(layer);
  let padding: [number, number] = [0, 0];
  if (paddingLayer) {
    const [[top], [left]] = configOf(paddingLayer).padding as [[number, number], [number, number]];
    padding = [top, left];
  } else if (config.padding === "same") {
    padding = [(kernel[0] - 1) / 2, (kernel[1] - 1) / 2];
  }
  return {kernel, strides, padding};
}

/** The number of trainable parameters of a layer (PyTorch's parameters; batch norm's running statistics are not). */
export function trainableParameters(layer: Layer): number {
  return layer.trainableWeights.reduce((sum, weight) => sum + (weight.shape as number[]).reduce((a, b) => a * b, 1), 0);
}

/**
 * Multiply-accumulates of one forward pass of a layer, for one image: for a convolution, output elements ×
 * input channels per group × kernel area; for a fully connected layer, inputs × outputs (at each position,
 * when applied to a map). Other layers count 0 (no batch norm, pooling, activation, addition or bias):
 * the definition used for torchvision's figures.
 */
export function multiplyAccumulates(layer: Layer): number {
  const className = layer.getClassName();
  if (className !== "Conv2D" && className !== "GroupedConv2D" && className !== "Dense") return 0;
  const outputs = outputShapeOf(layer).reduce((a, b) => a * b, 1);
  const inputs = inputShapeOf(layer);
  const inChannels = inputs[inputs.length - 1];
  if (className === "Dense") return outputs * inChannels;
  const {kernel} = windowOf(layer);
  const groups = className === "GroupedConv2D" ? (configOf(layer).groups as number) : 1;
  return outputs * (inChannels / groups) * kernel[0] * kernel[1];
}
