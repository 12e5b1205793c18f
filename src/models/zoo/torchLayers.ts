import * as tf from "@convlab/tfjs";
import {AdaptiveAveragePooling2D} from "./adaptiveAveragePooling2d.js";
import {GroupedConv2D} from "./groupedConv2d.js";

/**
 * PyTorch's layers, in tfjs layers on symbolic tensors (channels last). Each takes PyTorch's arguments and
 * names the layer after the PyTorch module, so that a model reads like its torchvision definition.
 *
 * Padding: PyTorch pads both sides by the same amount; TensorFlow's `same` puts the smaller half first, so
 * with a stride of 2 the windows sit one pixel apart from PyTorch's. Wherever the two differ, the layer is
 * preceded by a ZeroPadding2D named `<name>.pad` and itself pads nothing.
 */
type Symbolic = tf.SymbolicTensor;
type Pair = number | [number, number];

const pair = (value: Pair): [number, number] => (typeof value === "number" ? [value, value] : value);

/** The suffix of the ZeroPadding2D layer that stands for a PyTorch layer's `padding`. */
export const paddingSuffix = ".pad";

/**
 * Pads like PyTorch, then returns the TensorFlow padding mode left for the layer itself: `same` when it is
 * exactly PyTorch's padding (stride 1, padding (k - 1) / 2), else explicit zeros and `valid`.
 */
function torchPadding(
  x: Symbolic,
  name: string,
  kernel: [number, number],
  strides: [number, number],
  padding: [number, number]
): [Symbolic, "same" | "valid"] {
  if (padding[0] === 0 && padding[1] === 0) return [x, "valid"];
  const isSame =
    strides[0] === 1 && strides[1] === 1 && padding[0] * 2 === kernel[0] - 1 && padding[1] * 2 === kernel[1] - 1;
  if (isSame) return [x, "same"];
  const zeros = tf.layers.zeroPadding2d({
    padding: [
      [padding[0], padding[0]],
      [padding[1], padding[1]]
    ],
    name: name + paddingSuffix
  });
  return [zeros.apply(x) as Symbolic, "valid"];
}

/** PyTorch's `Conv2d` arguments, without the input channels (they come from the input). */
export interface Conv2dOptions {
  filters: number;
  kernelSize: Pair;
  strides?: Pair;
  padding?: Pair;
  groups?: number;
  /** PyTorch's default is true; convolutions followed by batch norm have none. */
  bias?: boolean;
}

/** `nn.Conv2d(in, filters, kernelSize, stride, padding, groups, bias)`. */
export function conv2d(x: Symbolic, name: string, options: Conv2dOptions): Symbolic {
  const kernelSize = pair(options.kernelSize);
  const strides = pair(options.strides ?? 1);
  const [padded, padding] = torchPadding(x, name, kernelSize, strides, pair(options.padding ?? 0));
  const groups = options.groups ?? 1;
  const useBias = options.bias ?? true;
  const layer =
    groups === 1
      ? tf.layers.conv2d({filters: options.filters, kernelSize, strides, padding, useBias, name})
      : new GroupedConv2D({filters: options.filters, kernelSize, strides, padding, groups, useBias, name});
  return layer.apply(padded) as Symbolic;
}

/** `nn.BatchNorm2d(channels, eps)`: PyTorch's default epsilon is 1e-5 (Keras's 1e-3); momentum 0.1 there is 0.9 here. */
export function batchNorm2d(x: Symbolic, name: string, epsilon = 1e-5): Symbolic {
  return tf.layers.batchNormalization({axis: -1, epsilon, momentum: 0.9, name}).apply(x) as Symbolic;
}

/** `nn.ReLU()`. */
export function relu(x: Symbolic, name: string): Symbolic {
  return tf.layers.reLU({name}).apply(x) as Symbolic;
}

/** `torch.sigmoid`. */
export function sigmoid(x: Symbolic, name: string): Symbolic {
  return tf.layers.activation({activation: "sigmoid", name}).apply(x) as Symbolic;
}

/** PyTorch's pooling arguments. */
export interface Pool2dOptions {
  kernelSize: Pair;
  /** PyTorch's default stride is the kernel size. */
  strides?: Pair;
  padding?: Pair;
  /** PyTorch's `ceil_mode`: round the number of windows up, so that a last, partial window is kept. */
  ceilMode?: boolean;
}

/**
 * The zeros PyTorch's `ceil_mode=True` adds after a side of length `n` (beyond `padding`): enough for
 * ⌈(n + 2p − k) / s⌉ + 1 windows, less the last one if it would start in the padding after the input.
 */
