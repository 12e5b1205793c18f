import type * as tf from "@convlab/tfjs";
import {splitLayerName} from "./blockNames.js";
import {
  configOf,
  multiplyAccumulates,
  outputShapeOf,
  paddingLayerOf,
  trainableParameters,
  windowOf
} from "./layerGeometry.js";
import {countModel} from "./modelCounts.js";
import {paddingSuffix} from "./torchLayers.js";

/** One layer in a diagram. Zero padding is folded into the layer it pads. */
export interface DiagramLayer {
  /** The layer's name in the model (`layer1.0/conv2`). */
  name: string;
  /** `input`, `conv`, `bn`, `relu`, `sigmoid`, `maxpool`, `avgpool`, `adaptiveavgpool`, `linear`, `dropout`, `flatten`, `cat`, `add`, `scale`. */
  kind: string;
  /** What the layer does, in PyTorch's terms: `conv 3×3 /2 p1 → 128, 32 groups`. */
  label: string;
  /** Output shape, channels last, without the batch dimension. */
  shape: number[];
  params: number;
  macs: number;
  /** Names of the layers whose outputs this one takes. */
  inputs: string[];
}

/** A building block (a bottleneck, an Inception module, a dense layer), or a run of layers outside any block. */
export interface DiagramBlock {
  name: string;
  layers: DiagramLayer[];
  /** The output shape of its last layer. */
  shape: number[];
  params: number;
  macs: number;
}

/** Consecutive blocks whose outputs have the same spatial size (or are all vectors). */
export interface DiagramStage {
  /** The output shape of its last block. */
  shape: number[];
  blocks: DiagramBlock[];
}

/** A model as the survey's page shows it: counts, and its layers grouped into blocks and stages for a diagram. */
export interface ModelDescription {
  name: string;
  inputShape: number[];
  outputShapes: number[][];
  parameters: number;
  nonTrainableParameters: number;
  macs: number;
  /** Bytes of float32 weights, trainable or not. */
  weightBytes: number;
  stages: DiagramStage[];
}

const kinds: Record<string, string> = {
  InputLayer: "input",
  Conv2D: "conv",
  GroupedConv2D: "conv",
  BatchNormalization: "bn",
  ReLU: "relu",
  MaxPooling2D: "maxpool",
  AveragePooling2D: "avgpool",
  AdaptiveAveragePooling2D: "adaptiveavgpool",
  Dense: "linear",
  Dropout: "dropout",
  Flatten: "flatten",
  Concatenate: "cat",
  Add: "add",
  Multiply: "scale"
};

const times = (pair: number[]) => pair.join("×");

/** A short PyTorch-flavoured label: kernel, stride, padding, channels. */
function labelOf(layer: tf.layers.Layer, kind: string, shape: number[]): string {
  const config = configOf(layer);
  const window = () => {
    const {kernel, strides, padding} = windowOf(layer);
    const stride =
      strides[0] === 1 && strides[1] === 1 ? "" : ` /${strides[0] === strides[1] ? strides[0] : times(strides)}`;
    const pad =
      padding[0] === 0 && padding[1] === 0 ? "" : ` p${padding[0] === padding[1] ? padding[0] : times(padding)}`;
    return `${times(kernel)}${stride}${pad}`;
  };
  switch (kind) {
    case "conv": {
      const groups = (config.groups as number | undefined) ?? 1;
      return `conv ${window()} → ${config.filters}${groups > 1 ? `, ${groups} groups` : ""}`;
    }
    case "maxpool":
    case "avgpool":
      return `${kind} ${window()}`;
    case "adaptiveavgpool":
      return `adaptive avgpool → ${times(shape.slice(0, 2))}`;
    case "linear":
      return `linear → ${config.units}`;
    case "dropout":
      return `dropout ${config.rate}`;
    case "bn":
      return "batch norm";
    case "relu":
      return "ReLU";
    case "sigmoid":
      return "sigmoid";
    case "cat":
      return `cat → ${shape.at(-1)}`;
    case "add":
      return "+";
    case "scale":
      return "× channel weights";
    case "input":
      return `input ${times(shape)}`;
    default:
      return kind;
  }
}

const isPadding = (layer: tf.layers.Layer) =>
  layer.getClassName() === "ZeroPadding2D" && layer.name.endsWith(paddingSuffix);
const spatialKey = (shape: number[]) => (shape.length === 3 ? times(shape.slice(0, 2)) : "vector");

/** Describes a model for the survey: counts, and layers grouped by block (from the layer names) and stage (from the output sizes). */
export function describeModel(model: tf.LayersModel): ModelDescription {
  const layers = [...model.layers].sort((a, b) => a.id - b.id).filter((layer) => !isPadding(layer));
  const blocks: DiagramBlock[] = [];
  const byName = new Map<string, DiagramBlock>();
  let openRun: DiagramBlock | undefined; // consecutive layers outside any block, at one spatial size
  for (const layer of layers) {
    const className = layer.getClassName();
    const kind = className === "Activation" ? String(configOf(layer).activation) : (kinds[className] ?? className);
    const shape = outputShapeOf(layer);
    const padding = paddingLayerOf(layer);
    const inbound = (padding ?? layer).inboundNodes[0]?.inboundLayers ?? [];
    const entry: DiagramLayer = {
      name: layer.name,
      kind,
      label: labelOf(layer, kind, shape),
      shape,
      params: trainableParameters(layer),
      macs: multiplyAccumulates(layer),
      inputs: kind === "input" ? [] : inbound.map((source) => source.name) // a padded layer's inputs are its padding's
    };
    const {block} = splitLayerName(layer.name);
    let target: DiagramBlock | undefined;
    if (block) {
      openRun = undefined;
      target = byName.get(block);
      if (!target) byName.set(block, (target = {name: block, layers: [], shape, params: 0, macs: 0}));
    } else {
      if (!openRun || spatialKey(openRun.shape) !== spatialKey(shape))
        openRun = {name: layer.name, layers: [], shape, params: 0, macs: 0};
      target = openRun;
      if (target.layers.length > 0) target.name = `${target.layers[0].name} … ${layer.name}`;
    }
    if (target.layers.length === 0) blocks.push(target);
    target.layers.push(entry);
    target.shape = shape;
    target.params += entry.params;
    target.macs += entry.macs;
  }
  const stages: DiagramStage[] = [];
  for (const block of blocks) {
    const last = stages.at(-1);
    if (last && spatialKey(last.shape) === spatialKey(block.shape)) {
      last.blocks.push(block);
      last.shape = block.shape;
    } else {
      stages.push({shape: block.shape, blocks: [block]});
    }
  }
  const counts = countModel(model);
  const shapes = model.outputs.map((output) => output.shape.slice(1) as number[]);
  return {
    name: model.name,
    inputShape: model.inputs[0].shape.slice(1) as number[],
    outputShapes: shapes,
    ...counts,
    weightBytes: 4 * (counts.parameters + counts.nonTrainableParameters),
    stages
  };
}
