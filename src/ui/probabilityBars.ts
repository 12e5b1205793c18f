import * as d3 from "./d3.js";
import {formatNumber, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";

/** Options of {@link probabilityBars}. */
export interface ProbabilityBarsOptions {
  /** The bar drawn in the accent colour (e.g. the true class). */
  highlight?: number;
  /** Text under each bar (default: its index). */
  labels?: readonly string[];
  caption?: string;
  /** The language of the values' decimal mark. */
  lang?: Lang;
}

const height = 150;
const margin = {top: 18, bottom: 22, left: 8, right: 8};

/** A small bar chart of values between 0 and 1, each bar labelled with its value. */
export function probabilityBars(
  values: readonly number[],
  {highlight, labels, caption, lang = "en"}: ProbabilityBarsOptions = {}
): HTMLElement {
  const barWidth = Math.max(14, Math.min(48, Math.floor(600 / Math.max(values.length, 1))));
  const width = margin.left + margin.right + values.length * barWidth;
  const x = d3
    .scaleBand<number>()
    .domain(values.map((_, i) => i))
    .range([margin.left, width - margin.right])
    .padding(0.15);
  const y = d3
    .scaleLinear()
    .domain([0, 1])
    .range([height - margin.bottom, margin.top]);
  const svg = d3
    .create("svg")
    .attr("class", "convlab-probability-bars")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    // The bars as text, for a screen reader: "0: 0.1, 1: 0.7, …".
    .attr("role", "img")
    .attr(
      "aria-label",
      values
        .map((value, i) => `${labels?.[i] ?? i}: ${formatNumber(value, lang, {maximumFractionDigits: 3})}`)
        .join(lang === "ru" ? "; " : ", ")
    )
    .style("font-size", "10px")
    .style("font-family", "var(--sans-serif)");
  const bars = svg.selectAll("g").data(values).join("g");
  bars
    .append("rect")
    .attr("x", (_, i) => x(i)!)
    .attr("y", (value) => y(value))
    .attr("width", x.bandwidth())
    .attr("height", (value) => y(0) - y(value))
    .attr("fill", (_, i) => (i === highlight ? "#e08a2e" : "#3b6fd8"));
  bars
    .append("text")
    .attr("x", (_, i) => x(i)! + x.bandwidth() / 2)
    .attr("y", (value) => y(value) - 3)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .text((value) => (values.length > 12 ? "" : formatNumber(value, lang, {maximumFractionDigits: 3})));
  bars
    .append("text")
    .attr("x", (_, i) => x(i)! + x.bandwidth() / 2)
    .attr("y", height - 6)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .attr("fill-opacity", 0.65)
    .text((_, i) => labels?.[i] ?? String(i));
  return element(
    "figure",
    {class: "convlab-probabilities", style: "margin:0.5rem 0"},
    svg.node()!,
    caption ? element("figcaption", {}, caption) : null
  );
}
