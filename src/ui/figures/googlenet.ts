import {figuresMessages, type Lang} from "../../i18n/index.js";
import type {DiagramBlock} from "../../models/zoo/describeModel.js";
import {layoutBlock} from "../blockLayout.js";
import {figureColors, figureSvg, numberedFigure} from "./frame.js";

/** One Inception v1 module as GoogLeNet's table lists it (Szegedy et al., 2014, table 1): filters per branch. */
export interface InceptionV1Module {
  name: string;
  /** Height and width of its input and output. */
  size: number;
  inputChannels: number;
  conv1: number;
  reduce3: number;
  conv3: number;
  reduce5: number;
  conv5: number;
  poolProjection: number;
}

/** GoogLeNet's nine modules; a 3×3 max pooling with stride 2 follows 3b and 4e. */
export const googlenetModules: readonly InceptionV1Module[] = [
  {
    name: "3a",
    size: 28,
    inputChannels: 192,
    conv1: 64,
    reduce3: 96,
    conv3: 128,
    reduce5: 16,
    conv5: 32,
    poolProjection: 32
  },
  {
    name: "3b",
    size: 28,
    inputChannels: 256,
    conv1: 128,
    reduce3: 128,
    conv3: 192,
    reduce5: 32,
    conv5: 96,
    poolProjection: 64
  },
  {
    name: "4a",
    size: 14,
    inputChannels: 480,
    conv1: 192,
    reduce3: 96,
    conv3: 208,
    reduce5: 16,
    conv5: 48,
    poolProjection: 64
  },
  {
    name: "4b",
    size: 14,
    inputChannels: 512,
    conv1: 160,
    reduce3: 112,
    conv3: 224,
    reduce5: 24,
    conv5: 64,
    poolProjection: 64
  },
  {
    name: "4c",
    size: 14,
    inputChannels: 512,
    conv1: 128,
    reduce3: 128,
    conv3: 256,
    reduce5: 24,
    conv5: 64,
    poolProjection: 64
  },
  {
    name: "4d",
    size: 14,
    inputChannels: 512,
    conv1: 112,
    reduce3: 144,
    conv3: 288,
    reduce5: 32,
    conv5: 64,
    poolProjection: 64
  },
  {
    name: "4e",
    size: 14,
    inputChannels: 528,
    conv1: 256,
    reduce3: 160,
    conv3: 320,
    reduce5: 32,
    conv5: 128,
    poolProjection: 128
  },
  {
    name: "5a",
    size: 7,
    inputChannels: 832,
    conv1: 256,
    reduce3: 160,
    conv3: 320,
    reduce5: 32,
    conv5: 128,
    poolProjection: 128
  },
  {
    name: "5b",
    size: 7,
    inputChannels: 832,
    conv1: 384,
    reduce3: 192,
    conv3: 384,
    reduce5: 48,
    conv5: 128,
    poolProjection: 128
  }
];

/** A module's output channels: its four branches' together. */
export const inceptionOutputChannels = (module: InceptionV1Module) =>
  module.conv1 + module.conv3 + module.conv5 + module.poolProjection;

/** A module as a block of layers (the survey's diagrams' form), to lay out with `layoutBlock`. */
export function inceptionBlock(module: InceptionV1Module): DiagramBlock {
  const {size} = module;
  const layer = (name: string, kind: string, label: string, channels: number, inputs: string[]) => ({
    name,
    kind,
    label,
    shape: [size, size, channels],
    params: 0,
    macs: 0,
    inputs
  });
  const input = "input";
  return {
    name: module.name,
    shape: [size, size, inceptionOutputChannels(module)],
    params: 0,
    macs: 0,
    layers: [
      layer("branch1", "conv", "conv 1×1", module.conv1, [input]),
      layer("branch2.reduce", "conv", "conv 1×1", module.reduce3, [input]),
      layer("branch2.conv", "conv", "conv 3×3", module.conv3, ["branch2.reduce"]),
      layer("branch3.reduce", "conv", "conv 1×1", module.reduce5, [input]),
      layer("branch3.conv", "conv", "conv 5×5", module.conv5, ["branch3.reduce"]),
      layer("branch4.pool", "maxpool", "max pool 3×3", module.inputChannels, [input]),
      layer("branch4.conv", "conv", "conv 1×1", module.poolProjection, ["branch4.pool"]),
      layer("cat", "cat", "", inceptionOutputChannels(module), [
        "branch1",
        "branch2.conv",
        "branch3.conv",
        "branch4.conv"
      ])
    ]
  };
}

