import * as tf from "@convlab/tfjs";
import {inBlock} from "./blockNames.js";
import {
  adaptiveAvgPool2d,
  avgPool2d,
  batchNorm2d,
  concat,
  conv2d,
  dropout,
  flatten,
  linear,
  maxPool2d,
  relu,
  type Conv2dOptions
} from "./torchLayers.js";
import {readZooOptions, type ZooOptions} from "./zooOptions.js";

type Symbolic = tf.SymbolicTensor;
type Name = (path: string) => string;

/**
 * torchvision's `BasicConv2d` (Inception v3's and GoogLeNet's alike): a convolution without bias, batch norm
 * (epsilon 0.001), ReLU, named `<path>.conv`, `<path>.bn`, `<path>.relu` (or `conv`, `bn`, `relu` for an empty path).
 */
export function basicConv2d(x: Symbolic, name: Name, path: string, options: Omit<Conv2dOptions, "bias">): Symbolic {
  const prefix = path ? `${path}.` : "";
  x = conv2d(x, name(`${prefix}conv`), {...options, bias: false});
  return relu(batchNorm2d(x, name(`${prefix}bn`), 0.001), name(`${prefix}relu`));
}

/** `InceptionA`: 1×1, 5×5, double 3×3 and pooling branches at 35×35. */
function inceptionA(x: Symbolic, block: string, poolFeatures: number): Symbolic {
  const name = inBlock(block);
  const branch1x1 = basicConv2d(x, name, "branch1x1", {filters: 64, kernelSize: 1});
  let branch5x5 = basicConv2d(x, name, "branch5x5_1", {filters: 48, kernelSize: 1});
  branch5x5 = basicConv2d(branch5x5, name, "branch5x5_2", {filters: 64, kernelSize: 5, padding: 2});
  let branch3x3dbl = basicConv2d(x, name, "branch3x3dbl_1", {filters: 64, kernelSize: 1});
  branch3x3dbl = basicConv2d(branch3x3dbl, name, "branch3x3dbl_2", {filters: 96, kernelSize: 3, padding: 1});
  branch3x3dbl = basicConv2d(branch3x3dbl, name, "branch3x3dbl_3", {filters: 96, kernelSize: 3, padding: 1});
  const pooled = avgPool2d(x, name("avg_pool2d"), {kernelSize: 3, strides: 1, padding: 1});
  const branchPool = basicConv2d(pooled, name, "branch_pool", {filters: poolFeatures, kernelSize: 1});
  return concat([branch1x1, branch5x5, branch3x3dbl, branchPool], name("cat"));
}

/** `InceptionB`: the reduction from 35×35 to 17×17. */
function inceptionB(x: Symbolic, block: string): Symbolic {
  const name = inBlock(block);
  const branch3x3 = basicConv2d(x, name, "branch3x3", {filters: 384, kernelSize: 3, strides: 2});
  let branch3x3dbl = basicConv2d(x, name, "branch3x3dbl_1", {filters: 64, kernelSize: 1});
  branch3x3dbl = basicConv2d(branch3x3dbl, name, "branch3x3dbl_2", {filters: 96, kernelSize: 3, padding: 1});
  branch3x3dbl = basicConv2d(branch3x3dbl, name, "branch3x3dbl_3", {filters: 96, kernelSize: 3, strides: 2});
  const branchPool = maxPool2d(x, name("max_pool2d"), {kernelSize: 3, strides: 2});
  return concat([branch3x3, branch3x3dbl, branchPool], name("cat"));
}

/** `InceptionC`: 7×7 convolutions factorized into 1×7 and 7×1, at 17×17. */
function inceptionC(x: Symbolic, block: string, channels7x7: number): Symbolic {
  const name = inBlock(block);
  const c7 = channels7x7;
  const branch1x1 = basicConv2d(x, name, "branch1x1", {filters: 192, kernelSize: 1});
  let branch7x7 = basicConv2d(x, name, "branch7x7_1", {filters: c7, kernelSize: 1});
  branch7x7 = basicConv2d(branch7x7, name, "branch7x7_2", {filters: c7, kernelSize: [1, 7], padding: [0, 3]});
  branch7x7 = basicConv2d(branch7x7, name, "branch7x7_3", {filters: 192, kernelSize: [7, 1], padding: [3, 0]});
  let branch7x7dbl = basicConv2d(x, name, "branch7x7dbl_1", {filters: c7, kernelSize: 1});
  branch7x7dbl = basicConv2d(branch7x7dbl, name, "branch7x7dbl_2", {filters: c7, kernelSize: [7, 1], padding: [3, 0]});
  branch7x7dbl = basicConv2d(branch7x7dbl, name, "branch7x7dbl_3", {filters: c7, kernelSize: [1, 7], padding: [0, 3]});
  branch7x7dbl = basicConv2d(branch7x7dbl, name, "branch7x7dbl_4", {filters: c7, kernelSize: [7, 1], padding: [3, 0]});
  branch7x7dbl = basicConv2d(branch7x7dbl, name, "branch7x7dbl_5", {filters: 192, kernelSize: [1, 7], padding: [0, 3]});
  const pooled = avgPool2d(x, name("avg_pool2d"), {kernelSize: 3, strides: 1, padding: 1});
  const branchPool = basicConv2d(pooled, name, "branch_pool", {filters: 192, kernelSize: 1});
  return concat([branch1x1, branch7x7, branch7x7dbl, branchPool], name("cat"));
}

