import * as tf from "@convlab/tfjs";

/**
 * The basic blocks of document 004 (`conv_layer`, `max_pool`, `flatten`, `dense`, `conv_block`) as
 * tfjs layers. Each block creates its layer and applies it at once, so the same call works on a
 * `tf.SymbolicTensor` (building a model, like the document's placeholders) and on a concrete
 * `tf.Tensor` (computing right away, like the document's `sess.run`).
 *
 * Student code imports these as `convlab/blocks`.
 */

/** What a block accepts and returns: a symbolic tensor (a model being built) or a concrete one. */
export type BlockInput = tf.Tensor | tf.SymbolicTensor;

export type BlockPadding = "same" | "valid";

export interface ConvLayerOptions {
  /** The layer's name; its variables are `<name>/kernel` and `<name>/bias`. Unique within a model. */
  name?: string;
  /** `[height, width]` of the kernel; the document's default is `[3, 3]`. */
  kernelSize?: [number, number];
  strides?: [number, number];
  /** `same` (the document's default) or `valid`. */
  padding?: BlockPadding;
}

export interface MaxPoolOptions {
  name?: string;
  /** The window, `[2, 2]` by default. */
  kernelSize?: [number, number];
  /** `[2, 2]` by default. */
  strides?: [number, number];
  /** `same` by default, as in the document. */
  padding?: BlockPadding;
}

let documentConvLayer = false;

/**
 * Runs `build` with the blocks exactly as the document defines them: its `conv_layer` takes a
 * `padding` argument and ignores it, always padding `same`. Everything else is unchanged.
 */
export function withDocumentBlocks<T>(build: () => T): T {
  const previous = documentConvLayer;
  documentConvLayer = true;
  try {
    return build();
  } finally {
    documentConvLayer = previous;
  }
}

/** Whether blocks built now follow the document's `conv_layer` (inside {@link withDocumentBlocks}). */
export function buildingDocumentBlocks(): boolean {
  return documentConvLayer;
}

/**
 * A convolutional layer: `outputChannels` filters of `kernelSize`, a bias each, no activation.
 * Weights are Glorot-uniform and biases zeros, as `tf.get_variable` and the document's
 * `tf.zeros_initializer()` give them.
 */
export function convLayer<T extends BlockInput>(
  input: T,
  outputChannels: number,
  {name, kernelSize = [3, 3], strides = [1, 1], padding = "same"}: ConvLayerOptions = {}
): T {
  checkPadding(padding);
  const layer = tf.layers.conv2d({
    name,
    filters: outputChannels,
    kernelSize,
    strides,
    padding: documentConvLayer ? "same" : padding,
    kernelInitializer: "glorotUniform",
    biasInitializer: "zeros"
  });
  return layer.apply(input) as T;
}

/** Max pooling: the largest value of each `kernelSize` window, moved by `strides`. */
export function maxPool<T extends BlockInput>(
  input: T,
  {name, kernelSize = [2, 2], strides = [2, 2], padding = "same"}: MaxPoolOptions = {}
): T {
  checkPadding(padding);
  return tf.layers.maxPooling2d({name, poolSize: kernelSize, strides, padding}).apply(input) as T;
}

/** Flattens every example to one vector: `[batch, h, w, c]` becomes `[batch, h·w·c]`. */
export function flatten<T extends BlockInput>(input: T, {name}: {name?: string} = {}): T {
  return tf.layers.flatten({name}).apply(input) as T;
}

/**
 * A fully connected layer with no activation. Like the document's `dense`, whose bias comes from
 * `tf.get_variable`'s default initializer, the bias starts Glorot-uniform rather than at zero
 * (for a vector of n, TensorFlow's limit is √(6 / 2n)), so a zero input gives a non-zero output.
 */
export function dense<T extends BlockInput>(input: T, outputNeurons: number, {name}: {name?: string} = {}): T {
  const limit = Math.sqrt(3 / outputNeurons);
  const layer = tf.layers.dense({
    name,
    units: outputNeurons,
    kernelInitializer: "glorotUniform",
    biasInitializer: tf.initializers.randomUniform({minval: -limit, maxval: limit})
  });
  return layer.apply(input) as T;
}

/** A convolutional layer followed by ReLU; with a name, its layers are `<name>/conv` and `<name>/relu`. */
export function convBlock<T extends BlockInput>(
  input: T,
  outputChannels: number,
  {name, kernelSize = [3, 3], padding = "same"}: Omit<ConvLayerOptions, "strides"> = {}
): T {
  const convolved = convLayer(input, outputChannels, {name: name && `${name}/conv`, kernelSize, padding});
  return tf.layers.reLU({name: name && `${name}/relu`}).apply(convolved) as T;
}

function checkPadding(padding: string): void {
  if (padding !== "same" && padding !== "valid") throw new Error(`unknown padding "${padding}": use "same" or "valid"`);
}