const nodeWidth = 118;
const nodeHeight = 40;
const laneGap = 14;
const rankGap = 30;

/** Figure 3.3: an Inception v1 module (default: GoogLeNet's first, 3a), laid out by `layoutBlock`. */
export function inceptionModuleFigure({
  lang,
  module = googlenetModules[0]
}: {
  lang: Lang;
  module?: InceptionV1Module;
}): HTMLElement {
  const layout = layoutBlock(inceptionBlock(module));
  const width = layout.lanes * nodeWidth + (layout.lanes - 1) * laneGap + 8;
  const height = layout.ranks * (nodeHeight + rankGap) - rankGap + 8;
  const svg = figureSvg("convlab-figure-inception", width, height, figuresMessages.inceptionCaption[lang]);
  const centred = (id: string) => id.startsWith("in:") || id === "cat";
  const x = (node: {id: string; lane: number}) =>
    centred(node.id) ? (width - nodeWidth * 2) / 2 : 4 + node.lane * (nodeWidth + laneGap);
  const w = (id: string) => (centred(id) ? nodeWidth * 2 : nodeWidth);
  const y = (rank: number) => 4 + rank * (nodeHeight + rankGap);
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const edges = svg.append("g").attr("class", "convlab-figure-edges");
  for (const edge of layout.edges) {
    const from = byId.get(edge.from)!;
    const to = byId.get(edge.to)!;
    const fromX = centred(from.id) ? x(to) + w(to.id) / 2 : x(from) + w(from.id) / 2;
    const toX = centred(to.id) ? x(from) + w(from.id) / 2 : x(to) + w(to.id) / 2;
    edges
      .append("line")
      .attr("class", "convlab-figure-edge")
      .attr("x1", fromX)
      .attr("y1", y(from.rank) + nodeHeight)
      .attr("x2", toX)
      .attr("y2", y(to.rank))
      .attr("stroke", figureColors.muted)
      .attr("marker-end", "url(#convlab-arrow)");
  }
  const nodes = svg
    .append("g")
    .selectAll("g")
    .data(layout.nodes)
    .join("g")
    .attr("class", (node) => `convlab-figure-node convlab-figure-${node.layer?.kind ?? "input"}`)
    .attr("transform", (node) => `translate(${x(node)},${y(node.rank)})`);
  nodes
    .append("rect")
    .attr("width", (node) => w(node.id))
    .attr("height", nodeHeight)
    .attr("rx", 5)
    .attr("fill", (node) =>
      node.layer?.kind === "conv" || node.layer?.kind === "maxpool" ? figureColors.fill : figureColors.background
    )
    .attr("stroke", (node) => (centred(node.id) ? figureColors.accent : figureColors.faint));
  const shape = (channels: number) => `${module.size}×${module.size}×${channels}`;
  nodes
    .append("text")
    .attr("class", "convlab-figure-label")
    .attr("x", (node) => w(node.id) / 2)
    .attr("y", 17)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .text((node) =>
      !node.layer
        ? figuresMessages.previousLayer[lang]
        : node.layer.kind === "cat"
          ? figuresMessages.concatenate[lang]
          : node.layer.label
    );
  nodes
    .append("text")
    .attr("class", "convlab-figure-shape")
    .attr("x", (node) => w(node.id) / 2)
    .attr("y", 33)
    .attr("text-anchor", "middle")
    .attr("fill", figureColors.muted)
    .style("font-size", "11px")
    .text((node) => (node.layer ? shape(node.layer.shape[2]) : shape(module.inputChannels)));
  return numberedFigure("inception-module", [3, 3], figuresMessages.inceptionCaption, lang, svg.node()!);
}