export function ceilModeExtra(n: number, kernel: number, stride: number, padding: number): number {
  let windows = Math.ceil((n + 2 * padding - kernel) / stride) + 1;
  if ((windows - 1) * stride >= n + padding) windows -= 1;
  return Math.max((windows - 1) * stride + kernel - (n + 2 * padding), 0);
}

/**
 * `nn.MaxPool2d`. PyTorch pads with -∞; the zeros used here give the same maximum because every max
 * pooling in these models follows a ReLU, whose outputs are never negative. With `ceilMode`, the extra
 * zeros go after the input, in the same `.pad` layer as PyTorch's own padding.
 */
export function maxPool2d(x: Symbolic, name: string, options: Pool2dOptions): Symbolic {
  const poolSize = pair(options.kernelSize);
  const strides = pair(options.strides ?? options.kernelSize);
  const padding = pair(options.padding ?? 0);
  const extra = options.ceilMode
    ? ([0, 1] as const).map((axis) =>
        ceilModeExtra(x.shape[axis + 1] as number, poolSize[axis], strides[axis], padding[axis])
      )
    : [0, 0];
  if (extra[0] === 0 && extra[1] === 0) {
    const [padded, mode] = torchPadding(x, name, poolSize, strides, padding);
    return tf.layers.maxPooling2d({poolSize, strides, padding: mode, name}).apply(padded) as Symbolic;
  }
  const zeros = tf.layers.zeroPadding2d({
    padding: [
      [padding[0], padding[0] + extra[0]],
      [padding[1], padding[1] + extra[1]]
    ],
    name: name + paddingSuffix
  });
  const padded = zeros.apply(x) as Symbolic;
  return tf.layers.maxPooling2d({poolSize, strides, padding: "valid", name}).apply(padded) as Symbolic;
}

/**
 * `nn.AvgPool2d` / `F.avg_pool2d` with PyTorch's default `count_include_pad=True`: padded zeros count in the
 * average, which is what explicit zeros followed by `valid` pooling compute (TensorFlow's `same` would not
 * count them).
 */
export function avgPool2d(x: Symbolic, name: string, options: Pool2dOptions): Symbolic {
  const poolSize = pair(options.kernelSize);
  const strides = pair(options.strides ?? options.kernelSize);
  const padding = pair(options.padding ?? 0);
  const padded =
    padding[0] === 0 && padding[1] === 0
      ? x
      : (tf.layers
          .zeroPadding2d({
            padding: [
              [padding[0], padding[0]],
              [padding[1], padding[1]]
            ],
            name: name + paddingSuffix
          })
          .apply(x) as Symbolic);
  return tf.layers.averagePooling2d({poolSize, strides, padding: "valid", name}).apply(padded) as Symbolic;
}

/** `nn.AdaptiveAvgPool2d(outputSize)`. */
export function adaptiveAvgPool2d(x: Symbolic, name: string, outputSize: Pair): Symbolic {
  return new AdaptiveAveragePooling2D({outputSize: pair(outputSize), name}).apply(x) as Symbolic;
}

/** `nn.Linear(in, units, bias)`; on a `[1, 1, C]` map it acts on the channels, like a 1×1 convolution. */
export function linear(x: Symbolic, name: string, units: number, bias = true): Symbolic {
  return tf.layers.dense({units, useBias: bias, name}).apply(x) as Symbolic;
}

/** `nn.Dropout(rate)`. */
export function dropout(x: Symbolic, name: string, rate: number): Symbolic {
  return tf.layers.dropout({rate, name}).apply(x) as Symbolic;
}

/** `torch.flatten(x, 1)`. The order is height, width, channels here, channels first in PyTorch: a permutation of the next layer's weights. */
export function flatten(x: Symbolic, name: string): Symbolic {
  return tf.layers.flatten({name}).apply(x) as Symbolic;
}

/** `torch.cat(xs, 1)`: along the channels. */
export function concat(xs: Symbolic[], name: string): Symbolic {
  return xs.length === 1 ? xs[0] : (tf.layers.concatenate({axis: -1, name}).apply([...xs]) as Symbolic); // a copy: tfjs keeps the array
}

/** `a + b`. */
export function add(xs: Symbolic[], name: string): Symbolic {
  return tf.layers.add({name}).apply(xs) as Symbolic;
}

/** `a * b`, broadcasting a `[1, 1, C]` factor over the map. */
export function multiply(xs: Symbolic[], name: string): Symbolic {
  return tf.layers.multiply({name}).apply(xs) as Symbolic;
}

/** The number of channels of a channels-last symbolic tensor. */
export function channelsOf(x: Symbolic): number {
  return x.shape[x.shape.length - 1] as number;
}
