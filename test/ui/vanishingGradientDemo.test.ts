// @vitest-environment jsdom
import {beforeAll, describe, expect, it, vi} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {vanishingGradientMessages} from "../../src/i18n/index.js";
import {layerGradientNorms} from "../../src/models/layerGradientNorms.js";
import * as pageWorkers from "../../src/run/pageWorkers.js";
import {vanishingGradientDemo} from "../../src/ui/vanishingGradientDemo.js";
import {hangCeilingMs} from "../hangCeiling.js";
import type {inProcessCompute} from "../run/inProcessCompute.js";

// No Worker in jsdom: the compute worker runs its tasks in this process and logs the requests it gets.
vi.mock("../../src/run/pageWorkers.js", async () => {
  const {inProcessCompute} = await import("../run/inProcessCompute.js");
  return inProcessCompute();
});
const worker = pageWorkers as unknown as ReturnType<typeof inProcessCompute>;

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const settled = async (root: HTMLElement) => {
  await vi.waitFor(() => expect(root.dataset.state).toBe("done"), {timeout: hangCeilingMs, interval: 25});
  return root;
};

describe("vanishingGradientDemo(options)", () => {
  it("plots the plain network and the one with skip connections, and says how far apart their first and last layers are", async () => {
    const root = await settled(
      vanishingGradientDemo({lang: "en", depth: 8, activation: "sigmoid", norms: (o) => layerGradientNorms(tf, o)})
    );
    expect(root.querySelectorAll("path.convlab-gradient-series")).toHaveLength(2);
    const status = root.querySelector(".convlab-status")!.textContent!;
    expect(status).toMatch(
      /^plain network: layer 1's gradient is .*, layer 8's .*; 10\^\d+ times smaller at layer 1\./
    );
    expect(status).toContain("with skip connections: layer 1's gradient is");
  });

  it("recomputes when the depth changes, keeping it within 2 to 60 layers", async () => {
    const root = await settled(
      vanishingGradientDemo({lang: "ru", depth: 4, activation: "tanh", norms: (o) => layerGradientNorms(tf, o)})
    );
    const input = root.querySelector<HTMLInputElement>("input.convlab-depth")!;
    input.value = "1";
    input.dispatchEvent(new Event("change"));
    expect(input.value).toBe("2");
    await settled(root);
    expect(root.querySelector(".convlab-status")!.textContent).toContain("слоя 2");
  });

  it("asks the page's compute worker for the norms by default: the page computes no tensor", async () => {
    const before = worker.requests.length;
    const root = await settled(vanishingGradientDemo({lang: "en", depth: 5, activation: "relu"}));
    expect(worker.requests.slice(before)).toEqual([
      {type: "gradient-norms", options: {depth: 5, residual: false, activation: "relu"}},
      {type: "gradient-norms", options: {depth: 5, residual: true, activation: "relu"}}
    ]);
    // What the worker sent back is what is drawn: the same norms computed here.
    const plain = await layerGradientNorms(tf, {depth: 5, residual: false, activation: "relu"});
    expect(root.querySelector(".convlab-status")!.textContent).toContain(
      vanishingGradientMessages.ratio(vanishingGradientMessages.plain.en, plain[0], plain[4], 5).en
    );
  });
});