/** One row of {@link googlenetFigure}. */
export interface GoogLeNetStep {
  kind: "stem" | "module" | "pool" | "head";
  label: string;
  shape: number[];
  /** For a module: its branches' output channels. */
  branches?: number[];
}

/** GoogLeNet's steps: the stem, the nine modules with a max pooling after 3b and 4e, and the head. */
export function googlenetSteps(lang: Lang, modules: readonly InceptionV1Module[] = googlenetModules): GoogLeNetStep[] {
  const steps: GoogLeNetStep[] = [
    {
      kind: "stem",
      label: `${figuresMessages.stem[lang]}: conv 7×7 /2, max pool, conv 1×1, conv 3×3, max pool`,
      shape: [modules[0].size, modules[0].size, modules[0].inputChannels]
    }
  ];
  modules.forEach((module, i) => {
    const next = modules[i + 1];
    const channels = inceptionOutputChannels(module);
    steps.push({
      kind: "module",
      label: `inception ${module.name}`,
      shape: [module.size, module.size, channels],
      branches: [module.conv1, module.conv3, module.conv5, module.poolProjection]
    });
    if (next && next.size < module.size)
      steps.push({kind: "pool", label: figuresMessages.maxPool[lang], shape: [next.size, next.size, channels]});
  });
  steps.push({kind: "head", label: figuresMessages.head[lang], shape: [1000]});
  return steps;
}

/** Layers with weights along GoogLeNet's deepest path: the stem's 3 convolutions, 2 per module, the classifier. */
export const googlenetDepth = (modules: readonly InceptionV1Module[] = googlenetModules) => 3 + 2 * modules.length + 1;

/** Figure 3.4: GoogLeNet by its modules, each a bar as wide as its output channels, split by branch. */
export function googlenetFigure({lang}: {lang: Lang}): HTMLElement {
  const steps = googlenetSteps(lang);
  const row = 30;
  const labelWidth = 170;
  const barWidth = 230;
  const width = labelWidth + barWidth + 10;
  const height = steps.length * row + 4;
  const widest = Math.max(...steps.map((step) => step.shape.at(-1)!));
  const description = `${figuresMessages.googlenetCaption[lang]} ${steps
    .map((step) => `${step.label}: ${step.shape.join("×")}`)
    .join("; ")}.`;
  const svg = figureSvg("convlab-figure-googlenet", width, height, description);
  const opacities = [0.9, 0.65, 0.45, 0.25];
  steps.forEach((step, i) => {
    const g = svg
      .append("g")
      .attr("class", `convlab-figure-step convlab-figure-${step.kind}`)
      .attr("transform", `translate(0,${2 + i * row})`);
    g.append("text")
      .attr("class", "convlab-figure-label")
      .attr("x", labelWidth - 8)
      .attr("y", row / 2 + 4)
      .attr("text-anchor", "end")
      .attr("fill", "currentColor")
      .style("font-size", step.kind === "stem" ? "11px" : "13px")
      .text(step.kind === "stem" ? figuresMessages.stem[lang] : step.label);
    const scale = (channels: number) => (barWidth - 70) * (channels / widest);
    if (step.branches) {
      let left = labelWidth;
      step.branches.forEach((channels, b) => {
        g.append("rect")
          .attr("class", "convlab-figure-branch")
          .attr("x", left)
          .attr("y", 4)
          .attr("width", scale(channels))
          .attr("height", row - 8)
          .attr("fill", figureColors.accent)
          .attr("fill-opacity", opacities[b]);
        left += scale(channels);
      });
    } else if (step.kind !== "head") {
      g.append("rect")
        .attr("x", labelWidth)
        .attr("y", row / 2 - 2)
        .attr("width", scale(step.shape.at(-1)!))
        .attr("height", 4)
        .attr("fill", figureColors.muted);
    }
    g.append("text")
      .attr("class", "convlab-figure-shape")
      .attr("x", step.kind === "head" ? labelWidth : labelWidth + scale(step.shape.at(-1)!) + 6)
      .attr("y", row / 2 + 4)
      .attr("fill", figureColors.muted)
      .text(step.shape.join("×"));
  });
  return numberedFigure("googlenet", [3, 4], figuresMessages.googlenetCaption, lang, svg.node()!);
}
