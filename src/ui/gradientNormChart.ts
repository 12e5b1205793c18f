import * as d3 from "./d3.js";
import {gradientNormMessages, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";

/** One curve: a gradient norm per layer, the layer next to the input first. */
export interface GradientNormSeries {
  label: string;
  values: readonly number[];
}

export interface GradientNormChart {
  element: HTMLElement;
  update(series: readonly GradientNormSeries[]): void;
}

const width = 640;
const height = 300;
const margin = {top: 14, right: 16, bottom: 40, left: 64};
const colors = ["#e0453a", "#3b6fd8", "#2a9d6f", "#9a5bd1"];

/**
 * The gradient norm of each layer, on a logarithmic axis: a vanishing gradient is a line falling
 * towards the input by orders of magnitude, an exploding one a line climbing.
 */
export function gradientNormChart(
  series: readonly GradientNormSeries[] = [],
  {lang = "en"}: {lang?: Lang} = {}
): GradientNormChart {
  const svg = d3
    .create("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("role", "img")
    .attr("aria-label", gradientNormMessages.norm[lang])
    .node()!;
  const legend = element("div", {class: "convlab-chart-legend"});
  const root = element("div", {class: "convlab-chart convlab-gradient-chart", "data-series": "0"}, svg, legend);
  const chart: GradientNormChart = {
    element: root,
    update(next) {
      draw(svg, next, lang);
      legend.replaceChildren(
        ...next.map((s, i) =>
          element(
            "span",
            {},
            element("span", {class: "convlab-swatch", style: `background:${colors[i % colors.length]}`}),
            s.label
          )
        )
      );
      root.dataset.series = String(next.length);
    }
  };
  if (series.length) chart.update(series);
  return chart;
}

function draw(svg: SVGSVGElement, series: readonly GradientNormSeries[], lang: Lang): void {
  const root = d3.select(svg);
  root.selectAll("*").remove();
  const depth = Math.max(1, ...series.map((s) => s.values.length));
  const positive = series.flatMap((s) => s.values).filter((v) => Number.isFinite(v) && v > 0);
  const [low, high] = positive.length ? [d3.min(positive)!, d3.max(positive)!] : [1e-3, 1];
  const x = d3
    .scaleLinear()
    .domain([1, Math.max(2, depth)])
    .range([margin.left, width - margin.right]);
  const y = d3
    .scaleLog()
    .domain([low / 2, high * 2])
    .range([height - margin.bottom, margin.top]);
  const decades = Math.max(1, Math.ceil(Math.log10((high * 2) / (low / 2))));
  root
    .append("g")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(depth, 10)).tickFormat(d3.format("d")));
  root
    .append("g")
    .attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(decades, 8), "~e"));
  root
    .append("text")
    .attr("x", (margin.left + width - margin.right) / 2)
    .attr("y", height - 6)
    .attr("text-anchor", "middle")
    .attr("class", "convlab-axis-label")
    .text(gradientNormMessages.layer[lang]);
  root
    .append("text")
    .attr("x", margin.left + 6)
    .attr("y", margin.top + 10)
    .attr("class", "convlab-axis-label")
    .text(gradientNormMessages.norm[lang]);
  const line = d3
    .line<number>()
    .defined((v) => Number.isFinite(v) && v > 0)
    .x((_, i) => x(i + 1))
    .y((v) => y(v));
  series.forEach((s, i) => {
    root
      .append("path")
      .attr("class", "convlab-gradient-series")
      .attr("fill", "none")
      .attr("stroke", colors[i % colors.length])
      .attr("stroke-width", 2)
      .attr("d", line([...s.values]) ?? "");
  });
}
