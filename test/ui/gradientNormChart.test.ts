// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {gradientNormChart} from "../../src/ui/gradientNormChart.js";

describe("gradientNormChart(series, {lang})", () => {
  it("draws one line per series on a logarithmic axis, with a legend", () => {
    const chart = gradientNormChart(
      [
        {label: "plain network", values: [1e-12, 1e-8, 1e-4, 1e-2]},
        {label: "with skip connections", values: [0.1, 0.12, 0.09, 0.1]}
      ],
      {lang: "en"}
    );
    expect(chart.element.dataset.series).toBe("2");
    expect(chart.element.querySelectorAll("path.convlab-gradient-series")).toHaveLength(2);
    expect(chart.element.querySelector(".convlab-chart-legend")!.textContent).toBe(
      "plain networkwith skip connections"
    );
    const ticks = [...chart.element.querySelectorAll("g .tick text")].map((tick) => tick.textContent);
    expect(ticks).toEqual(expect.arrayContaining(["1", "4", "1e-10", "1e-2"]));
  });

  it("leaves out the norms a logarithm cannot show (0, NaN) instead of breaking the line's path", () => {
    const chart = gradientNormChart([], {lang: "ru"});
    expect(chart.element.dataset.series).toBe("0");
    chart.update([{label: "x", values: [0, Number.NaN, 1e-3, 1e-2]}]);
    const path = chart.element.querySelector("path.convlab-gradient-series")!.getAttribute("d")!;
    expect(path).not.toMatch(/NaN|Infinity/);
    expect(path.match(/[ML]/g)).toHaveLength(2);
    expect(chart.element.querySelector("svg")!.getAttribute("aria-label")).toBe("‖∂L/∂W‖, логарифмическая шкала");
  });
});
