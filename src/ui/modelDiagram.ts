import * as d3 from "./d3.js";
import {formatCount, formatLarge, surveyMessages, type Lang} from "../i18n/index.js";
import type {DiagramBlock, DiagramStage, ModelDescription} from "../models/zoo/describeModel.js";
import {layoutBlock, type LayoutNode} from "./blockLayout.js";
import {element} from "./dom.js";

/** Options of {@link modelDiagram}. */
export interface ModelDiagramOptions {
  lang: Lang;
  /** The block shown in detail at first (default: the first residual, concatenating or SE block, else the first with a convolution and 3 layers). */
  block?: string;
}

type BlockCategory = keyof typeof surveyMessages.legend;

const categoryColors: Record<BlockCategory, string> = {
  sequence: "#8da2c0",
  residual: "#e08a2e",
  concatenation: "#3f9b5c",
  squeezeExcitation: "#8a5cc7"
};

const kindFills: Record<string, string> = {
  conv: "#dbe6fb",
  linear: "#fde5cc",
  bn: "#ececec",
  relu: "#f6f1de",
  sigmoid: "#f6f1de",
  maxpool: "#dcf1e2",
  avgpool: "#dcf1e2",
  adaptiveavgpool: "#dcf1e2",
  cat: "#eadcf8",
  add: "#eadcf8",
  scale: "#eadcf8",
  input: "#ffffff"
};

/** What kind of block it is, for its colour: SE beats residual beats concatenation. */
function categoryOf(block: DiagramBlock): BlockCategory {
  const kinds = new Set(block.layers.map((layer) => layer.kind));
  if (kinds.has("scale")) return "squeezeExcitation";
  if (kinds.has("add")) return "residual";
  if (kinds.has("cat")) return "concatenation";
  return "sequence";
}

const shapeText = (shape: number[]) => shape.join("×");

/**
 * A diagram of a model drawn from its description (see `describeModel`): one row per stage — a square
 * whose side grows with the feature map's size, its shape, and a chip per block coloured by the kind of
 * block — and, below, the layers of the chosen block as a layered graph (click a chip to choose).
 */
export function modelDiagram(description: ModelDescription, {lang, block}: ModelDiagramOptions): HTMLElement {
  const blocks = description.stages.flatMap((stage) => stage.blocks);
  const initial =
    blocks.find((candidate) => candidate.name === block) ??
    blocks.find((candidate) => categoryOf(candidate) !== "sequence") ??
    blocks.find(
      (candidate) => candidate.layers.length >= 3 && candidate.layers.some((layer) => layer.kind === "conv")
    ) ??
    blocks[0];
  const detail = element("div", {class: "convlab-block-detail"});
  const overview = drawOverview(description, lang, (chosen) => select(chosen));
  const legend = element(
    "div",
    {
      class: "convlab-diagram-legend",
      style: "display:flex;gap:1rem;flex-wrap:wrap;font-size:13px;color:var(--theme-foreground-muted)"
    },
    ...(Object.keys(categoryColors) as BlockCategory[]).map((category) =>
      element(
        "span",
        {},
        element("span", {
          style: `display:inline-block;width:0.8em;height:0.8em;margin-right:0.3em;border-radius:2px;background:${categoryColors[category]}`
        }),
        surveyMessages.legend[category][lang]
      )
    )
  );
  const root = element(
    "div",
    {class: "convlab-model-diagram", "data-model": description.name, style: "max-width:100%;overflow-x:auto"},
    overview,
    legend,
    element(
      "p",
      {style: "font-size:13px;color:var(--theme-foreground-muted);margin:0.25rem 0"},
      surveyMessages.pickBlock[lang]
    ),
    detail
  );

  function select(chosen: DiagramBlock): void {
    d3.select(overview)
      .selectAll<SVGRectElement, DiagramBlock>("rect.convlab-diagram-chip")
      .attr("stroke", (b) => (b === chosen ? "currentColor" : "none"));
    root.dataset.block = chosen.name;
    detail.replaceChildren(drawBlock(chosen, lang));
  }
  select(initial);
  return root;
}

const overviewWidth = 720;
const labelWidth = 200;
const chip = 16;
const chipGap = 4;
const chipsPerRow = Math.floor((overviewWidth - labelWidth - 10) / (chip + chipGap));

