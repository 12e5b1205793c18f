// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {humanTop5, ilsvrcTop5, top5Chart} from "../../src/ui/top5Chart.js";

describe("top5Chart({lang})", () => {
  it("draws a bar per entry, labelled with its error, and the human error as a line", () => {
    const chart = top5Chart({lang: "en"});
    const bars = [...chart.querySelectorAll("g.convlab-top5-bar")];
    expect(bars).toHaveLength(ilsvrcTop5.length);
    expect(bars.map((bar) => bar.querySelector("text")!.textContent)).toEqual(
      ilsvrcTop5.map((entry) => entry.error.toFixed(1))
    );
    expect(chart.querySelector(".convlab-top5-human")!.textContent).toBe(`human: ${humanTop5}%`);
  });

  it("draws taller bars for larger errors, and colours those below the human error", () => {
    const chart = top5Chart({
      lang: "ru",
      entries: [
        {year: 2012, name: "A", error: 16},
        {year: 2015, name: "B", error: 4}
      ],
      human: 5
    });
    const heights = [...chart.querySelectorAll("g.convlab-top5-bar rect")].map((rect) =>
      Number(rect.getAttribute("height"))
    );
    expect(heights[0]).toBeCloseTo(heights[1] * 4, 5);
    const fills = [...chart.querySelectorAll("g.convlab-top5-bar rect")].map((rect) => rect.getAttribute("fill"));
    expect(fills[0]).not.toBe(fills[1]);
    expect(chart.textContent).toContain("человек: 5%");
    expect(chart.textContent).toContain("16,0");
  });

  it("gives its data as text for a screen reader, numbers in the page's language", () => {
    const label = top5Chart({lang: "ru", entries: [{year: 2015, name: "ResNet", error: 3.6}], human: 5.1})
      .querySelector("svg")!
      .getAttribute("aria-label");
    expect(label).toBe("Ошибка top-5 на ImageNet, %: 2015 ResNet 3,6; человек 5,1");
  });
});
