// @vitest-environment jsdom
import {beforeAll, describe, expect, it, vi} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {densenet121} from "../../src/models/zoo/densenet.js";
import {splitLayerName, trainableParameters, withoutRandomWeights} from "../../src/models/zoo/index.js";
import {hangCeilingMs} from "../hangCeiling.js";
import {blockFactsOfEach} from "../../src/models/zoo/blockFacts.js";
import type {BlockSpec} from "../../src/models/zoo/blockSpec.js";
import {
  basicVersusBottleneckTable,
  denseBlockExplorer,
  groupedBottleneckTable,
  resnextBlockExplorer
} from "../../src/ui/zooExplorers.js";

const cells = (table: Element) =>
  [...table.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("td")].map((td) => td.textContent!.replace(/\u00a0/g, " "))
  );
const headers = (table: Element) => [...table.querySelectorAll("th")].map((th) => th.textContent);

/** The blocks counted here, as the compute worker counts them on a page. */
const facts = async (blocks: BlockSpec[]) => blockFactsOfEach(blocks);

/** Waits until the explorer's recounts have ended. */
const counted = (view: HTMLElement) =>
  vi.waitFor(() => expect(view.dataset.state).toBe("counted"), {timeout: hangCeilingMs});

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
  it("counts the basic block's two 3×3 convolutions and the bottleneck's three at 256 channels, from the zoo's blocks", async () => {
    const [basic, bottleneck] = cells(await basicVersusBottleneckTable({lang: "en", facts}));
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

  it("is written in Russian on Russian pages", async () => {
    const table = await basicVersusBottleneckTable({lang: "ru", facts});
    expect(cells(table)[0][0]).toBe("базовый блок");
    expect(cells(table)[0][3]).toBe("1 179 648");
    expect(headers(table)[0]).toBe("блок");
  });
});

describe("groupedBottleneckTable", () => {
  it("shows the grouped 3×3 convolution holding 8 times fewer weights, in the zoo's GroupedConv2D", async () => {
    const [resnet, resnext] = cells(await groupedBottleneckTable({lang: "en", facts}));
    expect(resnet).toEqual(["ResNet", "16,384", "36,864 (Conv2D)", "16,384", "69,632"]);
    expect(resnext).toEqual(["ResNeXt 32×4d", "32,768", "4,608 (GroupedConv2D)", "32,768", "70,144"]);
    expect(headers(await groupedBottleneckTable({lang: "ru", facts})).at(-1)).toBe("всего");
  });
});

describe("resnextBlockExplorer", () => {
  it("starts at ResNeXt's 32×4d block (the document's 70,144 weights) and recounts as the sliders move", async () => {
    const view = await resnextBlockExplorer({lang: "en", facts});
    const weights = () => cells(view.querySelector("table")!).map((row) => row[2]);
    expect(weights()).toEqual(["70,144", "69,632"]);
    slide(view, "cardinality", 1);
    slide(view, "channels per group", 64);
    await counted(view);
    expect(weights()).toEqual(["69,632", "69,632"]);
    slide(view, "cardinality", 64);
    slide(view, "channels per group", 1);
    await counted(view);
    expect(cells(view.querySelector("table")!)[0][1]).toBe("64");
    expect(weights()[0]).toBe((256 * 64 + 1 * 3 * 3 * 64 + 64 * 256).toLocaleString("en-US"));
    expect(view.querySelectorAll('input[type="range"]')).toHaveLength(2);
  });
});

describe("denseBlockExplorer", () => {
  it("starts at DenseNet-121's first dense block, whose parameters it counts as the model does", async () => {
    const model = withoutRandomWeights(() => densenet121());
    const inBlock1 = model.layers
      .filter((layer) => splitLayerName(layer.name).block.startsWith("features.denseblock1."))
      .reduce((sum, layer) => sum + trainableParameters(layer), 0);
    model.dispose();
    const view = await denseBlockExplorer({lang: "en", facts});
    const [row] = cells(view.querySelector("table")!);
    expect(row.slice(0, 3)).toEqual(["256", "21", "21"]); // 64 + 6 · 32 channels; 6 · 7 / 2 connections
    expect(row[3]).toBe(inBlock1.toLocaleString("en-US"));
  });

  it("adds k channels and ℓ connections for each layer ℓ as L and k move", async () => {
    const view = await denseBlockExplorer({lang: "ru", facts});
    slide(view, "слоёв", 12);
    slide(view, "темп", 12);
    await counted(view);
    const [row] = cells(view.querySelector("table")!);
    expect(row.slice(0, 3)).toEqual([String(64 + 12 * 12), "78", "78"]);
  });
});

describe("an explorer's recounts in the compute worker", () => {
  it("asks once more, with the latest values, for all the moves made while a recount runs", async () => {
    const asked: BlockSpec[][] = [];
    let release = () => {};
    const held = async (blocks: BlockSpec[]) => {
      asked.push(blocks);
      if (asked.length === 2) await new Promise<void>((resolve) => (release = resolve));
      return blockFactsOfEach(blocks);
    };
    const view = await denseBlockExplorer({lang: "en", facts: held});
    slide(view, "layers", 2); // the second request, held
    expect(view.dataset.state).toBe("counting");
    for (const layers of [3, 4, 5]) slide(view, "layers", layers);
    expect(asked).toHaveLength(2);
    release();
    await counted(view);
    expect(asked.map(([block]) => (block as {layers: number}).layers)).toEqual([6, 2, 5]);
    expect(cells(view.querySelector("table")!)[0][2]).toBe("15"); // L(L+1)/2 at L = 5
  });

  it("says in the page's language when a block cannot be counted, and counts again on the next move", async () => {
    let fail = true;
    const failing = async (blocks: BlockSpec[]) => {
      if (fail) throw new RangeError("layers must be a whole number from 1 to 48, not 0");
      return blockFactsOfEach(blocks);
    };
    const view = await resnextBlockExplorer({lang: "ru", facts: failing});
    expect(view.querySelector('.convlab-error[role="alert"]')!.textContent).toBe(
      "Не удалось посчитать блок: layers must be a whole number from 1 to 48, not 0"
    );
    fail = false;
    slide(view, "кардинальность", 32);
    await counted(view);
    expect(view.querySelector(".convlab-error")).toBeNull();
    expect(cells(view.querySelector("table")!)[0][2]).toBe("70 144");
  });
});
