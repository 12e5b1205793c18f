import * as tf from "@convlab/tfjs";
import {inBlock} from "./blockNames.js";
import {squeezeExcitation} from "./squeezeExcitation.js";
import {
  adaptiveAvgPool2d,
  add,
  avgPool2d,
  batchNorm2d,
  channelsOf,
  conv2d,
  flatten,
  linear,
  maxPool2d,
  relu
} from "./torchLayers.js";
import {readZooOptions, type ZooOptions} from "./zooOptions.js";

type Symbolic = tf.SymbolicTensor;

/** What distinguishes ResNet, ResNeXt and their SE variants: the bottleneck's grouped width, and the SE unit. */
export interface BottleneckOptions {
  /** torchvision's `planes`: the block outputs 4 × planes channels. */
  planes: number;
  /** The stride of the 3×3 convolution (torchvision's ResNet v1.5) and of the shortcut's projection. */
  strides?: number;
  /** Cardinality: the number of groups of the 3×3 convolution (1 for ResNet, 32 for ResNeXt-50 32×4d). */
  groups?: number;
  /** Channels per group at planes = 64 (64 for ResNet, 4 for ResNeXt 32×4d). */
  widthPerGroup?: number;
  /** Add a squeeze-and-excitation unit after the last batch norm, before the addition. */
  squeezeExcitation?: boolean;
  /**
   * Which convolution carries the stride: `conv2`, the 3×3 (torchvision's ResNet v1.5, the default), or
   * `conv1`, the first 1×1 (the original ResNet, and the lecture's Keras ResNet-50).
   */
  strideOn?: "conv1" | "conv2";
}

/** The bottleneck's expansion: its output has 4 × planes channels. */
export const bottleneckExpansion = 4;

/**
 * torchvision's `Bottleneck` as layers named `<block>/conv1` … `<block>/relu3`: 1×1 convolution to `width`
 * channels, 3×3 (grouped) convolution, 1×1 convolution to 4 × planes channels, each followed by batch norm;
 * the shortcut is the input, or a strided 1×1 convolution and batch norm (`downsample`) when the shape changes.
 * `width = floor(planes · widthPerGroup / 64) · groups`.
 */
export function bottleneck(x: Symbolic, block: string, options: BottleneckOptions): Symbolic {
  const name = inBlock(block);
  const {planes, strides = 1, groups = 1, widthPerGroup = 64, strideOn = "conv2"} = options;
  const [stride1, stride2] = strideOn === "conv1" ? [strides, 1] : [1, strides];
  const width = Math.floor((planes * widthPerGroup) / 64) * groups;
  const outputs = planes * bottleneckExpansion;
  let out = relu(
    batchNorm2d(conv2d(x, name("conv1"), {filters: width, kernelSize: 1, strides: stride1, bias: false}), name("bn1")),
    name("relu1")
  );
  out = conv2d(out, name("conv2"), {filters: width, kernelSize: 3, strides: stride2, padding: 1, groups, bias: false});
  out = relu(batchNorm2d(out, name("bn2")), name("relu2"));
  out = batchNorm2d(conv2d(out, name("conv3"), {filters: outputs, kernelSize: 1, bias: false}), name("bn3"));
  if (options.squeezeExcitation) out = squeezeExcitation(out, (path) => name(`se.${path}`));
  let identity = x;
  if (strides !== 1 || channelsOf(x) !== outputs) {
    identity = conv2d(x, name("downsample.0"), {filters: outputs, kernelSize: 1, strides, bias: false});
    identity = batchNorm2d(identity, name("downsample.1"));
  }
  return relu(add([out, identity], name("add")), name("relu3"));
}

/** What a basic block needs: its output channels (torchvision's `planes`, expansion 1) and stride. */
export interface BasicBlockOptions {
  planes: number;
  /** The stride of the first 3×3 convolution and of the shortcut's projection. */
  strides?: number;
}

/** The basic block's expansion: its output has `planes` channels. */
export const basicBlockExpansion = 1;

/**
 * torchvision's `BasicBlock` as layers named `<block>/conv1` … `<block>/relu2`: two 3×3 convolutions to
 * `planes` channels, each followed by batch norm, the first by ReLU too; the shortcut is the input, or a
 * strided 1×1 convolution and batch norm (`downsample`) when the shape changes. ResNet-18 and ResNet-34.
 */
export function basicBlock(x: Symbolic, block: string, options: BasicBlockOptions): Symbolic {
  const name = inBlock(block);
  const {planes, strides = 1} = options;
  let out = conv2d(x, name("conv1"), {filters: planes, kernelSize: 3, strides, padding: 1, bias: false});
  out = relu(batchNorm2d(out, name("bn1")), name("relu1"));
  out = batchNorm2d(conv2d(out, name("conv2"), {filters: planes, kernelSize: 3, padding: 1, bias: false}), name("bn2"));
  let identity = x;
  if (strides !== 1 || channelsOf(x) !== planes * basicBlockExpansion) {
    identity = conv2d(x, name("downsample.0"), {filters: planes, kernelSize: 1, strides, bias: false});
    identity = batchNorm2d(identity, name("downsample.1"));
  }
  return relu(add([out, identity], name("add")), name("relu2"));
}

