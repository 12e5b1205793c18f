// @vitest-environment jsdom
import {beforeAll, describe, expect, it, vi} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {vanishingGradientDemo} from "../../src/ui/vanishingGradientDemo.js";
import {hangCeilingMs} from "../hangCeiling.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const settled = async (root: HTMLElement) => {
  await vi.waitFor(() => expect(root.dataset.state).toBe("done"), {timeout: hangCeilingMs, interval: 25});
  return root;
};

describe("vanishingGradientDemo(tf, options)", () => {
  it("plots the plain network and the one with skip connections, and says how far apart their first and last layers are", async () => {
    const root = await settled(vanishingGradientDemo(tf, {lang: "en", depth: 8, activation: "sigmoid"}));
    expect(root.querySelectorAll("path.convlab-gradient-series")).toHaveLength(2);
    const status = root.querySelector(".convlab-status")!.textContent!;
    expect(status).toMatch(
      /^plain network: layer 1's gradient is .*, layer 8's .*; 10\^\d+ times smaller at layer 1\./
    );
    expect(status).toContain("with skip connections: layer 1's gradient is");
  });

  it("recomputes when the depth changes, keeping it within 2 to 60 layers", async () => {
    const root = await settled(vanishingGradientDemo(tf, {lang: "ru", depth: 4, activation: "tanh"}));
    const input = root.querySelector<HTMLInputElement>("input.convlab-depth")!;
    input.value = "1";
    input.dispatchEvent(new Event("change"));
    expect(input.value).toBe("2");
    await settled(root);
    expect(root.querySelector(".convlab-status")!.textContent).toContain("слоя 2");
  });
});
