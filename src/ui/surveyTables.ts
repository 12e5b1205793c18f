import * as tf from "@convlab/tfjs";
import {formatCount, formatLarge, formatMegabytes, formatNumber, formatPercent, type Lang} from "../i18n/index.js";
import {surveyTableMessages as messages} from "../i18n/index.js";
import type {DiagramBlock, ModelDescription} from "../models/zoo/describeModel.js";
import {smoothedLabels, type LabelSmoothingOptions} from "../run/labelSmoothingLosses.js";
import {compute} from "../run/pageWorkers.js";
import {element} from "./dom.js";
import {matrixView} from "./matrixView.js";
import {probabilityBars} from "./probabilityBars.js";
import {sideBySide} from "./sideBySide.js";
import {tableView} from "./tableView.js";

/** The survey's models by name, as the page's zoo.json describes them. */
export type ModelTable = Readonly<Record<string, ModelDescription>>;

interface LangOption {
  lang?: Lang;
}

const blocksOf = (model: ModelDescription): DiagramBlock[] => model.stages.flatMap((stage) => stage.blocks);

/** How many layers of each kind (convolutions, fully connected, batch norms) the named models have. */
export function layerKindTable(
  models: ModelTable,
  names: readonly string[],
  {lang = "en"}: LangOption = {}
): HTMLTableElement {
  const rows = names.map((name) => {
    const layers = blocksOf(models[name]).flatMap((block) => block.layers);
    const count = (kind: string) => layers.filter((layer) => layer.kind === kind).length;
    const [conv, linear, bn] = [count("conv"), count("linear"), count("bn")];
    return {name, conv, linear, weighted: conv + linear, bn, params: formatCount(models[name].parameters, lang)};
  });
  const kinds = messages.layerKinds;
  const columns = {
    conv: kinds.conv[lang],
    linear: kinds.linear[lang],
    weighted: kinds.weighted[lang],
    bn: kinds.bn[lang],
    params: kinds.params[lang]
  };
  return tableView(rows, {name: messages.model[lang], ...columns});
}

/** A one-pixel impulse on a 9×9 map, to show what area a stack of kernels sees. */
const impulse = () =>
  tf.tensor4d(
    Array.from({length: 81}, (_, i) => (i === 40 ? 1 : 0)),
    [1, 9, 9, 1]
  );

/** Two stacked 3×3 convolutions of ones next to one 5×5: the same area seen, the impulse spread the same way. */
export function stackedKernelsView({lang = "en"}: LangOption = {}): HTMLElement {
  const [twice3x3, once5x5] = tf.tidy(() => {
    const ones = (height: number, width: number) => tf.ones([height, width, 1, 1]) as tf.Tensor4D;
    const twice = tf.conv2d(tf.conv2d(impulse(), ones(3, 3), 1, "same"), ones(3, 3), 1, "same");
    return [twice, tf.conv2d(impulse(), ones(5, 5), 1, "same")].map(
      (map) => map.reshape([9, 9]).arraySync() as number[][]
    );
  });
  return sideBySide(matrixView(twice3x3, {caption: messages.twice3x3[lang]}), matrixView(once5x5, {caption: "5×5"}));
}

/** A 1×3 then a 3×1 convolution, and the single 3×3 kernel the pair amounts to. */
export function separableKernelView({lang = "en"}: LangOption = {}): HTMLElement {
  const combined = tf.tidy(() => {
    const row = tf.tensor4d([1, 2, 3], [1, 3, 1, 1]);
    const column = tf.tensor4d([1, 0, -1], [3, 1, 1, 1]);
    const pair = tf
      .conv2d(tf.conv2d(impulse(), row, 1, "same"), column, 1, "same")
      .reshape([9, 9])
      .slice([3, 3], [3, 3]);
    return pair.reverse([0, 1]).arraySync() as number[][];
  });
  return sideBySide(
    matrixView([[1, 2, 3]], {caption: "1×3"}),
    matrixView([[1], [0], [-1]], {caption: "3×1"}),
    matrixView(combined, {caption: messages.pairKernel[lang]})
  );
}

/**
 * The weights of a stack of convolutions without bias, `channels` in and out, as TensorFlow.js counts them.
 * The layers start at zero: their count is all that is read, and Glorot's random start for 64 channels
 * took 50–80 ms of the page's main thread while lesson 3 loaded.
 */
export function countWeights(kernels: ReadonlyArray<readonly [number, number]>, channels: number): number {
  let x = tf.input({shape: [9, 9, channels]});
  let total = 0;
  for (const kernelSize of kernels) {
    const layer = tf.layers.conv2d({
      filters: channels,
      kernelSize: [...kernelSize],
      padding: "same",
      useBias: false,
      kernelInitializer: "zeros"
    });
    x = layer.apply(x) as tf.SymbolicTensor;
    total += layer.countParams();
    layer.dispose();
  }
  return total;
}

