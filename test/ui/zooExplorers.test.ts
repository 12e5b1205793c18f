// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {densenet121} from "../../src/models/zoo/densenet.js";
import {splitLayerName, trainableParameters, withoutRandomWeights} from "../../src/models/zoo/index.js";
import {basicVersusBottleneckTable, denseBlockExplorer, resnextBlockExplorer} from "../../src/ui/zooExplorers.js";

const cells = (table: Element) =>
  [...table.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("td")].map((td) => td.textContent!.replace(/\u00a0/g, " "))
  );
const headers = (table: Element) => [...table.querySelectorAll("th")].map((th) => th.textContent);

/** Moves the slider labelled `label` to `value` as a browser does: new value, then a bubbling input event. */
function slide(root: HTMLElement, label: string, value: number): void {
  const slider = [...root.querySelectorAll("label.convlab-range")].find((node) =>
    node.querySelector("span")!.textContent!.startsWith(label)
  )!;
  const input = slider.querySelector("input")!;
  input.value = String(value);
  input.dispatchEvent(new Event("input", {bubbles: true}));
}

beforeAll(async () => {
  await setupNodeTf();
});

describe("basicVersusBottleneckTable", () => {
  it("counts the basic block's two 3×3 convolutions and the bottleneck's three at 256 channels, from the zoo's blocks", () => {
    const [basic, bottleneck] = cells(basicVersusBottleneckTable({lang: "en"}));
    expect(basic.slice(0, 2)).toEqual(["basic block", "ResNet-18, ResNet-34"]);
    expect(basic[2].split(" · ")).toHaveLength(2);
    expect(bottleneck[2].split(" · ")).toHaveLength(3);
    const count = (n: number) => n.toLocaleString("en-US");
    expect(basic[3]).toBe(count(2 * 256 * 3 * 3 * 256));
    expect(bottleneck[3]).toBe(count(256 * 64 + 64 * 3 * 3 * 64 + 64 * 256)); // 69,632
    // batch norm adds a scale and a shift per channel
    expect(basic[4]).toBe(count(2 * 256 * 3 * 3 * 256 + 2 * 2 * 256));
    expect(bottleneck[4]).toBe(count(69_632 + 2 * (64 + 64 + 256)));
    expect(basic[5]).toBe("3.70 G"); // 56 · 56 · 2 · 256 · 9 · 256 = 3,699,376,128
  });

  it("is written in Russian on Russian pages", () => {
    const table = basicVersusBottleneckTable({lang: "ru"});
    expect(cells(table)[0][0]).toBe("базовый блок");
    expect(cells(table)[0][3]).toBe("1 179 648");
    expect(headers(table)[0]).toBe("блок");
  });
});

describe("resnextBlockExplorer", () => {
  it("starts at ResNeXt's 32×4d block (the document's 70,144 weights) and recounts as the sliders move", () => {
    const view = resnextBlockExplorer({lang: "en"});
    const weights = () => cells(view.querySelector("table")!).map((row) => row[2]);
    expect(weights()).toEqual(["70,144", "69,632"]);
    slide(view, "cardinality", 1);
    slide(view, "channels per group", 64);
    expect(weights()).toEqual(["69,632", "69,632"]);
    slide(view, "cardinality", 64);
    slide(view, "channels per group", 1);
    expect(cells(view.querySelector("table")!)[0][1]).toBe("64");
    expect(weights()[0]).toBe((256 * 64 + 1 * 3 * 3 * 64 + 64 * 256).toLocaleString("en-US"));
    expect(view.querySelectorAll('input[type="range"]')).toHaveLength(2);
  });
});

describe("denseBlockExplorer", () => {
  it("starts at DenseNet-121's first dense block, whose parameters it counts as the model does", () => {
    const model = withoutRandomWeights(() => densenet121());
    const inBlock1 = model.layers
      .filter((layer) => splitLayerName(layer.name).block.startsWith("features.denseblock1."))
      .reduce((sum, layer) => sum + trainableParameters(layer), 0);
    model.dispose();
    const view = denseBlockExplorer({lang: "en"});
    const [row] = cells(view.querySelector("table")!);
    expect(row.slice(0, 3)).toEqual(["256", "21", "21"]); // 64 + 6 · 32 channels; 6 · 7 / 2 connections
    expect(row[3]).toBe(inBlock1.toLocaleString("en-US"));
  });

  it("adds k channels and ℓ connections for each layer ℓ as L and k move", () => {
    const view = denseBlockExplorer({lang: "ru"});
    slide(view, "слоёв", 12);
    slide(view, "темп", 12);
    const [row] = cells(view.querySelector("table")!);
    expect(row.slice(0, 3)).toEqual([String(64 + 12 * 12), "78", "78"]);
  });
});
