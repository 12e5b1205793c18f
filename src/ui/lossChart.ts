import * as d3 from "./d3.js";
import {formatNumber, formatPercent, trainingMessages, type Lang} from "../i18n/index.js";
import type {EpochLog} from "../train/types.js";
import {element} from "./dom.js";

/** A point of the running training curve: `x` in epochs (2.5 is half-way through epoch 3). */
export interface BatchPoint {
  x: number;
  loss: number;
  accuracy: number;
}

export interface LossChartData {
  epochs: readonly EpochLog[];
  batches: readonly BatchPoint[];
  /** The last epoch planned, so the axis does not jump while training (default: the data's). */
  lastEpoch?: number;
}

export interface LossChart {
  element: HTMLElement;
  update(data: LossChartData): void;
}

const width = 320;
const height = 210;
const margin = {top: 12, right: 12, bottom: 34, left: 48};
const colors = {batches: "#9aa5b1", train: "#3b6fd8", validation: "#e07b00"};

/**
 * Two small charts side by side: loss and accuracy against epochs. The running training means of
 * the current run are a thin grey line; each finished epoch adds a training point (blue) and a
 * validation point (orange), as the document prints them. `update` redraws them with new data.
 */
export function lossChart(
  data: LossChartData = {epochs: [], batches: []},
  {lang = "en"}: {lang?: Lang} = {}
): LossChart {
  const panels = [panel("loss", trainingMessages.loss[lang]), panel("accuracy", trainingMessages.accuracy[lang])];
  const legend = element(
    "div",
    {class: "convlab-chart-legend"},
    ...(
      [
        ["batches", trainingMessages.trainRunning[lang]],
        ["train", trainingMessages.trainEpoch[lang]],
        ["validation", trainingMessages.validation[lang]]
      ] as const
    ).map(([series, label]) =>
      element("span", {}, element("span", {class: "convlab-swatch", style: `background:${colors[series]}`}), label)
    )
  );
  const root = element(
    "div",
    {class: "convlab-chart", "data-epochs": "0", "data-batches": "0"},
    element("div", {class: "convlab-chart-panels"}, ...panels.map((p) => p.svg)),
    legend
  );
  const chart: LossChart = {
    element: root,
    update(data) {
      for (const p of panels) draw(p, data, lang);
      root.dataset.epochs = String(data.epochs.length);
      root.dataset.batches = String(data.batches.length);
    }
  };
  chart.update(data);
  return chart;
}

interface Panel {
  metric: "loss" | "accuracy";
  title: string;
  svg: SVGSVGElement;
}

function panel(metric: Panel["metric"], title: string): Panel {
  const svg = d3
    .create("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("class", `convlab-chart-${metric}`)
    .attr("role", "img")
    .attr("aria-label", title)
    .node()!;
  return {metric, title, svg};
}

function draw({metric, title, svg}: Panel, {epochs, batches, lastEpoch}: LossChartData, lang: Lang): void {
  const root = d3.select(svg);
  root.selectAll("*").remove();
  const xMax = Math.max(1, lastEpoch ?? 0, epochs.at(-1)?.epoch ?? 0, Math.ceil(batches.at(-1)?.x ?? 0));
  const x = d3
    .scaleLinear()
    .domain([0, xMax])
    .range([margin.left, width - margin.right]);
  const values = [
    ...epochs.flatMap((log) => (metric === "loss" ? [log.loss, log.valLoss] : [log.accuracy, log.valAccuracy])),
    ...batches.map((point) => point[metric])
  ].filter(Number.isFinite);
  const y =
    metric === "accuracy"
      ? d3
          .scaleLinear()
          .domain([0, 1])
          .range([height - margin.bottom, margin.top])
      : d3
          .scaleLinear()
          .domain([0, Math.max(d3.max(values) ?? 1, 1e-3)])
          .nice()
          .range([height - margin.bottom, margin.top]);

  root
    .append("g")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(xMax, 8)).tickFormat(d3.format("d")));
  root
    .append("g")
    .attr("transform", `translate(${margin.left},0)`)
    .call(
      d3
        .axisLeft(y)
        .ticks(5)
        .tickFormat((value) =>
          metric === "accuracy" ? formatPercent(+value, lang, {fixed: 0}) : formatNumber(+value, lang)
        )
    );
  root
    .append("text")
    .attr("x", (margin.left + width - margin.right) / 2)
    .attr("y", height - 4)
    .attr("text-anchor", "middle")
    .attr("class", "convlab-axis-label")
    .text(trainingMessages.epoch[lang]);
  root
    .append("text")
    .attr("x", margin.left + 6)
    .attr("y", margin.top + 10)
    .attr("class", "convlab-axis-label")
    .text(title);

  const line = d3
    .line<[number, number]>()
    .x(([px]) => x(px))
    .y(([, py]) => y(py));
  const series = (name: keyof typeof colors, points: Array<[number, number]>, dots: boolean) => {
    const finite = points.filter(([, py]) => Number.isFinite(py));
    root
      .append("path")
      .attr("class", `convlab-series-${name}`)
      .attr("fill", "none")
      .attr("stroke", colors[name])
      .attr("stroke-width", dots ? 2 : 1.2)
      .attr("d", line(finite) ?? "");
    if (dots)
      root
        .append("g")
        .selectAll("circle")
        .data(finite)
        .join("circle")
        .attr("cx", ([px]) => x(px))
        .attr("cy", ([, py]) => y(py))
        .attr("r", 3)
        .attr("fill", colors[name]);
  };
  series(
    "batches",
    batches.map((point) => [point.x, point[metric]]),
    false
  );
  series(
    "train",
    epochs.map((log) => [epochX(log), metric === "loss" ? log.loss : log.accuracy]),
    true
  );
  series(
    "validation",
    epochs.map((log) => [epochX(log), metric === "loss" ? log.valLoss : log.valAccuracy]),
    true
  );
}

/** Where an epoch's point goes: at its end, or part-way for an epoch that Stop cut short. */
function epochX(log: EpochLog): number {
  return log.partial ? log.epoch - 1 + log.partial.batches / log.partial.of : log.epoch;
}
