// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {depthChart, imagenetDepths} from "../../../src/ui/figures/depthChart.js";
import {
  googlenetDepth,
  googlenetFigure,
  googlenetModules,
  googlenetSteps,
  inceptionModuleFigure,
  inceptionOutputChannels
} from "../../../src/ui/figures/googlenet.js";
import {objectSizes, objectSizesFigure} from "../../../src/ui/figures/objectSizes.js";
import {plainVsResidualFigure} from "../../../src/ui/figures/plainVsResidual.js";

const svgOf = (figure: HTMLElement) => figure.querySelector("svg")!;
const labels = (root: Element) => [...root.querySelectorAll(".convlab-figure-label")].map((text) => text.textContent);

describe("every figure", () => {
  const figures = [
    plainVsResidualFigure({lang: "ru"}),
    depthChart({lang: "ru"}),
    objectSizesFigure({lang: "ru"}),
    inceptionModuleFigure({lang: "ru"}),
    googlenetFigure({lang: "ru"})
  ];
  it("is an image with a text alternative, scales with a viewBox, and has a numbered Russian caption", () => {
    for (const figure of figures) {
      const svg = svgOf(figure);
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-label")!.length).toBeGreaterThan(40);
      expect(svg.querySelector("title")!.textContent).toBe(svg.getAttribute("aria-label"));
      expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+/);
      expect(svg.style.maxWidth).toBe("100%");
      expect(figure.querySelector("figcaption")!.textContent).toMatch(/^Рисунок \d\.\d\. \S/);
    }
  });

  it("takes its colours from the theme's variables, never a fixed colour", () => {
    for (const figure of figures) {
      const colours = [...figure.querySelectorAll("[fill], [stroke]")].flatMap((node) =>
        [node.getAttribute("fill"), node.getAttribute("stroke")].filter(
          (value): value is string => value !== null && value !== "none" && value !== "currentColor"
        )
      );
      expect(colours.length).toBeGreaterThan(0);
      for (const colour of colours) expect(colour).toMatch(/^var\(--theme-/);
    }
  });
});

describe("plainVsResidualFigure({lang})", () => {
  it("draws the same two layers twice; only the residual pair adds a[l] through a shortcut", () => {
    const figure = plainVsResidualFigure({lang: "en"});
    const plain = figure.querySelector(".convlab-figure-plain")!;
    const residual = figure.querySelector(".convlab-figure-residual")!;
    expect(plain.querySelectorAll(".convlab-figure-node")).toHaveLength(7);
    expect(residual.querySelectorAll(".convlab-figure-node")).toHaveLength(8);
    expect(plain.querySelector(".convlab-figure-shortcut")).toBeNull();
    expect(residual.querySelectorAll(".convlab-figure-shortcut")).toHaveLength(1);
    expect(labels(residual)).toEqual([
      "a[l]",
      "linear step: z[l+1]",
      "g",
      "a[l+1]",
      "linear step: z[l+2]",
      "+",
      "g",
      "a[l+2]"
    ]);
  });
});

describe("depthChart({lang})", () => {
  it("draws a bar per network, longer for deeper ones, labelled with its depth", () => {
    const figure = depthChart({lang: "en"});
    const bars = [...figure.querySelectorAll("g.convlab-figure-depth-bar")];
    expect(bars).toHaveLength(imagenetDepths.length);
    expect(bars.map((bar) => bar.querySelector(".convlab-figure-value")!.textContent)).toEqual([
      "8",
      "16",
      "19",
      "22",
      "152"
    ]);
    const widths = bars.map((bar) => Number(bar.querySelector("rect")!.getAttribute("width")));
    expect(widths[4] / widths[0]).toBeCloseTo(152 / 8, 5);
    expect(figure.querySelector("figcaption")!.textContent).toMatch(/^Figure 3\.1\./);
  });
});

describe("objectSizesFigure({lang})", () => {
  it("puts a 5×5, a 3×3 and a 1×1 kernel on the large, middle and small object", () => {
    const figure = objectSizesFigure({lang: "en"});
    const kernels = [...figure.querySelectorAll("rect.convlab-figure-kernel")];
    expect(kernels.map((kernel) => kernel.getAttribute("data-kernel"))).toEqual(["5", "3", "1"]);
    const sides = kernels.map((kernel) => Number(kernel.getAttribute("width")));
    expect(sides[0] / sides[2]).toBe(5);
    expect(sides[1] / sides[2]).toBe(3);
    expect(figure.querySelectorAll(".convlab-figure-object")).toHaveLength(objectSizes.length);
    expect(labels(figure)).toEqual(["large", "kernel 5×5", "middle", "kernel 3×3", "small", "kernel 1×1"]);
  });
});

describe("inceptionModuleFigure({lang})", () => {
  it("draws module 3a's four branches from a 192-channel input into a 256-channel concatenation", () => {
    expect(inceptionOutputChannels(googlenetModules[0])).toBe(64 + 128 + 32 + 32);
    const figure = inceptionModuleFigure({lang: "en"});
    const svg = svgOf(figure);
    expect(svg.querySelectorAll(".convlab-figure-conv")).toHaveLength(6);
    expect(svg.querySelectorAll(".convlab-figure-maxpool")).toHaveLength(1);
    const shapes = [...svg.querySelectorAll(".convlab-figure-shape")].map((text) => text.textContent);
    expect(shapes[0]).toBe("28×28×192");
    expect(shapes.at(-1)).toBe("28×28×256");
    // The input feeds four branches; four branches feed the concatenation.
    expect(svg.querySelectorAll("line.convlab-figure-edge")).toHaveLength(4 + 3 + 4);
  });
});

describe("googlenetFigure({lang})", () => {
  it("chains nine modules, each reading the channels the one before gives, 22 layers deep", () => {
    googlenetModules
      .slice(1)
      .forEach((module, i) => expect(module.inputChannels).toBe(inceptionOutputChannels(googlenetModules[i])));
    expect(googlenetDepth()).toBe(22);
    const steps = googlenetSteps("en");
    expect(steps.filter((step) => step.kind === "module")).toHaveLength(9);
    expect(steps.filter((step) => step.kind === "pool").map((step) => step.shape)).toEqual([
      [14, 14, 480],
      [7, 7, 832]
    ]);
    const figure = googlenetFigure({lang: "en"});
    expect(figure.querySelectorAll(".convlab-figure-module")).toHaveLength(9);
    expect(figure.querySelectorAll(".convlab-figure-branch")).toHaveLength(36);
    expect([...figure.querySelectorAll(".convlab-figure-shape")].map((text) => text.textContent)).toEqual(
      steps.map((step) => step.shape.join("×"))
    );
  });
});
