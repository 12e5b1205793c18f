import type {SummaryLayer} from "../../check/modelSummary.js";
import {figuresMessages, type Lang} from "../../i18n/index.js";
import type {DiagramBlock, DiagramLayer} from "../../models/zoo/describeModel.js";
import {layoutBlock} from "../blockLayout.js";
import {figureColors, figureSvg, numberedFigure} from "./frame.js";

/** A residual block read from a model's summary: its layers, with the edges Keras's depths imply. */
export interface SummaryBlock {
  /** `convolutional` when the shortcut has its own convolution, else `identity`. */
  kind: "identity" | "convolutional";
  /** Index of the block's input in the summary's rows. */
  inputRow: number;
  block: DiagramBlock;
}

/** ResNet-50's parts, read from its summary rows (as `model.summary()` lists them, inputs before outputs). */
export interface ResNetParts {
  stem: SummaryLayer[];
  blocks: SummaryBlock[];
  /** Rows after the last block: pooling, flatten, dense. */
  head: SummaryLayer[];
}

const kinds: Record<string, string> = {
  Conv2D: "conv",
  BatchNormalization: "bn",
  Activation: "relu",
  ReLU: "relu",
  Add: "add",
  MaxPooling2D: "maxpool"
};

const shapeText = (shape: readonly number[]) => shape.join("×");
const rowName = (index: number) => `row${index}`;

/** A layer's label from its summary row: a convolution's kernel and stride follow from its parameters and shapes. */
function labelOf(layer: SummaryLayer, input: SummaryLayer | undefined): string {
  if (layer.type === "Conv2D" && input) {
    const channelsIn = input.outputShape.at(-1)!;
    const channelsOut = layer.outputShape.at(-1)!;
    const kernel = Math.round(Math.sqrt((layer.params - channelsOut) / (channelsIn * channelsOut)));
    const stride = Math.round(input.outputShape[0] / layer.outputShape[0]);
    return `conv ${kernel}×${kernel}${stride > 1 ? ` /${stride}` : ""} → ${channelsOut}`;
  }
  if (layer.type === "BatchNormalization") return "batch norm";
  if (layer.type === "Activation" || layer.type === "ReLU") return "ReLU";
  if (layer.type === "Add") return "+";
  return layer.type;
}

/**
 * Splits a ResNet's summary into stem, residual blocks and head, and gives each block's layers their
 * inputs. A block ends with an Add and the activation after it. Inside a block, a layer at depth d takes
 * the not yet used output at depth d − 1, or else the block's input (a shortcut's convolution); the Add
 * takes the outputs nothing else used, and the block's input when only one is left (an identity shortcut).
 */
export function resnetParts(layers: readonly SummaryLayer[]): ResNetParts {
  const firstAdd = layers.findIndex((layer) => layer.type === "Add");
  if (firstAdd < 0) return {stem: [...layers], blocks: [], head: []};
  // The stem ends with the last layer before the first Add that no block has: its max pooling.
  const inBlocks = new Set(["Conv2D", "BatchNormalization", "Activation", "ReLU"]);
  let inputRow = firstAdd - 1;
  while (inputRow > 0 && inBlocks.has(layers[inputRow].type)) inputRow--;
  const stem = layers.slice(0, inputRow + 1);
  const blocks: SummaryBlock[] = [];
  let start = inputRow + 1;
  while (start < layers.length) {
    const add = layers.findIndex((layer, i) => i >= start && layer.type === "Add");
    if (add < 0) break;
    const end = layers[add + 1]?.type === "Activation" || layers[add + 1]?.type === "ReLU" ? add + 1 : add;
    const rows = layers.slice(start, end + 1).map((layer, offset) => ({layer, index: start + offset}));
    const unused = new Set<number>([inputRow]);
    const diagram: DiagramLayer[] = [];
    let projected = false;
    for (const {layer, index} of rows) {
      let inputs: number[];
      if (layer.type === "Add") {
        // The main path first (the deepest), so the addition stays in its lane.
        inputs = [...unused].filter((row) => row !== inputRow).sort((a, b) => layers[b].depth - layers[a].depth);
        if (inputs.length < 2) inputs.push(inputRow);
        inputs.forEach((row) => unused.delete(row));
      } else {
        const previous = [...unused].find((row) => layers[row].depth === layer.depth - 1);
        const source = previous ?? inputRow;
        if (previous === undefined && layer.type === "Conv2D") projected = true;
        unused.delete(source);
        inputs = [source];
      }
      unused.add(index);
      diagram.push({
        name: rowName(index),
        kind: kinds[layer.type] ?? layer.type.toLowerCase(),
        label: labelOf(layer, layers[inputs[0]]),
        shape: [...layer.outputShape],
        params: layer.params,
        macs: 0,
        inputs: inputs.map(rowName)
      });
    }
    const last = layers[end];
    blocks.push({
      kind: projected ? "convolutional" : "identity",
      inputRow,
      block: {
        name: `block${blocks.length + 1}`,
        layers: diagram,
        shape: [...last.outputShape],
        params: rows.reduce((sum, {layer}) => sum + layer.params, 0),
        macs: 0
      }
    });
    inputRow = end;
    start = end + 1;
  }
  return {stem, blocks, head: layers.slice(start)};
}