/** `InceptionD`: the reduction from 17×17 to 8×8. */
function inceptionD(x: Symbolic, block: string): Symbolic {
  const name = inBlock(block);
  let branch3x3 = basicConv2d(x, name, "branch3x3_1", {filters: 192, kernelSize: 1});
  branch3x3 = basicConv2d(branch3x3, name, "branch3x3_2", {filters: 320, kernelSize: 3, strides: 2});
  let branch7x7x3 = basicConv2d(x, name, "branch7x7x3_1", {filters: 192, kernelSize: 1});
  branch7x7x3 = basicConv2d(branch7x7x3, name, "branch7x7x3_2", {filters: 192, kernelSize: [1, 7], padding: [0, 3]});
  branch7x7x3 = basicConv2d(branch7x7x3, name, "branch7x7x3_3", {filters: 192, kernelSize: [7, 1], padding: [3, 0]});
  branch7x7x3 = basicConv2d(branch7x7x3, name, "branch7x7x3_4", {filters: 192, kernelSize: 3, strides: 2});
  const branchPool = maxPool2d(x, name("max_pool2d"), {kernelSize: 3, strides: 2});
  return concat([branch3x3, branch7x7x3, branchPool], name("cat"));
}

/** `InceptionE`: 3×3 convolutions split into parallel 1×3 and 3×1, at 8×8. */
function inceptionE(x: Symbolic, block: string): Symbolic {
  const name = inBlock(block);
  const branch1x1 = basicConv2d(x, name, "branch1x1", {filters: 320, kernelSize: 1});
  const branch3x3In = basicConv2d(x, name, "branch3x3_1", {filters: 384, kernelSize: 1});
  const branch3x3 = concat(
    [
      basicConv2d(branch3x3In, name, "branch3x3_2a", {filters: 384, kernelSize: [1, 3], padding: [0, 1]}),
      basicConv2d(branch3x3In, name, "branch3x3_2b", {filters: 384, kernelSize: [3, 1], padding: [1, 0]})
    ],
    name("branch3x3_cat")
  );
  let branch3x3dblIn = basicConv2d(x, name, "branch3x3dbl_1", {filters: 448, kernelSize: 1});
  branch3x3dblIn = basicConv2d(branch3x3dblIn, name, "branch3x3dbl_2", {filters: 384, kernelSize: 3, padding: 1});
  const branch3x3dbl = concat(
    [
      basicConv2d(branch3x3dblIn, name, "branch3x3dbl_3a", {filters: 384, kernelSize: [1, 3], padding: [0, 1]}),
      basicConv2d(branch3x3dblIn, name, "branch3x3dbl_3b", {filters: 384, kernelSize: [3, 1], padding: [1, 0]})
    ],
    name("branch3x3dbl_cat")
  );
  const pooled = avgPool2d(x, name("avg_pool2d"), {kernelSize: 3, strides: 1, padding: 1});
  const branchPool = basicConv2d(pooled, name, "branch_pool", {filters: 192, kernelSize: 1});
  return concat([branch1x1, branch3x3, branch3x3dbl, branchPool], name("cat"));
}

/** `InceptionAux`: the auxiliary classifier on the 17×17 maps, used while training. */
function inceptionAux(x: Symbolic, block: string, numClasses: number): Symbolic {
  const name = inBlock(block);
  x = avgPool2d(x, name("avg_pool2d"), {kernelSize: 5, strides: 3});
  x = basicConv2d(x, name, "conv0", {filters: 128, kernelSize: 1});
  x = basicConv2d(x, name, "conv1", {filters: 768, kernelSize: 5});
  x = flatten(adaptiveAvgPool2d(x, name("adaptive_avg_pool2d"), 1), name("flatten"));
  return linear(x, name("fc"), numClasses);
}

/**
 * torchvision's `inception_v3(aux_logits=True)` on 299×299 images. The model has two outputs, as in
 * training mode: the logits and the auxiliary classifier's logits.
 */
export function inceptionV3(options?: ZooOptions): tf.LayersModel {
  const {numClasses} = readZooOptions(options);
  const input = tf.input({shape: [299, 299, 3], name: "input"});
  let x = basicConv2d(input, inBlock("Conv2d_1a_3x3"), "", {filters: 32, kernelSize: 3, strides: 2});
  x = basicConv2d(x, inBlock("Conv2d_2a_3x3"), "", {filters: 32, kernelSize: 3});
  x = basicConv2d(x, inBlock("Conv2d_2b_3x3"), "", {filters: 64, kernelSize: 3, padding: 1});
  x = maxPool2d(x, "maxpool1", {kernelSize: 3, strides: 2});
  x = basicConv2d(x, inBlock("Conv2d_3b_1x1"), "", {filters: 80, kernelSize: 1});
  x = basicConv2d(x, inBlock("Conv2d_4a_3x3"), "", {filters: 192, kernelSize: 3});
  x = maxPool2d(x, "maxpool2", {kernelSize: 3, strides: 2});
  x = inceptionA(x, "Mixed_5b", 32);
  x = inceptionA(x, "Mixed_5c", 64);
  x = inceptionA(x, "Mixed_5d", 64);
  x = inceptionB(x, "Mixed_6a");
  x = inceptionC(x, "Mixed_6b", 128);
  x = inceptionC(x, "Mixed_6c", 160);
  x = inceptionC(x, "Mixed_6d", 160);
  x = inceptionC(x, "Mixed_6e", 192);
  const aux = inceptionAux(x, "AuxLogits", numClasses);
  x = inceptionD(x, "Mixed_7a");
  x = inceptionE(x, "Mixed_7b");
  x = inceptionE(x, "Mixed_7c");
  x = dropout(adaptiveAvgPool2d(x, "avgpool", 1), "dropout", 0.5);
  const logits = linear(flatten(x, "flatten"), "fc", numClasses);
  return tf.model({inputs: input, outputs: [logits, aux], name: "inception_v3"});
}
