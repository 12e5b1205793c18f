// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {DocumentedFile} from "../../src/exercises/index.js";
import {thirdStrideDemo} from "../../src/ui/thirdStrideDemo.js";

// Read from the project root (vitest's working directory): jsdom gives import.meta.url another scheme.
const documented = JSON.parse(readFileSync("data/expected/convolutional-block.json", "utf8")) as DocumentedFile;
const solution = readFileSync("solutions/convolutional-block.ts", "utf8");

beforeAll(async () => {
  await setupNodeTf();
});

const cells = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent);

describe("thirdStrideDemo(options)", () => {
  it("shows live that a strided 1×1 convolution gives 1×1 and that Add broadcasts it, before any block is checked", () => {
    const demo = thirdStrideDemo({lang: "en", documented});
    expect(demo.element.dataset.state).toBe("waiting");
    expect(cells(demo.element, "table.convlab-table td")).toEqual(
      expect.arrayContaining(["(3, 1, 1, 6)", "(3, 2, 2, 6)"])
    );
  });

  it("runs the student's block as written and with stride s in the third convolution: same shape, only stride 1 prints the document's A[0]", () => {
    const demo = thirdStrideDemo({lang: "en", documented});
    demo.run(solution);
    expect(demo.element.dataset.state).toBe("shown");
    const rows = [...demo.element.querySelectorAll(".convlab-stride-result table.convlab-table tbody tr")].map((row) =>
      [...row.querySelectorAll("td")].map((td) => td.textContent)
    );
    expect(rows).toEqual([
      ["third convolution with stride 1 (your block)", "(3, 2, 2, 6)", "(3, 2, 2, 6)", "yes"],
      ["the same convolution with stride s = 2", "(3, 1, 1, 6)", "(3, 2, 2, 6)", "no"]
    ]);
    expect(demo.element.querySelectorAll(".convlab-matrix-stack")).toHaveLength(2);
  });

  it("says so when the block has no third convolution to change, and when it cannot run", () => {
    const demo = thirdStrideDemo({lang: "ru", documented});
    demo.run(solution.replaceAll('conv(X, F3, 1, 1, "valid")', 'conv(X, F3, 1, [1, 2] as never, "valid")'));
    expect(demo.element.dataset.state).toBe("not-found");
    demo.run('export function convolutionalBlock() { throw new Error("boom"); }');
    expect(demo.element.dataset.state).toBe("failed");
    expect(demo.element.textContent).toContain("Не удалось запустить ваш блок: boom");
  });
});