function drawOverview(description: ModelDescription, lang: Lang, onPick: (block: DiagramBlock) => void): SVGSVGElement {
  const largest = Math.max(...description.stages.map((stage) => (stage.shape.length === 3 ? stage.shape[0] : 1)));
  const rowHeight = (stage: DiagramStage) =>
    Math.max(46, Math.ceil(stage.blocks.length / chipsPerRow) * (chip + chipGap) + 10);
  const tops = description.stages.map((_, i) =>
    description.stages.slice(0, i).reduce((sum, stage) => sum + rowHeight(stage), 0)
  );
  const height = tops.at(-1)! + rowHeight(description.stages.at(-1)!);
  const svg = d3
    .create("svg")
    .attr("class", "convlab-model-overview")
    .attr("viewBox", `0 0 ${overviewWidth} ${height}`)
    .attr("width", overviewWidth)
    .attr("height", height)
    .attr("role", "img")
    .attr("aria-label", description.name)
    .style("font-size", "12px")
    .style("font-family", "var(--sans-serif)");
  const rows = svg
    .selectAll("g.convlab-diagram-stage")
    .data(description.stages)
    .join("g")
    .attr("class", "convlab-diagram-stage")
    .attr("transform", (_, i) => `translate(0,${tops[i]})`);
  rows
    .append("rect")
    .attr("class", "convlab-diagram-map")
    .each(function (stage) {
      const spatial = stage.shape.length === 3;
      const side = spatial ? 6 + 30 * Math.sqrt(stage.shape[0] / largest) : 36;
      d3.select(this)
        .attr("x", 4 + (36 - side) / 2)
        .attr("y", spatial ? 4 + (36 - side) / 2 : 20)
        .attr("width", side)
        .attr("height", spatial ? side : 4)
        .attr("fill", "#8da2c0")
        .attr("fill-opacity", 0.35)
        .attr("stroke", "#8da2c0");
    });
  rows
    .append("text")
    .attr("x", 48)
    .attr("y", 18)
    .attr("fill", "currentColor")
    .style("font-weight", "600")
    .text((stage) =>
      stage.shape.length === 3 ? shapeText(stage.shape) : `${surveyMessages.vector[lang]} ${stage.shape.join("×")}`
    );
  rows
    .append("text")
    .attr("x", 48)
    .attr("y", 34)
    .attr("fill", "currentColor")
    .attr("fill-opacity", 0.65)
    .text((stage) => surveyMessages.blockCount(stage.blocks.length)[lang]);
  rows
    .selectAll("rect.convlab-diagram-chip")
    .data((stage) => stage.blocks)
    .join("rect")
    .attr("class", "convlab-diagram-chip")
    .attr("data-block", (block) => block.name)
    .attr("x", (_, i) => labelWidth + (i % chipsPerRow) * (chip + chipGap))
    .attr("y", (_, i) => 5 + Math.floor(i / chipsPerRow) * (chip + chipGap))
    .attr("width", chip)
    .attr("height", chip)
    .attr("rx", 3)
    .attr("fill", (block) => categoryColors[categoryOf(block)])
    .attr("stroke-width", 2)
    .style("cursor", "pointer")
    // A block is picked by mouse, or from the keyboard: Tab to it, then Enter or Space.
    .attr("tabindex", 0)
    .attr("role", "button")
    .attr("aria-label", (block) => `${block.name}, ${shapeText(block.shape)}`)
    .on("click", (_, block) => onPick(block))
    .on("keydown", (event: KeyboardEvent, block) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      onPick(block);
    })
    .append("title")
    .text(
      (block) =>
        `${block.name}\n${shapeText(block.shape)} · ${formatCount(block.params, lang)} · ${formatLarge(block.macs, lang)}`
    );
  return svg.node()!;
}

const nodeWidth = 176;
const nodeHeight = 34;
const laneWidth = nodeWidth + 28;
const rankHeight = 50;
let markerCount = 0;