/** A ResNet family member: its block, blocks per stage, and the bottleneck's options. */
interface ResNetConfig {
  name: string;
  /** torchvision's `BasicBlock` (ResNet-18, 34) or `Bottleneck` (ResNet-50 and deeper, ResNeXt); bottleneck by default. */
  block?: "basic" | "bottleneck";
  layers: readonly [number, number, number, number];
  groups?: number;
  widthPerGroup?: number;
  squeezeExcitation?: boolean;
}

/** torchvision's `ResNet(block, layers, groups, width_per_group)`: 7×7 stem, max pooling, four stages, global average pooling. */
function resnet(config: ResNetConfig, options?: ZooOptions): tf.LayersModel {
  const {numClasses} = readZooOptions(options);
  const input = tf.input({shape: [224, 224, 3], name: "input"});
  let x = conv2d(input, "conv1", {filters: 64, kernelSize: 7, strides: 2, padding: 3, bias: false});
  x = relu(batchNorm2d(x, "bn1"), "relu");
  x = maxPool2d(x, "maxpool", {kernelSize: 3, strides: 2, padding: 1});
  config.layers.forEach((blocks, stage) => {
    for (let i = 0; i < blocks; ++i) {
      const [name, planes, strides] = [`layer${stage + 1}.${i}`, 64 * 2 ** stage, i === 0 && stage > 0 ? 2 : 1];
      x =
        config.block === "basic"
          ? basicBlock(x, name, {planes, strides})
          : bottleneck(x, name, {
              planes,
              strides,
              groups: config.groups,
              widthPerGroup: config.widthPerGroup,
              squeezeExcitation: config.squeezeExcitation
            });
    }
  });
  x = flatten(adaptiveAvgPool2d(x, "avgpool", 1), "flatten");
  return tf.model({inputs: input, outputs: linear(x, "fc", numClasses), name: config.name});
}

/** torchvision's `resnet18()`: 2, 2, 2 and 2 basic blocks. */
export const resnet18 = (options?: ZooOptions) =>
  resnet({name: "resnet18", block: "basic", layers: [2, 2, 2, 2]}, options);
/** torchvision's `resnet34()`: 3, 4, 6 and 3 basic blocks. */
export const resnet34 = (options?: ZooOptions) =>
  resnet({name: "resnet34", block: "basic", layers: [3, 4, 6, 3]}, options);
/** torchvision's `resnet50()`: 3, 4, 6 and 3 bottlenecks. */
export const resnet50 = (options?: ZooOptions) => resnet({name: "resnet50", layers: [3, 4, 6, 3]}, options);
/** torchvision's `resnet101()`: 3, 4, 23 and 3 bottlenecks. */
export const resnet101 = (options?: ZooOptions) => resnet({name: "resnet101", layers: [3, 4, 23, 3]}, options);
/** torchvision's `resnext50_32x4d()`: ResNet-50 whose 3×3 convolutions have 32 groups of 4 channels (at planes 64). */
export const resnext50_32x4d = (options?: ZooOptions) =>
  resnet({name: "resnext50_32x4d", layers: [3, 4, 6, 3], groups: 32, widthPerGroup: 4}, options);
/** SE-ResNet-50: ResNet-50 with an SE unit (reduction 16) in every bottleneck. Not in torchvision. */
export const seResnet50 = (options?: ZooOptions) =>
  resnet({name: "se_resnet50", layers: [3, 4, 6, 3], squeezeExcitation: true}, options);
/** SE-ResNeXt-50 (32×4d): ResNeXt-50 with an SE unit (reduction 16) in every bottleneck. Not in torchvision. */
export const seResnext50_32x4d = (options?: ZooOptions) =>
  resnet(
    {name: "se_resnext50_32x4d", layers: [3, 4, 6, 3], groups: 32, widthPerGroup: 4, squeezeExcitation: true},
    options
  );

/**
 * The lecture's ResNet-50 (Keras, ResNet v1) in the zoo's layers, for its shapes: zero padding 3, a 7×7
 * convolution with stride 2, 3×3 max pooling with stride 2 (no padding), the four stages of bottlenecks with
 * the stride on their first 1×1 convolution (stage 2 with stride 1), 2×2 average pooling, a dense layer. On
 * 64×64 images its maps go 64 → 70 → 32 → 15 → 15 → 8 → 4 → 2 → 1. Unlike the lecture's, its convolutions
 * have no bias, so its parameter counts differ; its shapes do not.
 */
export function lectureResnet50(inputShape: [number, number, number] = [64, 64, 3], classes = 6): tf.LayersModel {
  const input = tf.input({shape: inputShape, name: "input"});
  let x = conv2d(input, "conv1", {filters: 64, kernelSize: 7, strides: 2, padding: 3});
  x = relu(batchNorm2d(x, "bn1"), "relu");
  x = maxPool2d(x, "maxpool", {kernelSize: 3, strides: 2});
  [3, 4, 6, 3].forEach((blocks, stage) => {
    for (let i = 0; i < blocks; ++i) {
      const strides = i === 0 && stage > 0 ? 2 : 1;
      x = bottleneck(x, `layer${stage + 1}.${i}`, {planes: 64 * 2 ** stage, strides, strideOn: "conv1"});
    }
  });
  x = flatten(avgPool2d(x, "avgpool", {kernelSize: 2}), "flatten");
  return tf.model({inputs: input, outputs: linear(x, "fc", classes), name: "lecture_resnet50"});
}