/** Options of {@link residualBlockFigure}. */
export interface ResidualBlockFigureOptions {
  lang: Lang;
  /** Which block: the identity or the convolutional one. */
  kind: "identity" | "convolutional";
  /** Which of them (0: the first of its kind; default: the first identity block, the second convolutional block, whose stride is 2). */
  index?: number;
  /** Figure number within the lesson. */
  number?: [number, number];
}

const nodeWidth = 150;
const nodeHeight = 38;
const rankGap = 18;
const laneGap = 36;
const margin = 12;

/**
 * A residual block of a ResNet drawn from the model's summary rows (`model.summary()`, as in
 * `lessons/data/expected/resnet50.json`): its layers laid out by `layoutBlock` (the survey's diagrams' layout),
 * each with its output shape; the shortcut in the accent colour.
 */
export function residualBlockFigure(layers: readonly SummaryLayer[], options: ResidualBlockFigureOptions): HTMLElement {
  const {lang, kind} = options;
  const candidates = resnetParts(layers).blocks.filter((block) => block.kind === kind);
  const chosen = candidates[options.index ?? (kind === "convolutional" && candidates.length > 1 ? 1 : 0)];
  if (!chosen) throw new Error(`the model has no ${kind} block`);
  const layout = layoutBlock(chosen.block);
  const width = margin * 2 + layout.lanes * nodeWidth + (layout.lanes - 1) * laneGap + 40;
  const height = margin * 2 + layout.ranks * (nodeHeight + rankGap) - rankGap;
  const caption =
    kind === "identity" ? figuresMessages.identityBlockCaption : figuresMessages.convolutionalBlockCaption;
  const svg = figureSvg(`convlab-figure-${kind}-block`, width, height, caption[lang]);
  const x = (lane: number) => margin + lane * (nodeWidth + laneGap);
  const y = (rank: number) => margin + rank * (nodeHeight + rankGap);
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const addNode = layout.nodes.find((node) => node.layer?.kind === "add");
  const inputShape = layers[chosen.inputRow].outputShape;

  const edges = svg.append("g").attr("class", "convlab-figure-edges").attr("fill", "none");
  for (const edge of layout.edges) {
    const from = byId.get(edge.from)!;
    const to = byId.get(edge.to)!;
    const shortcut = to === addNode && (from.lane !== to.lane || to.rank - from.rank > 1);
    const x1 = x(from.lane) + nodeWidth / 2;
    const y1 = y(from.rank) + nodeHeight;
    const x2 = x(to.lane) + nodeWidth / 2;
    const y2 = y(to.rank);
    let d: string;
    if (from.lane === to.lane && to.rank - from.rank > 1) {
      // Around the main path, on its right.
      const side = x(from.lane) + nodeWidth + laneGap * 0.6 + 10;
      const yFrom = y(from.rank) + nodeHeight / 2;
      const yTo = y(to.rank) + nodeHeight / 2;
      d = `M${x(from.lane) + nodeWidth},${yFrom} H${side} V${yTo} H${x(to.lane) + nodeWidth}`;
    } else if (from.lane !== to.lane && to.rank - from.rank > 1) {
      d = `M${x1},${y1} V${y(to.rank) - rankGap / 2} L${x2 + nodeWidth / 4},${y2}`;
    } else if (from.lane !== to.lane) {
      d = `M${x1},${y1} L${x2},${y2}`;
    } else {
      d = `M${x1},${y1} V${y2}`;
    }
    edges
      .append("path")
      .attr("class", shortcut ? "convlab-figure-shortcut" : "convlab-figure-edge")
      .attr("d", d)
      .attr("stroke", shortcut ? figureColors.accent : figureColors.muted)
      .attr("stroke-width", shortcut ? 2 : 1.25)
      .attr("marker-end", `url(#${shortcut ? "convlab-arrow-accent" : "convlab-arrow"})`);
  }
  const nodes = svg
    .append("g")
    .selectAll("g")
    .data(layout.nodes)
    .join("g")
    .attr("class", (node) => `convlab-figure-node convlab-figure-${node.layer?.kind ?? "input"}`)
    .attr("data-id", (node) => node.id)
    .attr("transform", (node) => `translate(${x(node.lane)},${y(node.rank)})`);
  nodes
    .append("rect")
    .attr("width", nodeWidth)
    .attr("height", nodeHeight)
    .attr("rx", 5)
    .attr("fill", (node) => (node.layer ? figureColors.fill : figureColors.background))
    .attr("stroke", (node) => (node.layer?.kind === "add" || !node.layer ? figureColors.accent : figureColors.faint));
  nodes
    .append("text")
    .attr("class", "convlab-figure-label")
    .attr("x", nodeWidth / 2)
    .attr("y", 16)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .text((node) => (node.layer ? node.layer.label : figuresMessages.blockInput[lang]));
  nodes
    .append("text")
    .attr("class", "convlab-figure-shape")
    .attr("x", nodeWidth / 2)
    .attr("y", 31)
    .attr("text-anchor", "middle")
    .attr("fill", figureColors.muted)
    .style("font-size", "11px")
    .text((node) => shapeText(node.layer ? node.layer.shape : inputShape));
  const number = options.number ?? [2, kind === "identity" ? 2 : 3];
  return numberedFigure(`${kind}-block`, number, caption, lang, svg.node()!);
}