function drawBlock(block: DiagramBlock, lang: Lang): HTMLElement {
  const layout = layoutBlock(block);
  const width = layout.lanes * laneWidth + 24;
  const height = layout.ranks * rankHeight;
  const position = new Map(
    layout.nodes.map((node) => [node.id, {x: 4 + node.lane * laneWidth, y: 4 + node.rank * rankHeight}])
  );
  const markerId = `convlab-arrow-${++markerCount}`;
  const svg = d3
    .create("svg")
    .attr("class", "convlab-block-diagram")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .style("font-size", "11px")
    .style("font-family", "var(--sans-serif)");
  svg
    .append("defs")
    .append("marker")
    .attr("id", markerId)
    .attr("viewBox", "0 0 8 8")
    .attr("refX", 8)
    .attr("refY", 4)
    .attr("markerWidth", 6)
    .attr("markerHeight", 6)
    .attr("orient", "auto")
    .append("path")
    .attr("d", "M0,0L8,4L0,8z")
    .attr("fill", "#888");
  const nodeById = new Map(layout.nodes.map((node) => [node.id, node]));
  const laneFree = (lane: number, fromRank: number, toRank: number) =>
    !layout.nodes.some((node) => node.lane === lane && node.rank > fromRank && node.rank < toRank);
  svg
    .append("g")
    .selectAll("path")
    .data(layout.edges)
    .join("path")
    .attr("class", "convlab-diagram-edge")
    .attr("fill", "none")
    .attr("stroke", "#888")
    .attr("marker-end", `url(#${markerId})`)
    .attr("d", ({from, to}) => {
      const [a, b] = [position.get(from)!, position.get(to)!];
      const [source, target] = [nodeById.get(from)!, nodeById.get(to)!];
      const [ax, bx] = [a.x + nodeWidth / 2, b.x + nodeWidth / 2];
      const bend = (x1: number, y1: number, x2: number, y2: number) =>
        d3.linkVertical()({source: [x1, y1], target: [x2, y2]}) ?? "";
      if (target.rank - source.rank <= 1) return bend(ax, a.y + nodeHeight, bx, b.y);
      if (source.lane === target.lane) {
        // A shortcut along its own lane: around the right of the chain it skips.
        const right = a.x + nodeWidth + 12;
        return `M${a.x + nodeWidth},${a.y + nodeHeight / 2}C${right},${a.y + nodeHeight / 2} ${right},${a.y + nodeHeight} ${right},${a.y + nodeHeight + 8}L${right},${b.y + nodeHeight / 2 - 8}C${right},${b.y + nodeHeight / 2} ${right},${b.y + nodeHeight / 2} ${b.x + nodeWidth},${b.y + nodeHeight / 2}`;
      }
      // A long edge between lanes runs down whichever lane is free, and bends in the gap next to the other end.
      const gapAbove = b.y - (rankHeight - nodeHeight) / 2;
      const gapBelow = a.y + nodeHeight + (rankHeight - nodeHeight) / 2;
      if (laneFree(source.lane, source.rank, target.rank))
        return `M${ax},${a.y + nodeHeight}L${ax},${gapAbove - 8}${bend(ax, gapAbove - 8, bx, b.y).replace(/^M[^C]*/, "")}`;
      if (laneFree(target.lane, source.rank, target.rank))
        return `${bend(ax, a.y + nodeHeight, bx, gapBelow + 8)}L${bx},${b.y}`;
      return bend(ax, a.y + nodeHeight, bx, b.y);
    });
  const nodes = svg
    .append("g")
    .selectAll("g")
    .data(layout.nodes)
    .join("g")
    .attr("class", "convlab-diagram-node")
    .attr("data-kind", (node) => node.layer?.kind ?? "outside")
    .attr("transform", (node) => `translate(${position.get(node.id)!.x},${position.get(node.id)!.y})`);
  nodes
    .append("rect")
    .attr("width", nodeWidth)
    .attr("height", nodeHeight)
    .attr("rx", 4)
    .attr("fill", (node) => (node.layer ? (kindFills[node.layer.kind] ?? "#f2f2f2") : "#ffffff"))
    .attr("stroke", (node) => (node.layer ? "#9aa5b1" : "#bbb"))
    .attr("stroke-dasharray", (node) => (node.layer ? null : "4 3"));
  nodes
    .append("text")
    .attr("x", 6)
    .attr("y", 14)
    .attr("fill", "#222")
    .text((node) => truncate(nodeTitle(node, lang), 30));
  nodes
    .append("text")
    .attr("x", 6)
    .attr("y", 27)
    .attr("fill", "#666")
    .style("font-size", "10px")
    .text((node) => truncate(nodeSubtitle(node, lang), 34));
  nodes.append("title").text((node) => (node.layer ? node.layer.name : (node.sources ?? []).join("\n")));
  const header = element(
    "div",
    {class: "convlab-block-title", style: "font-size:14px;margin:0.5rem 0 0.25rem"},
    element("strong", {}, block.name),
    ` · ${surveyMessages.layerCount(block.layers.length)[lang]} · ${formatCount(block.params, lang)} · ${formatLarge(block.macs, lang)} · ${shapeText(block.shape)}`
  );
  return element("div", {}, header, svg.node()!);
}

function nodeTitle(node: LayoutNode, lang: Lang): string {
  if (node.layer) return node.layer.label;
  return node.sources!.length === 1
    ? `${surveyMessages.fromLayer[lang]} ${node.sources![0]}`
    : surveyMessages.inputsCollapsed(node.sources!.length)[lang];
}

function nodeSubtitle(node: LayoutNode, lang: Lang): string {
  if (!node.layer) return "";
  const name = node.layer.name.slice(node.layer.name.indexOf("/") + 1);
  const params = node.layer.params > 0 ? ` · ${formatCount(node.layer.params, lang)}` : "";
  return `${shapeText(node.layer.shape)}${params} · ${name}`;
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