/** Factorizations of a 5×5 convolution: 3×3 twice, 1×3 then 3×1, and their weights for 1 and 64 channels. */
export function factorizationTable({lang = "en"}: LangOption = {}): HTMLTableElement {
  const f = messages.factorization;
  const factorizations: Array<[string, Array<[number, number]>]> = [
    ["5×5", [[5, 5]]],
    [
      "3×3 → 3×3",
      [
        [3, 3],
        [3, 3]
      ]
    ],
    ["3×3", [[3, 3]]],
    [
      "1×3 → 3×1",
      [
        [1, 3],
        [3, 1]
      ]
    ],
    [
      `(1×3 → 3×1) ${f.twice[lang]}`,
      [
        [1, 3],
        [3, 1],
        [1, 3],
        [3, 1]
      ]
    ]
  ];
  const weights = (kernels: Array<[number, number]>, channels: number) =>
    formatCount(countWeights(kernels, channels), lang);
  const rows = factorizations.map(([layers, kernels]) => ({
    layers,
    one: weights(kernels, 1),
    many: weights(kernels, 64)
  }));
  return tableView(rows, {layers: f.layers[lang], one: f.one[lang], many: f.many[lang]});
}

/** The label-smoothing losses, computed in the page's compute worker (src/run/computeTasks.ts `demoTask`). */
export const workerLabelSmoothingLosses = async (
  options: LabelSmoothingOptions
): Promise<{byHand: number; byTf: number}> => await compute({type: "label-smoothing", options}).result;

/**
 * Label smoothing with α over C classes: the smoothed target as bars, and the cross-entropy of some
 * logits against it, smoothed by hand and by TensorFlow.js's `labelSmoothing`. The losses come from
 * `losses` (default: the compute worker, so the page computes no tensor).
 */
export async function labelSmoothingView(
  {alpha, classes}: LabelSmoothingOptions,
  {lang = "en", losses = workerLabelSmoothingLosses}: LangOption & {losses?: typeof workerLabelSmoothingLosses} = {}
): Promise<HTMLElement> {
  const s = messages.smoothing;
  const smooth = smoothedLabels({alpha, classes});
  // TensorFlow.js applies the same formula inside its loss: compare with the cross entropy of the smoothed labels.
  const {byHand, byTf} = await losses({alpha, classes});
  const fixed = (value: number, digits: number) => formatNumber(value, lang, {fixed: digits});
  const sum = smooth.reduce((a, b) => a + b);
  const row = {
    sum: fixed(sum, 6),
    right: fixed(smooth[0], 4),
    other: fixed(smooth[1], 4),
    byHand: fixed(byHand, 6),
    byTf: fixed(byTf, 6)
  };
  const labels = smooth.map((_, c) => (c === 0 ? s.trueLabel[lang] : String(c)));
  const bars = probabilityBars(smooth, {highlight: 0, labels, lang});
  const columns = {right: s.right[lang], other: s.other[lang], byHand: s.byHand[lang], byTf: s.byTf[lang]};
  const table = tableView([row], {sum: "Σ y_smooth", ...columns});
  return element("div", {}, bars, table);
}

/** Each dense block of the DenseNets: its layers L, the inputs its layers take, and L(L+1)/2. */
export function denseConnectionTable(
  models: ModelTable,
  names: readonly string[],
  {lang = "en"}: LangOption = {}
): HTMLTableElement {
  const rows = names.flatMap((name) =>
    [1, 2, 3, 4].map((b) => {
      const layers = blocksOf(models[name]).filter((block) =>
        block.name.startsWith(`features.denseblock${b}.denselayer`)
      );
      const inputsOf = (block: DiagramBlock) => (block.layers[0].kind === "cat" ? block.layers[0].inputs.length : 1);
      const inputs = layers.reduce((sum, block) => sum + inputsOf(block), 0);
      return {name, block: b, L: layers.length, inputs, formula: (layers.length * (layers.length + 1)) / 2};
    })
  );
  const d = messages.dense;
  return tableView(rows, {
    name: messages.model[lang],
    block: d.block[lang],
    L: d.layers[lang],
    inputs: d.inputs[lang],
    formula: "L(L+1)/2"
  });
}

