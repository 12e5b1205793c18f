import * as d3 from "../d3.js";
import {figuresMessages, formatNumber, type Lang} from "../../i18n/index.js";
import {figureColors, figureSvg, numberedFigure} from "./frame.js";

/** A network and its depth: layers with weights (convolutional and fully connected), as the papers count them. */
export interface DepthEntry {
  year: number;
  name: string;
  layers: number;
}

/** The ImageNet winners' depth (VGG was second in 2014): AlexNet 8, VGG 16 and 19, GoogLeNet 22, ResNet 152. */
export const imagenetDepths: readonly DepthEntry[] = [
  {year: 2012, name: "AlexNet", layers: 8},
  {year: 2014, name: "VGG-16", layers: 16},
  {year: 2014, name: "VGG-19", layers: 19},
  {year: 2014, name: "GoogLeNet", layers: 22},
  {year: 2015, name: "ResNet-152", layers: 152}
];

const width = 380;
const rowHeight = 34;
const margin = {top: 26, right: 40, bottom: 8, left: 128};

/** Figure 3.1: the winners' depth by year, one bar per network, to sit beside the top-5 chart. */
export function depthChart({
  lang,
  entries = imagenetDepths
}: {
  lang: Lang;
  entries?: readonly DepthEntry[];
}): HTMLElement {
  const height = margin.top + entries.length * rowHeight + margin.bottom;
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(...entries.map((entry) => entry.layers))])
    .range([margin.left, width - margin.right]);
  const description = `${figuresMessages.depthCaption[lang]} ${entries
    .map((entry) => `${entry.name} (${entry.year}): ${formatNumber(entry.layers, lang)}`)
    .join("; ")}.`;
  const svg = figureSvg("convlab-figure-depth", width, height, description);
  svg
    .append("text")
    .attr("x", margin.left)
    .attr("y", 14)
    .attr("fill", figureColors.muted)
    .text(figuresMessages.depthAxis[lang]);
  const bars = svg
    .append("g")
    .selectAll("g")
    .data(entries)
    .join("g")
    .attr("class", "convlab-figure-depth-bar")
    .attr("transform", (_, i) => `translate(0,${margin.top + i * rowHeight})`);
  bars
    .append("rect")
    .attr("x", x(0))
    .attr("y", 4)
    .attr("width", (entry) => x(entry.layers) - x(0))
    .attr("height", rowHeight - 10)
    .attr("fill", figureColors.accent)
    .attr("fill-opacity", 0.7);
  bars
    .append("text")
    .attr("class", "convlab-figure-label")
    .attr("x", margin.left - 8)
    .attr("y", rowHeight / 2 + 3)
    .attr("text-anchor", "end")
    .attr("fill", "currentColor")
    .text((entry) => `${entry.name} · ${entry.year}`);
  bars
    .append("text")
    .attr("class", "convlab-figure-value")
    .attr("x", (entry) => x(entry.layers) + 4)
    .attr("y", rowHeight / 2 + 3)
    .attr("fill", "currentColor")
    .text((entry) => formatNumber(entry.layers, lang));
  return numberedFigure("depth-by-year", [3, 1], figuresMessages.depthCaption, lang, svg.node()!);
}
