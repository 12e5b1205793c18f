import {formatCount, formatLarge, type Lang, zooExplorerMessages as messages} from "../i18n/index.js";
import {type BlockFacts, type BlockSpec, bottleneckOn256, denseNetGrowthRate} from "../models/zoo/blockSpec.js";
import {compute} from "../run/pageWorkers.js";
import {element} from "./dom.js";
import {rangeSlider, type RangeSlider} from "./rangeSlider.js";
import {tableView} from "./tableView.js";

interface LangOption {
  lang?: Lang;
}

/** Blocks of the zoo counted in the page's compute worker (src/run/computeTasks.ts `demoTask`). */
export const workerBlockFacts = async (blocks: BlockSpec[]): Promise<BlockFacts[]> =>
  (await compute({type: "block-facts", blocks}).result).facts;

/** Where a table's blocks are counted: the compute worker on a page, {@link blockFactsOfEach} in tests. */
interface FactsOption {
  facts?: typeof workerBlockFacts;
}

type Options = LangOption & FactsOption;

/**
 * ResNet-18/34's basic block beside ResNet-50's bottleneck, each with 256 channels in and out on a 56×56
 * map: their convolutions, weights, parameters and multiply-accumulates, from the blocks the zoo builds.
 */
export async function basicVersusBottleneckTable({
  lang = "en",
  facts = workerBlockFacts
}: Options = {}): Promise<HTMLTableElement> {
  const count = (n: number) => formatCount(n, lang);
  const row = (block: string, usedBy: string, counted: BlockFacts) => ({
    block,
    usedBy,
    layers: counted.convolutions.map((convolution) => convolution.label).join(" · "),
    convWeights: count(counted.convolutionWeights),
    params: count(counted.parameters),
    macs: formatLarge(counted.macs, lang)
  });
  const [basic, bottleneck] = await facts([{kind: "basic", input: [56, 256], planes: 256}, bottleneckOn256(1, 64)]);
  const rows = [
    row(messages.basic[lang], "ResNet-18, ResNet-34", basic),
    row(messages.bottleneck[lang], "ResNet-50, 101, 152", bottleneck)
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

/**
 * Sliders above a result that is recounted whenever one of them moves. A recount is a request to the
 * compute worker: moves made while one runs are taken up once it ends, by one recount with the latest
 * values, so a dragged slider never queues a request per step. `data-state` is "counting" meanwhile.
 */
async function explorer(
  sliders: RangeSlider[],
  render: () => Promise<HTMLElement>,
  {className, lang}: {className: string; lang: Lang}
): Promise<HTMLElement> {
  const renderOrSay = async () => {
    try {
      return await render();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return element("p", {class: "convlab-error", role: "alert"}, messages.failed(message)[lang]);
    }
  };
  const result = element("div", {"aria-live": "polite"}, await renderOrSay());
  const root = element("div", {class: `convlab-explorer ${className}`, "data-state": "counted"}, ...sliders, result);
  let counting = false;
  let movedMeanwhile = false;
  root.addEventListener("input", async () => {
    movedMeanwhile = true;
    if (counting) return;
    counting = true;
    root.dataset.state = "counting";
    while (movedMeanwhile) {
      movedMeanwhile = false;
      result.replaceChildren(await renderOrSay());
    }
    counting = false;
    root.dataset.state = "counted";
  });
  return root;
}

/**
 * The weights of a ResNet bottleneck's three convolutions and a ResNeXt 32×4d one's, on 256 channels,
 * each with the tfjs layer that holds them (the grouped 3×3 is the zoo's `GroupedConv2D`).
 */
export async function groupedBottleneckTable({
  lang = "en",
  facts = workerBlockFacts
}: Options = {}): Promise<HTMLTableElement> {
  const count = (n: number) => formatCount(n, lang);
  const row = (block: string, {convolutions: [conv1, conv2, conv3]}: BlockFacts) => ({
    block,
    conv1: count(conv1.weights),
    conv2: `${count(conv2.weights)} (${conv2.className})`,
    conv3: count(conv3.weights),
    total: count(conv1.weights + conv2.weights + conv3.weights)
  });
  const [resnet, resnext] = await facts([bottleneckOn256(1, 64), bottleneckOn256(32, 4)]);
  return tableView([row("ResNet", resnet), row("ResNeXt 32×4d", resnext)], {
    block: messages.block[lang],
    conv1: "1×1",
    conv2: "3×3",
    conv3: "1×1",
    total: messages.total[lang]
  });
}

/**
 * A ResNeXt bottleneck with 256 channels in and out on a 56×56 map (torchvision's `planes` 64): sliders for
 * its cardinality C and the channels per group d; its convolutions' weights, parameters and
 * multiply-accumulates, counted on the block the zoo builds, beside ResNet's bottleneck (C = 1, d = 64).
 */
export async function resnextBlockExplorer({
  lang = "en",
  facts = workerBlockFacts
}: Options = {}): Promise<HTMLElement> {
  const r = messages.resnext;
  const cardinality = rangeSlider({label: r.cardinality[lang], min: 1, max: 64, step: 1, value: 32});
  const width = rangeSlider({label: r.width[lang], min: 1, max: 64, step: 1, value: 4});
  const render = async () => {
    const [groups, widthPerGroup] = [cardinality.value, width.value];
    const [chosen, resnet] = await facts([bottleneckOn256(groups, widthPerGroup), bottleneckOn256(1, 64)]);
    const count = (n: number) => formatCount(n, lang);
    const row = (block: string, middle: number, counted: BlockFacts) => ({
      block,
      middle: String(middle),
      convWeights: count(counted.convolutionWeights),
      params: count(counted.parameters),
      macs: formatLarge(counted.macs, lang)
    });
    const rows = [row(r.chosen[lang], groups * widthPerGroup, chosen), row(r.resnetRow[lang], 64, resnet)];
    return tableView(rows, {
      block: messages.block[lang],
      middle: r.middle[lang],
      convWeights: messages.convWeights[lang],
      params: messages.params[lang],
      macs: messages.macs[lang]
    });
  };
  return await explorer([cardinality, width], render, {className: "convlab-resnext-explorer", lang});
}

/**
 * A dense block on DenseNet-121's first input (56×56, 64 channels): sliders for its layers L and growth
 * rate k; its output channels, the connections its concatenations make, parameters and multiply-accumulates,
 * counted on the block the zoo builds.
 */
export async function denseBlockExplorer({lang = "en", facts = workerBlockFacts}: Options = {}): Promise<HTMLElement> {
  const d = messages.dense;
  const layers = rangeSlider({label: d.layers[lang], min: 1, max: 48, step: 1, value: 6});
  const growth = rangeSlider({label: d.growth[lang], min: 4, max: 64, step: 4, value: denseNetGrowthRate});
  const render = async () => {
    const L = layers.value;
    const [counted] = await facts([{kind: "dense", input: [56, 64], layers: L, growthRate: growth.value}]);
    // The block's last concatenation is its output; every earlier one is a layer's input (layer 1 takes the input alone).
    const connections = 1 + counted.concatenated.slice(0, -1).reduce((sum, inputs) => sum + inputs, 0);
    const row = {
      outputChannels: String(counted.shape.at(-1)),
      connections: String(connections),
      formula: String((L * (L + 1)) / 2),
      params: formatCount(counted.parameters, lang),
      macs: formatLarge(counted.macs, lang)
    };
    return tableView([row], {
      outputChannels: d.outputChannels[lang],
      connections: d.connections[lang],
      formula: "L(L+1)/2",
      params: messages.params[lang],
      macs: messages.macs[lang]
    });
  };
  return await explorer([layers, growth], render, {className: "convlab-dense-explorer", lang});
}
