import * as tf from "@convlab/tfjs";
import {inBlock} from "./blockNames.js";
import {basicConv2d} from "./inceptionV3.js";
import {adaptiveAvgPool2d, concat, dropout, flatten, linear, maxPool2d} from "./torchLayers.js";
import {readZooOptions, type ZooOptions} from "./zooOptions.js";

type Symbolic = tf.SymbolicTensor;

/** The channels of an Inception v1 module's branches, in torchvision's (and the paper's table's) order. */
export interface InceptionV1Channels {
  /** Branch 1: the 1×1 convolution. */
  ch1x1: number;
  /** Branch 2: the 1×1 reduction, then the 3×3 convolution. */
  ch3x3red: number;
  ch3x3: number;
  /** Branch 3: the 1×1 reduction, then the paper's 5×5 convolution, a 3×3 one in torchvision. */
  ch5x5red: number;
  ch5x5: number;
  /** Branch 4: 3×3 max pooling, then a 1×1 projection. */
  poolProj: number;
}

/**
 * torchvision's `Inception` module of GoogLeNet: four branches on the same input, concatenated along the
 * channels. Every convolution is a `BasicConv2d` (with batch norm, which the 2014 paper did not have). The
 * third branch's large kernel is 3×3 in torchvision, where the paper has 5×5: torchvision's source calls it
 * a known bug (pytorch/vision issue 906) and keeps it; the zoo follows torchvision.
 */
export function inceptionV1Module(x: Symbolic, block: string, channels: InceptionV1Channels): Symbolic {
  const name = inBlock(block);
  const branch1 = basicConv2d(x, name, "branch1", {filters: channels.ch1x1, kernelSize: 1});
  let branch2 = basicConv2d(x, name, "branch2.0", {filters: channels.ch3x3red, kernelSize: 1});
  branch2 = basicConv2d(branch2, name, "branch2.1", {filters: channels.ch3x3, kernelSize: 3, padding: 1});
  let branch3 = basicConv2d(x, name, "branch3.0", {filters: channels.ch5x5red, kernelSize: 1});
  branch3 = basicConv2d(branch3, name, "branch3.1", {filters: channels.ch5x5, kernelSize: 3, padding: 1});
  const pooled = maxPool2d(x, name("branch4.0"), {kernelSize: 3, strides: 1, padding: 1, ceilMode: true});
  const branch4 = basicConv2d(pooled, name, "branch4.1", {filters: channels.poolProj, kernelSize: 1});
  return concat([branch1, branch2, branch3, branch4], name("cat"));
}

/** The nine modules of GoogLeNet: [name, 1×1, 3×3 reduce, 3×3, 5×5 reduce, 5×5, pool proj]. */
const modules: ReadonlyArray<readonly [string, number, number, number, number, number, number]> = [
  ["inception3a", 64, 96, 128, 16, 32, 32],
  ["inception3b", 128, 128, 192, 32, 96, 64],
  ["inception4a", 192, 96, 208, 16, 48, 64],
  ["inception4b", 160, 112, 224, 24, 64, 64],
  ["inception4c", 128, 128, 256, 24, 64, 64],
  ["inception4d", 112, 144, 288, 32, 64, 64],
  ["inception4e", 256, 160, 320, 32, 128, 128],
  ["inception5a", 256, 160, 320, 32, 128, 128],
  ["inception5b", 384, 192, 384, 48, 128, 128]
];

/** The max pooling that follows a module (and halves the map), after inception3b and inception4e. */
const poolingAfter: Readonly<Record<string, [string, number]>> = {
  inception3b: ["maxpool3", 3],
  inception4e: ["maxpool4", 2]
};

/**
 * torchvision's `googlenet(aux_logits=False)` (Inception v1) on 224×224 images: a stem of three
 * `BasicConv2d` and two max poolings, nine Inception modules with max pooling after the second and the
 * seventh, global average pooling, dropout 0.2 and one fully connected layer. Its max poolings round the
 * number of windows up (`ceil_mode=True`): 112 → 56 → 28 → 14 → 7. Without the two auxiliary classifiers,
 * as torchvision's pretrained model.
 */
export function googlenet(options?: ZooOptions): tf.LayersModel {
  const {numClasses} = readZooOptions(options);
  const input = tf.input({shape: [224, 224, 3], name: "input"});
  let x = basicConv2d(input, inBlock("conv1"), "", {filters: 64, kernelSize: 7, strides: 2, padding: 3});
  x = maxPool2d(x, "maxpool1", {kernelSize: 3, strides: 2, ceilMode: true});
  x = basicConv2d(x, inBlock("conv2"), "", {filters: 64, kernelSize: 1});
  x = basicConv2d(x, inBlock("conv3"), "", {filters: 192, kernelSize: 3, padding: 1});
  x = maxPool2d(x, "maxpool2", {kernelSize: 3, strides: 2, ceilMode: true});
  for (const [block, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, poolProj] of modules) {
    x = inceptionV1Module(x, block, {ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, poolProj});
    const pooling = poolingAfter[block];
    if (pooling) x = maxPool2d(x, pooling[0], {kernelSize: pooling[1], strides: 2, ceilMode: true});
  }
  x = flatten(adaptiveAvgPool2d(x, "avgpool", 1), "flatten");
  x = dropout(x, "dropout", 0.2);
  return tf.model({inputs: input, outputs: linear(x, "fc", numClasses), name: "googlenet"});
}