/** One step of {@link resnetStagesFigure}: what it is and the output shape after it. */
export interface StageStep {
  label: string;
  shape: number[];
}

/**
 * ResNet-50's steps as the lesson lists them, from the summary: the input, the zero padding, the stem's
 * convolution and max pooling, each stage (consecutive blocks of one output shape) with its number of
 * blocks, the average pooling and the dense layer.
 */
export function resnetStageSteps(layers: readonly SummaryLayer[], lang: Lang): StageStep[] {
  const {stem, blocks, head} = resnetParts(layers);
  const steps: StageStep[] = [];
  const shape = (layer: SummaryLayer) => [...layer.outputShape];
  const input = stem.find((layer) => layer.type === "InputLayer");
  if (input) steps.push({label: figuresMessages.input[lang], shape: shape(input)});
  const padding = stem.find((layer) => layer.type === "ZeroPadding2D");
  if (padding) steps.push({label: figuresMessages.zeroPadding[lang], shape: shape(padding)});
  const conv = stem.find((layer) => layer.type === "Conv2D");
  if (conv) steps.push({label: figuresMessages.stemConv[lang], shape: shape(conv)});
  const pool = stem.find((layer) => layer.type === "MaxPooling2D");
  if (pool) steps.push({label: figuresMessages.stemPool[lang], shape: shape(pool)});
  let stage = 1;
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j + 1 < blocks.length && shapeText(blocks[j + 1].block.shape) === shapeText(blocks[i].block.shape)) j++;
    stage++;
    steps.push({
      label: `${figuresMessages.stage(stage)[lang]} · ${figuresMessages.blocksInStage(j - i + 1)[lang]}`,
      shape: [...blocks[j].block.shape]
    });
    i = j + 1;
  }
  for (const layer of head) {
    if (layer.type === "AveragePooling2D" || layer.type === "GlobalAveragePooling2D")
      steps.push({label: figuresMessages.averagePool[lang], shape: shape(layer)});
    if (layer.type === "Dense") steps.push({label: figuresMessages.dense[lang], shape: shape(layer)});
  }
  return steps;
}

/** ResNet-50 by stage, drawn from its summary: a square per step, to scale with the map, and its output shape. */
export function resnetStagesFigure(layers: readonly SummaryLayer[], {lang}: {lang: Lang}): HTMLElement {
  const steps = resnetStageSteps(layers, lang);
  const largest = Math.max(...steps.map((step) => (step.shape.length === 3 ? step.shape[0] : 1)));
  const box = 48;
  const row = box + 12;
  const width = 380;
  const height = steps.length * row + 4;
  const description = `${figuresMessages.stagesCaption[lang]} ${steps.map((step) => `${step.label}: ${shapeText(step.shape)}`).join("; ")}.`;
  const svg = figureSvg("convlab-figure-resnet50-stages", width, height, description);
  const rows = svg
    .append("g")
    .selectAll("g")
    .data(steps)
    .join("g")
    .attr("class", "convlab-figure-step")
    .attr("transform", (_, i) => `translate(0,${i * row + 2})`);
  rows.each((step, i) => {
    const g = rows.filter((_, j) => j === i);
    const spatial = step.shape.length === 3;
    const side = spatial ? Math.max(3, (box * step.shape[0]) / largest) : 3;
    const top = (box - (spatial ? side : box)) / 2;
    g.append("rect")
      .attr("x", 4 + (box - side) / 2)
      .attr("y", top)
      .attr("width", side)
      .attr("height", spatial ? side : box)
      .attr("fill", figureColors.accent)
      .attr("fill-opacity", 0.25)
      .attr("stroke", figureColors.accent);
    g.append("text")
      .attr("class", "convlab-figure-label")
      .attr("x", box + 20)
      .attr("y", box / 2 - 4)
      .attr("fill", "currentColor")
      .text(step.label);
    g.append("text")
      .attr("class", "convlab-figure-shape")
      .attr("x", box + 20)
      .attr("y", box / 2 + 14)
      .attr("fill", figureColors.muted)
      .style("font-weight", "600")
      .text(shapeText(step.shape));
    if (i > 0)
      g.append("line")
        .attr("x1", box + 8)
        .attr("x2", box + 8)
        .attr("y1", -row + box / 2 + 18)
        .attr("y2", box / 2 - 18)
        .attr("stroke", figureColors.faint);
  });
  return numberedFigure("resnet50-stages", [2, 4], figuresMessages.stagesCaption, lang, svg.node()!);
}
