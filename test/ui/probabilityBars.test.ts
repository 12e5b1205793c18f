// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {probabilityBars} from "../../src/ui/probabilityBars.js";

describe("probabilityBars(values)", () => {
  it("gives the bars as text for a screen reader, with their labels and the page's decimal mark", () => {
    const svg = probabilityBars([0.125, 0.875], {labels: ["кот", "пёс"], lang: "ru"}).querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("кот: 0,125; пёс: 0,875");
    expect(probabilityBars([0.5, 0.25]).querySelector("svg")!.getAttribute("aria-label")).toBe("0: 0.5, 1: 0.25");
  });
});
