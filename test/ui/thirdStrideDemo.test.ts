// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it, vi} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {setupNodeTf} from "../../src/backends/node.js";
import type {DocumentedFile} from "../../src/exercises/index.js";
import {thirdStrideDemo} from "../../src/ui/thirdStrideDemo.js";

// No Worker in jsdom: the check worker's stride demo runs in this process ("LOOP" stands for a block
// that the worker's time limit stops).
vi.mock("../../src/run/browserRunner.js", async () => {
  const {strideDemoRuns} = await import("../../src/run/strideDemo.js");
  return {
    strideDemoInBrowser: async (source: string) => {
      if (source === "LOOP") return {timeout: 10};
      try {
        return {runs: strideDemoRuns(source)};
      } catch (error) {
        return {error: (error as Error).message};
      }
    }
  };
});

const settled = (demo: {element: HTMLElement}) =>
  vi.waitFor(() => expect(demo.element.dataset.state).not.toBe("running"), {timeout: hangCeilingMs});

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

  it("runs the student's block (in the check worker) as written and with stride s in the third convolution: same shape, only stride 1 prints the document's A[0]", async () => {
    const demo = thirdStrideDemo({lang: "en", documented});
    demo.run(solution);
    expect(demo.element.dataset.state).toBe("running");
    await settled(demo);
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

  it("says so when the block has no third convolution to change, when it cannot run, and when it runs out of time", async () => {
    const demo = thirdStrideDemo({lang: "ru", documented});
    demo.run(solution.replaceAll('conv(X, F3, 1, 1, "valid")', 'conv(X, F3, 1, [1, 2] as never, "valid")'));
    await settled(demo);
    expect(demo.element.dataset.state).toBe("not-found");
    demo.run('export function convolutionalBlock() { throw new Error("boom"); }');
    await settled(demo);
    expect(demo.element.dataset.state).toBe("failed");
    expect(demo.element.textContent).toContain("Не удалось запустить ваш блок: boom");
    demo.run("LOOP");
    await settled(demo);
    expect(demo.element.dataset.state).toBe("failed");
    expect(demo.element.textContent).toContain("Не удалось запустить ваш блок: блок не закончил работу за 10 с");
  });
});