/** The residual blocks of the named ResNets, how many are bottlenecks, and the first one's convolutions. */
export function residualBlockTable(
  models: ModelTable,
  names: readonly string[],
  {lang = "en"}: LangOption = {}
): HTMLTableElement {
  const convolutions = (block: DiagramBlock) =>
    block.layers
      .filter((layer) => layer.kind === "conv" && !layer.name.includes("downsample"))
      .map((layer) => layer.label);
  const rows = names.map((name) => {
    const residual = blocksOf(models[name]).filter((block) => block.layers.some((layer) => layer.kind === "add"));
    const bottlenecks = residual.filter((block) => convolutions(block).length === 3).length;
    return {name, blocks: residual.length, bottlenecks, first: convolutions(residual[0]).join(" · ")};
  });
  const r = messages.residual;
  return tableView(rows, {
    name: messages.model[lang],
    blocks: r.blocks[lang],
    bottlenecks: r.bottlenecks[lang],
    first: "layer1.0"
  });
}

/** An SE unit's squeeze of a random 7×7×6 map per channel: by average (SE) and by maximum (the document). */
export function squeezeTable({lang = "en"}: LangOption = {}): HTMLTableElement {
  const [averages, maxima] = tf.tidy(() => {
    const featureMap = tf.randomNormal([1, 7, 7, 6], 0, 1, "float32", 7);
    return [tf.mean(featureMap, [1, 2]), tf.max(featureMap, [1, 2])].map(
      (values) => (values.arraySync() as number[][])[0]
    );
  });
  const q = messages.squeeze;
  const fixed = (value: number) => formatNumber(value, lang, {fixed: 4});
  const rows = averages.map((average, c) => ({channel: c, average: fixed(average), maximum: fixed(maxima[c])}));
  return tableView(rows, {channel: q.channel[lang], average: q.average[lang], maximum: q.maximum[lang]});
}

/**
 * The parameters of SE-ResNet-50's SE units, counted per unit and by the formula 2C²/16 + C/16 + C,
 * and what the units add to ResNet-50 in parameters and multiply-accumulates.
 */
export function squeezeExcitationTables(models: ModelTable, {lang = "en"}: LangOption = {}): HTMLElement {
  const [se, plain] = [models.se_resnet50, models.resnet50];
  const units = blocksOf(se)
    .filter((block) => block.layers.some((layer) => layer.kind === "scale"))
    .map((block) => {
      const C = block.shape.at(-1)!;
      const params = block.layers
        .filter((layer) => layer.name.includes("/se."))
        .reduce((sum, layer) => sum + layer.params, 0);
      const formula = (2 * C * C) / 16 + C / 16 + C;
      return {
        block: block.name,
        C: String(C),
        params: formatCount(params, lang),
        formula: formatCount(formula, lang),
        count: params
      };
    });
  const added = se.parameters - plain.parameters;
  const total = {
    block: messages.se.allUnits(units.length)[lang],
    C: "",
    params: formatCount(
      units.reduce((sum, row) => sum + row.count, 0),
      lang
    ),
    formula: `${formatCount(added, lang)} = SE-ResNet-50 − ResNet-50`
  };
  const perUnit = tableView([...units.slice(0, 4), {block: "…", C: "", params: "", formula: ""}, total], {
    block: messages.se.block[lang],
    C: "C",
    params: messages.se.params[lang],
    formula: "2C²/16 + C/16 + C"
  });
  const growth = (more: number, base: number, digits: number) =>
    `+${formatCount(more, lang)} (+${formatPercent(more / base, lang, {fixed: digits})})`;
  const costs = tableView(
    [{params: growth(added, plain.parameters, 1), macs: growth(se.macs - plain.macs, plain.macs, 2)}],
    {
      params: messages.se.unitParams[lang],
      macs: messages.se.unitMacs[lang]
    }
  );
  return element("div", {}, perUnit, costs);
}

/** Every model of the survey side by side: input, parameters, multiply-accumulates, weights, feature-map sizes. */
export function zooTable(models: ModelTable, {lang = "en"}: LangOption = {}): HTMLTableElement {
  const rows = Object.values(models).map((model) => ({
    name: model.name,
    input: model.inputShape.join("×"),
    params: formatCount(model.parameters, lang),
    macs: formatLarge(model.macs, lang),
    weights: formatMegabytes(model.weightBytes, lang),
    stages: [...new Set(model.stages.filter((stage) => stage.shape.length === 3).map((stage) => stage.shape[0]))].join(
      " → "
    )
  }));
  const z = messages.zoo;
  const columns = {
    input: z.input[lang],
    params: z.params[lang],
    macs: z.macs[lang],
    weights: z.weights[lang],
    stages: z.stages[lang]
  };
  return tableView(rows, {name: messages.model[lang], ...columns});
}
