// @vitest-environment jsdom
import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it, vi} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {ComputeEvent} from "../../src/run/computeProtocol.js";
import {buildAndRun, modelRunner} from "../../src/ui/modelRunner.js";
import {hangCeilingMs} from "../hangCeiling.js";

beforeAll(() => setupNodeTf());

// No Worker in jsdom: the compute worker is a stand-in that records the zoo's requests and measures a
// small model in its place, posting the stages as the worker does.
const sent = vi.hoisted(() => [] as Array<Record<string, unknown>>);
vi.mock("../../src/run/pageWorkers.js", async () => {
  const {measureModel} = await import("../../src/run/measureModel.js");
  return {
    compute: (request: Record<string, unknown>, onEvent: (event: ComputeEvent) => void) => {
      sent.push(request);
      return {id: sent.length, cancel() {}, result: measureModel(smallModel, onEvent)};
    }
  };
});

function smallModel(): tf.LayersModel {
  const input = tf.input({shape: [8, 8, 3]});
  const output = tf.layers
    .dense({units: 5})
    .apply(tf.layers.flatten().apply(tf.layers.conv2d({filters: 4, kernelSize: 3}).apply(input))) as tf.SymbolicTensor;
  return tf.model({inputs: input, outputs: output});
}

describe("buildAndRun(build)", () => {
  it("reports the output shape, the weights' bytes and the peak memory, and leaves no tensor behind", async () => {
    const before = tf.memory().numTensors;
    const run = await buildAndRun(smallModel);
    expect(run.outputShapes).toEqual([[1, 5]]);
    expect(run.weightBytes).toBe(4 * (3 * 3 * 3 * 4 + 4 + 6 * 6 * 4 * 5 + 5));
    expect(run.peakBytes).toBeGreaterThanOrEqual(run.weightBytes);
    expect(run.backend).toBe("cpu");
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("modelRunner(name, source, options)", () => {
  const waitFor = (find: () => Element | null) =>
    vi.waitFor(() => find() ?? Promise.reject(new Error("not there yet")), {timeout: hangCeilingMs, interval: 10});

  it("builds and runs on a click, and shows the measurements", async () => {
    const runner = modelRunner("small", smallModel, {lang: "en", weightBytes: 1000});
    runner.querySelector<HTMLButtonElement>("button.convlab-run")!.click();
    const result = await waitFor(() => runner.querySelector("table.convlab-run-result"));
    expect(result!.textContent).toContain("[1, 5]");
    expect(Number((result as HTMLElement).dataset.forwardMs)).toBeGreaterThan(0);
    expect(runner.dataset.ranIn).toBe("page"); // not a model of the zoo
  });

  it("builds and runs a model of the zoo in the compute worker, by name, never on the page", async () => {
    const runner = modelRunner("alexnet", "zoo", {lang: "en", weightBytes: 1000});
    runner.querySelector<HTMLButtonElement>("button.convlab-run")!.click();
    const result = await waitFor(() => runner.querySelector("table.convlab-run-result"));
    expect(sent).toEqual([{type: "zoo-run", name: "alexnet", backend: "cpu"}]);
    expect(runner.dataset.ranIn).toBe("worker");
    expect(result!.textContent).toContain("[1, 5]");
  });

  it("warns before building a model with big weights, and builds only when asked again", async () => {
    let built = 0;
    const runner = modelRunner("big", () => (built++, smallModel()), {lang: "ru", weightBytes: 553e6});
    runner.querySelector<HTMLButtonElement>("button.convlab-run")!.click();
    expect((await waitFor(() => runner.querySelector(".convlab-run-warning"))).textContent).toContain("553 МБ");
    expect(built).toBe(0);
    runner.querySelector<HTMLButtonElement>("button.convlab-run-confirm")!.click();
    await waitFor(() => runner.querySelector("table.convlab-run-result"));
    expect(built).toBe(1);
  });
});
