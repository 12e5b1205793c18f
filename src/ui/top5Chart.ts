import * as d3 from "./d3.js";
import {formatNumber, surveyMessages, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";

/** One entry of the ImageNet (ILSVRC) classification challenge. */
export interface Top5Entry {
  year: number;
  /** The network or team, as it is usually cited. */
  name: string;
  /** Top-5 error on the test set, in percent. */
  error: number;
}

/**
 * ILSVRC classification results, top-5 error on the test set (the challenge's published results; the
 * chart usually shown for them, as in Stanford's CS231n): the winner of each year, and VGG, second in 2014.
 */
export const ilsvrcTop5: readonly Top5Entry[] = [
  {year: 2010, name: "NEC-UIUC", error: 28.2},
  {year: 2011, name: "XRCE", error: 25.8},
  {year: 2012, name: "AlexNet", error: 16.4},
  {year: 2013, name: "ZFNet", error: 11.7},
  {year: 2014, name: "VGG", error: 7.3},
  {year: 2014, name: "GoogLeNet", error: 6.7},
  {year: 2015, name: "ResNet", error: 3.6},
  {year: 2016, name: "Trimps-Soushen", error: 3.0},
  {year: 2017, name: "SENet", error: 2.3}
];

/** Human top-5 error on the same task, measured by Andrej Karpathy (Russakovsky et al., 2015). */
export const humanTop5 = 5.1;

/** Options of {@link top5Chart}. */
export interface Top5ChartOptions {
  lang: Lang;
  entries?: readonly Top5Entry[];
  human?: number;
}

const width = 720;
const height = 300;
const margin = {top: 20, right: 16, bottom: 52, left: 48};

/** A bar chart of ImageNet top-5 error by year, with the human error as a dashed line. */
export function top5Chart({lang, entries = ilsvrcTop5, human = humanTop5}: Top5ChartOptions): HTMLElement {
  const x = d3
    .scaleBand<number>()
    .domain(entries.map((_, i) => i))
    .range([margin.left, width - margin.right])
    .padding(0.25);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(...entries.map((entry) => entry.error), human)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const svg = d3
    .create("svg")
    .attr("class", "convlab-top5-chart")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("role", "img")
    .attr(
      "aria-label",
      // The chart's data as text, for a screen reader: "…: 2010 NEC-UIUC 28.2; …; human 5.1".
      `${surveyMessages.top5Axis[lang]}: ${entries
        .map((entry) => `${entry.year} ${entry.name} ${formatNumber(entry.error, lang)}`)
        .join("; ")}; ${surveyMessages.human[lang]} ${formatNumber(human, lang)}`
    )
    .style("max-width", "100%")
    .style("height", "auto")
    .style("font-size", "12px")
    .style("font-family", "var(--sans-serif)");
  svg
    .append("g")
    .attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(6))
    .call((axis) =>
      axis
        .append("text")
        .attr("x", -margin.left + 4)
        .attr("y", margin.top - 8)
        .attr("fill", "currentColor")
        .attr("text-anchor", "start")
        .text(surveyMessages.top5Axis[lang])
    );
  const bars = svg.append("g").selectAll("g").data(entries).join("g").attr("class", "convlab-top5-bar");
  bars
    .append("rect")
    .attr("x", (_, i) => x(i)!)
    .attr("y", (entry) => y(entry.error))
    .attr("width", x.bandwidth())
    .attr("height", (entry) => y(0) - y(entry.error))
    .attr("fill", (entry) => (entry.error < human ? "#3f9b5c" : "#3b6fd8"));
  bars
    .append("text")
    .attr("x", (_, i) => x(i)! + x.bandwidth() / 2)
    .attr("y", (entry) => y(entry.error) - 4)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .text((entry) => formatNumber(entry.error, lang, {minimumFractionDigits: 1}));
  bars
    .append("text")
    .attr("x", (_, i) => x(i)! + x.bandwidth() / 2)
    .attr("y", height - margin.bottom + 16)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .text((entry) => entry.name);
  bars
    .append("text")
    .attr("x", (_, i) => x(i)! + x.bandwidth() / 2)
    .attr("y", height - margin.bottom + 32)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .attr("fill-opacity", 0.65)
    .text((entry) => entry.year);
  const humanLine = svg.append("g").attr("class", "convlab-top5-human");
  humanLine
    .append("line")
    .attr("x1", margin.left)
    .attr("x2", width - margin.right)
    .attr("y1", y(human))
    .attr("y2", y(human))
    .attr("stroke", "#e08a2e")
    .attr("stroke-dasharray", "6 4");
  humanLine
    .append("text")
    .attr("x", width - margin.right)
    .attr("y", y(human) - 5)
    .attr("text-anchor", "end")
    .attr("fill", "#e08a2e")
    .text(`${surveyMessages.human[lang]}: ${formatNumber(human, lang)}%`);
  return element("figure", {class: "convlab-top5", style: "margin:1rem 0"}, svg.node()!);
}
