import * as tf from "@convlab/tfjs";
import {inBlock} from "./blockNames.js";
import {denseNetGrowthRate} from "./blockSpec.js";
import {
  adaptiveAvgPool2d,
  avgPool2d,
  batchNorm2d,
  concat,
  conv2d,
  flatten,
  linear,
  maxPool2d,
  relu
} from "./torchLayers.js";
import {readZooOptions, type ZooOptions} from "./zooOptions.js";

type Symbolic = tf.SymbolicTensor;

export {denseNetGrowthRate};

/** torchvision's DenseNet-BC settings (growth rate 32, bottleneck width 4 × 32, 64 initial features). */
const bottleneckSize = 4;
const initialFeatures = 64;

/**
 * `_DenseLayer`: batch norm, ReLU, 1×1 convolution to 4 × `growthRate` channels (128), batch norm, ReLU, 3×3
 * convolution to `growthRate` new channels. Its input is the concatenation of the block's input and every
 * earlier layer's output, as in torchvision (`torch.cat(inputs, 1)` at the start of the layer).
 */
function denseLayer(features: Symbolic[], block: string, growthRate: number): Symbolic {
  const name = inBlock(block);
  let x = concat(features, name("cat"));
  x = conv2d(relu(batchNorm2d(x, name("norm1")), name("relu1")), name("conv1"), {
    filters: bottleneckSize * growthRate,
    kernelSize: 1,
    bias: false
  });
  x = conv2d(relu(batchNorm2d(x, name("norm2")), name("relu2")), name("conv2"), {
    filters: growthRate,
    kernelSize: 3,
    padding: 1,
    bias: false
  });
  return x;
}

/**
 * `_DenseBlock`: `layers` dense layers, layer ℓ taking the block's input and the ℓ − 1 outputs before it;
 * the block's output concatenates them all, `channels + layers · growthRate` channels, named `<block>/cat`.
 */
export function denseBlock(
  x: Symbolic,
  block: string,
  {layers, growthRate = denseNetGrowthRate}: {layers: number; growthRate?: number}
): Symbolic {
  const features = [x];
  for (let j = 1; j <= layers; ++j) features.push(denseLayer(features, `${block}.denselayer${j}`, growthRate));
  return concat(features, inBlock(block)("cat"));
}

/** `_Transition`: batch norm, ReLU, 1×1 convolution halving the channels, 2×2 average pooling. */
function transition(x: Symbolic, block: string, outputFeatures: number): Symbolic {
  const name = inBlock(block);
  x = relu(batchNorm2d(x, name("norm")), name("relu"));
  x = conv2d(x, name("conv"), {filters: outputFeatures, kernelSize: 1, bias: false});
  return avgPool2d(x, name("pool"), {kernelSize: 2, strides: 2});
}

/** torchvision's `DenseNet(growth_rate=32, block_config, num_init_features=64)`. */
function densenet(blockConfig: readonly number[], modelName: string, options?: ZooOptions): tf.LayersModel {
  const {numClasses} = readZooOptions(options);
  const input = tf.input({shape: [224, 224, 3], name: "input"});
  let x = conv2d(input, "features.conv0", {
    filters: initialFeatures,
    kernelSize: 7,
    strides: 2,
    padding: 3,
    bias: false
  });
  x = relu(batchNorm2d(x, "features.norm0"), "features.relu0");
  x = maxPool2d(x, "features.pool0", {kernelSize: 3, strides: 2, padding: 1});
  let channels = initialFeatures;
  blockConfig.forEach((layers, i) => {
    x = denseBlock(x, `features.denseblock${i + 1}`, {layers});
    channels += layers * denseNetGrowthRate;
    if (i < blockConfig.length - 1) {
      channels = Math.floor(channels / 2);
      x = transition(x, `features.transition${i + 1}`, channels);
    }
  });
  x = relu(batchNorm2d(x, "features.norm5"), "relu");
  x = flatten(adaptiveAvgPool2d(x, "adaptive_avg_pool2d", 1), "flatten");
  const output = linear(x, "classifier", numClasses);
  return tf.model({inputs: input, outputs: output, name: modelName});
}

/** torchvision's `densenet121()`: dense blocks of 6, 12, 24 and 16 layers. */
export const densenet121 = (options?: ZooOptions) => densenet([6, 12, 24, 16], "densenet121", options);
/** torchvision's `densenet201()`: dense blocks of 6, 12, 48 and 32 layers. */
export const densenet201 = (options?: ZooOptions) => densenet([6, 12, 48, 32], "densenet201", options);
