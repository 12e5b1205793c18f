import * as tf from "@convlab/tfjs";
import {
  blockSpecLimits,
  denseNetGrowthRate,
  maxBlocksPerRequest,
  type BlockFacts,
  type BlockSpec
} from "./blockSpec.js";
import {denseBlock} from "./densenet.js";
import {describeModel} from "./describeModel.js";
import {countModel} from "./modelCounts.js";
import {basicBlock, bottleneck} from "./resnet.js";
import {withoutRandomWeights} from "./withoutRandomWeights.js";

function checkedCount(value: unknown, name: keyof typeof blockSpecLimits): number {
  const max = blockSpecLimits[name];
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max)
    throw new RangeError(`${name} must be a whole number from 1 to ${max}, not ${String(value).slice(0, 40)}`);
  return value as number;
}

/** The block's builder, once every number of `spec` is checked against {@link blockSpecLimits}. */
function builderOf(spec: BlockSpec): (x: tf.SymbolicTensor) => tf.SymbolicTensor {
  switch (spec.kind) {
    case "basic": {
      const planes = checkedCount(spec.planes, "planes");
      return (x) => basicBlock(x, "basic", {planes});
    }
    case "bottleneck": {
      const planes = checkedCount(spec.planes, "planes");
      const groups = checkedCount(spec.groups ?? 1, "groups");
      const widthPerGroup = checkedCount(spec.widthPerGroup ?? 64, "widthPerGroup");
      return (x) => bottleneck(x, "block", {planes, groups, widthPerGroup});
    }
    case "dense": {
      const layers = checkedCount(spec.layers, "layers");
      const growthRate = checkedCount(spec.growthRate ?? denseNetGrowthRate, "growthRate");
      return (x) => denseBlock(x, "features.denseblock1", {layers, growthRate});
    }
    default:
      throw new RangeError(`unknown block kind ${String((spec as {kind: unknown}).kind).slice(0, 40)}`);
  }
}

/**
 * Builds one block with the zoo's own code on a `side`×`side`×`channels` map and counts it; the model is
 * disposed before returning. Plain numbers and strings, so the compute worker can answer with them.
 */
export function blockFacts(spec: BlockSpec): BlockFacts {
  const build = builderOf(spec);
  const [side, channels] = Array.isArray(spec.input) ? spec.input : [];
  const shape = [checkedCount(side, "side"), checkedCount(side, "side"), checkedCount(channels, "channels")];
  const model = withoutRandomWeights(() => {
    const input = tf.input({shape, name: "input"});
    return tf.model({inputs: input, outputs: build(input)});
  });
  try {
    const {parameters, macs} = countModel(model);
    const layers = describeModel(model).stages.flatMap((stage) => stage.blocks.flatMap((block) => block.layers));
    const convolutions = layers
      .filter((layer) => layer.kind === "conv" && !layer.name.includes("downsample"))
      .map((layer) => ({
        label: layer.label,
        weights: layer.params,
        className: model.getLayer(layer.name).getClassName()
      }));
    return {
      parameters,
      macs,
      convolutionWeights: convolutions.reduce((sum, layer) => sum + layer.weights, 0),
      convolutions,
      shape: model.outputs[0].shape.slice(1) as number[],
      concatenated: layers.filter((layer) => layer.kind === "cat").map((layer) => layer.inputs.length)
    };
  } finally {
    model.dispose();
  }
}

/** {@link blockFacts} of each block, for one table; a list that is not one, or is too long, is refused. */
export function blockFactsOfEach(specs: readonly BlockSpec[]): BlockFacts[] {
  if (!Array.isArray(specs) || specs.length > maxBlocksPerRequest)
    throw new RangeError(`a request may ask for 0 to ${maxBlocksPerRequest} blocks`);
  return specs.map(blockFacts);
}
