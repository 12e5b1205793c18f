import * as tf from "@convlab/tfjs";
import {formatCount, formatLarge, type Lang, zooExplorerMessages as messages} from "../i18n/index.js";
import {denseBlock, denseNetGrowthRate} from "../models/zoo/densenet.js";
import {describeModel} from "../models/zoo/describeModel.js";
import {countModel} from "../models/zoo/modelCounts.js";
import {basicBlock, bottleneck} from "../models/zoo/resnet.js";
import {withoutRandomWeights} from "../models/zoo/withoutRandomWeights.js";
import {element} from "./dom.js";
import {rangeSlider, type RangeSlider} from "./rangeSlider.js";
import {tableView} from "./tableView.js";

interface LangOption {
  lang?: Lang;
}

type Symbolic = tf.SymbolicTensor;

/** One block of the zoo built alone on a `side`×`side`×`channels` map, with zero weights. */
export interface BlockFacts {
  /** Trainable parameters (batch norm's scale and shift included). */
  parameters: number;
  /** The weights of its convolutions alone. */
  convolutionWeights: number;
  macs: number;
  /** The labels of its convolutions, in order (`conv 3×3 p1 → 256`). */
  convolutions: string[];
  /** Its output shape, channels last. */
  shape: number[];
  /** For each concatenation in it, how many tensors it joins. */
  concatenated: number[];
}

/** Builds one block with the zoo's own code and counts it; the model is disposed before returning. */
export function blockFacts(build: (x: Symbolic) => Symbolic, [side, channels]: [number, number]): BlockFacts {
  const model = withoutRandomWeights(() => {
    const input = tf.input({shape: [side, side, channels], name: "input"});
    return tf.model({inputs: input, outputs: build(input)});
  });
  try {
    const {parameters, macs} = countModel(model);
    const layers = describeModel(model).stages.flatMap((stage) => stage.blocks.flatMap((block) => block.layers));
    const convolutions = layers.filter((layer) => layer.kind === "conv" && !layer.name.includes("downsample"));
    return {
      parameters,
      macs,
      convolutionWeights: convolutions.reduce((sum, layer) => sum + layer.params, 0),
      convolutions: convolutions.map((layer) => layer.label),
      shape: model.outputs[0].shape.slice(1) as number[],
      concatenated: layers.filter((layer) => layer.kind === "cat").map((layer) => layer.inputs.length)
    };
  } finally {
    model.dispose();
  }
}

/**
 * ResNet-18/34's basic block beside ResNet-50's bottleneck, each with 256 channels in and out on a 56×56
 * map: their convolutions, weights, parameters and multiply-accumulates, from the blocks the zoo builds.
 */
export function basicVersusBottleneckTable({lang = "en"}: LangOption = {}): HTMLTableElement {
  const count = (n: number) => formatCount(n, lang);
  const row = (block: string, usedBy: string, facts: BlockFacts) => ({
    block,
    usedBy,
    layers: facts.convolutions.join(" · "),
    convWeights: count(facts.convolutionWeights),
    params: count(facts.parameters),
    macs: formatLarge(facts.macs, lang)
  });
  const rows = [
    row(
      messages.basic[lang],
      "ResNet-18, ResNet-34",
      blockFacts((x) => basicBlock(x, "basic", {planes: 256}), [56, 256])
    ),
    row(
      messages.bottleneck[lang],
      "ResNet-50, 101, 152",
      blockFacts((x) => bottleneck(x, "bottleneck", {planes: 64}), [56, 256])
    )
  ];
  return tableView(rows, {
    block: messages.block[lang],
    usedBy: messages.usedBy[lang],
    layers: messages.layers[lang],
    convWeights: messages.convWeights[lang],
    params: messages.params[lang],
    macs: messages.macs[lang]
  });
}

/** Sliders above a result that is recomputed whenever one of them moves. */
function explorer(sliders: RangeSlider[], render: () => HTMLElement, className: string): HTMLElement {
  const result = element("div", {"aria-live": "polite"}, render());
  const root = element("div", {class: `convlab-explorer ${className}`}, ...sliders, result);
  root.addEventListener("input", () => result.replaceChildren(render()));
  return root;
}

/**
 * A ResNeXt bottleneck with 256 channels in and out on a 56×56 map (torchvision's `planes` 64): sliders for
 * its cardinality C and the channels per group d; its convolutions' weights, parameters and
 * multiply-accumulates, counted on the block the zoo builds, beside ResNet's bottleneck (C = 1, d = 64).
 */
export function resnextBlockExplorer({lang = "en"}: LangOption = {}): HTMLElement {
  const r = messages.resnext;
  const cardinality = rangeSlider({label: r.cardinality[lang], min: 1, max: 64, step: 1, value: 32});
  const width = rangeSlider({label: r.width[lang], min: 1, max: 64, step: 1, value: 4});
  const render = () => {
    const count = (n: number) => formatCount(n, lang);
    const row = (block: string, groups: number, widthPerGroup: number) => {
      const facts = blockFacts((x) => bottleneck(x, "block", {planes: 64, groups, widthPerGroup}), [56, 256]);
      return {
        block,
        middle: String(groups * widthPerGroup),
        convWeights: count(facts.convolutionWeights),
        params: count(facts.parameters),
        macs: formatLarge(facts.macs, lang)
      };
    };
    const rows = [row(r.chosen[lang], cardinality.value, width.value), row(r.resnetRow[lang], 1, 64)];
    return tableView(rows, {
      block: messages.block[lang],
      middle: r.middle[lang],
      convWeights: messages.convWeights[lang],
      params: messages.params[lang],
      macs: messages.macs[lang]
    });
  };
  return explorer([cardinality, width], render, "convlab-resnext-explorer");
}

/**
 * A dense block on DenseNet-121's first input (56×56, 64 channels): sliders for its layers L and growth
 * rate k; its output channels, the connections its concatenations make, parameters and multiply-accumulates,
 * counted on the block the zoo builds.
 */
export function denseBlockExplorer({lang = "en"}: LangOption = {}): HTMLElement {
  const d = messages.dense;
  const layers = rangeSlider({label: d.layers[lang], min: 1, max: 48, step: 1, value: 6});
  const growth = rangeSlider({label: d.growth[lang], min: 4, max: 64, step: 4, value: denseNetGrowthRate});
  const render = () => {
    const L = layers.value;
    const facts = blockFacts(
      (x) => denseBlock(x, "features.denseblock1", {layers: L, growthRate: growth.value}),
      [56, 64]
    );
    // The block's last concatenation is its output; every earlier one is a layer's input (layer 1 takes the input alone).
    const connections = 1 + facts.concatenated.slice(0, -1).reduce((sum, inputs) => sum + inputs, 0);
    const row = {
      outputChannels: String(facts.shape.at(-1)),
      connections: String(connections),
      formula: String((L * (L + 1)) / 2),
      params: formatCount(facts.parameters, lang),
      macs: formatLarge(facts.macs, lang)
    };
    return tableView([row], {
      outputChannels: d.outputChannels[lang],
      connections: d.connections[lang],
      formula: "L(L+1)/2",
      params: messages.params[lang],
      macs: messages.macs[lang]
    });
  };
  return explorer([layers, growth], render, "convlab-dense-explorer");
}
