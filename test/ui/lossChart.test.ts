// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {lossChart} from "../../src/ui/lossChart.js";
import type {EpochLog} from "../../src/train/types.js";

const log = (epoch: number, loss: number): EpochLog => ({
  epoch,
  loss,
  accuracy: 1 - loss / 2,
  valLoss: loss * 1.1,
  valAccuracy: 0.9 - loss / 3,
  seconds: 10
});

describe("lossChart(data, {lang})", () => {
  it("draws a loss and an accuracy panel, with a dot per epoch for training and validation", () => {
    const chart = lossChart({epochs: [log(1, 0.8), log(2, 0.4), log(3, 0.3)], batches: [], lastEpoch: 5}, {lang: "en"});
    for (const metric of ["loss", "accuracy"]) {
      const panel = chart.element.querySelector(`svg.convlab-chart-${metric}`)!;
      expect(panel.getAttribute("aria-label")).toBe(metric);
      expect(panel.querySelectorAll("circle")).toHaveLength(6);
    }
    expect(chart.element.dataset.epochs).toBe("3");
    expect(
      [...chart.element.querySelectorAll("svg.convlab-chart-loss .tick text")].map((tick) => tick.textContent)
    ).toContain("5");
  });

  it("puts an epoch cut short by Stop part-way along the axis, with no validation point", () => {
    const cut: EpochLog = {...log(2, 0.5), valLoss: NaN, valAccuracy: NaN, partial: {batches: 1, of: 4}};
    const chart = lossChart({epochs: [log(1, 0.8), cut], batches: [], lastEpoch: 2}, {lang: "en"});
    const trainDots = [...chart.element.querySelectorAll("svg.convlab-chart-loss .convlab-series-train + g circle")];
    const validationDots = chart.element.querySelectorAll(
      "svg.convlab-chart-loss .convlab-series-validation + g circle"
    );
    expect(validationDots).toHaveLength(1);
    const [first, partial] = trainDots.map((dot) => Number(dot.getAttribute("cx")));
    const epochTwo = Number(validationDots[0].getAttribute("cx")) * 2 - 48; // x(1) − left margin, doubled
    // x(1.25): a quarter of the way from epoch 1 to epoch 2.
    expect(partial).toBeCloseTo(first + (epochTwo - first) / 4, 6);
  });

  it("redraws the running training curve as batches arrive, and counts them", () => {
    const chart = lossChart({epochs: [], batches: []}, {lang: "ru"});
    chart.update({epochs: [], batches: [{x: 0.1, loss: 2.3, accuracy: 0.1}]});
    const before = chart.element.querySelector("path.convlab-series-batches")!.getAttribute("d");
    chart.update({
      epochs: [],
      batches: [
        {x: 0.1, loss: 2.3, accuracy: 0.1},
        {x: 0.2, loss: 1.9, accuracy: 0.3}
      ]
    });
    expect(chart.element.querySelector("path.convlab-series-batches")!.getAttribute("d")).not.toBe(before);
    expect(chart.element.dataset.batches).toBe("2");
    expect(chart.element.textContent).toContain("эпоха");
    chart.update({epochs: [log(1, 0.25)], batches: []});
    const lossTicks = [...chart.element.querySelectorAll("svg.convlab-chart-loss .tick text")].map(
      (tick) => tick.textContent
    );
    expect(lossTicks).toContain("0,25");
    expect(lossTicks.join(" ")).not.toContain(".");
  });

  it("skips values that are not numbers rather than drawing NaN", () => {
    const chart = lossChart({epochs: [{...log(1, 0.5), valAccuracy: NaN}], batches: []});
    expect(chart.element.innerHTML).not.toContain("NaN");
  });
});
