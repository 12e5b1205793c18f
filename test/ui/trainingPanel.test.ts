// @vitest-environment jsdom
import type * as tfjs from "@convlab/tfjs";
import {beforeAll, describe, expect, it, vi} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import type {TrainSplit} from "../../src/train/index.js";
import {trainingPanel, type TrainingPanelOptions} from "../../src/ui/trainingPanel.js";

// No IndexedDB in Node: the panel's store keeps nothing, and says it saved.
// A test may hold the saves until it lets them go (saveGate), and hear when one starts.
vi.mock("../../src/train/modelStore.js", () => ({
  saveModel: async () => {
    const scope = globalThis as {convlabSaveGate?: Promise<void>; convlabSaveStarted?: () => void};
    scope.convlabSaveStarted?.();
    await scope.convlabSaveGate;
  },
  loadModel: async () => undefined,
  removeModel: async () => undefined
}));
// No Worker in jsdom: the compute worker's tasks run in this process, on the small data set below.
vi.mock("../../src/run/pageWorkers.js", async () => {
  const {inProcessCompute} = await import("../run/inProcessCompute.js");
  return inProcessCompute({buildDataset: () => split()});
});

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

/** 64 images of 4×4 in two classes, and 16 to validate on. */
function split(): TrainSplit {
  const images = (count: number) => {
    const labels = Array.from({length: count}, (_, i) => i % 2);
    return {
      xs: tf.tensor4d(
        labels.flatMap((label) => Array.from({length: 16}, (_, p) => (p % 4 < 2 === (label === 0) ? 0.8 : 0.1))),
        [count, 4, 4, 1]
      ),
      ys: tf.oneHot(tf.tensor1d(labels, "int32"), 2).toFloat() as tfjs.Tensor2D,
      size: count,
      classNames: ["left", "right"]
    };
  };
  return {train: images(64), validation: images(16)};
}

let panels = 0;

/**
 * A panel training a "student's" network of one dense layer, built in the (in-process) compute worker
 * from its source; the source counts the models it builds in a global of its own.
 */
function panelWith(overrides: Partial<TrainingPanelOptions> = {}) {
  const counter = `convlabBuiltModels${++panels}`;
  const source = `import * as tf from "@tensorflow/tfjs";
export function leNet(input) {
  globalThis.${counter} = (globalThis.${counter} ?? 0) + 1;
  return tf.layers.dense({units: 2}).apply(tf.layers.flatten().apply(input));
}`;
  const panel = trainingPanel({
    lang: "en",
    key: `panel-${panels}`,
    model: {kind: "le-net", source, inputShape: [4, 4, 1], loss: "softmax", learningRate: 0.05},
    dataset: {kind: "mnist", file: async () => new ArrayBuffer(0)},
    // A budget no machine meets: the quick setting falls back to its fewest batches (2 of 8).
    presets: {
      quick: {id: "quick", epochs: 2, batchSize: 8, budgetSeconds: 1e-9, minBatches: 2},
      full: {id: "full", epochs: 5, batchSize: 4}
    },
    ...overrides
  });
  return {panel, built: () => ((globalThis as Record<string, unknown>)[counter] as number | undefined) ?? 0};
}

const idle = (panel: HTMLElement) =>
  vi.waitFor(() => expect(panel.dataset.state).toBe("idle"), {timeout: hangCeilingMs});
const text = (panel: HTMLElement, selector: string) => panel.querySelector(selector)!.textContent!;

describe("trainingPanel(options)", () => {
  it("calibrates on a throwaway model before the first run and shows what the picked setting takes", async () => {
    const {panel, built} = panelWith();
    await idle(panel);
    expect(panel.dataset.calibrated).toBe("true");
    expect(built()).toBe(1); // the throwaway model; the student's is built on Train
    expect(panel.dataset.preset).toBe("quick");
    expect(text(panel, ".convlab-preset-note")).toMatch(
      /^2 epochs over 16 of the 64 training images, batches of 8\. The quick setting is sized to this machine's speed/
    );
    expect(text(panel, ".convlab-estimate")).toMatch(
      /^Measured on cpu: [\d,.]+ img\/s training\. Expected time: about \d+:\d\d\. A batch takes about [\d.]+ s/
    );
    const quickSeconds = Number(panel.dataset.estimateSeconds);

    const select = panel.querySelector<HTMLSelectElement>("select.convlab-preset")!;
    select.value = "full";
    select.dispatchEvent(new Event("change"));
    expect(panel.dataset.preset).toBe("full");
    expect(panel.querySelector<HTMLInputElement>("input.convlab-epochs")!.value).toBe("5");
    expect(text(panel, ".convlab-preset-note")).toBe(
      "5 epochs over all 64 training images, batches of 4. The full setting is the document's (epochs and batch size)."
    );
    // 5 epochs of 64 images against 2 of 16, at the same measured rates.
    expect(Number(panel.dataset.estimateSeconds)).toBeGreaterThan(3 * quickSeconds);
  });

  it("sizes the quick setting's batch to the calibrated speed when the preset asks, and says why it is small", async () => {
    // No machine goes through 3 images in 1e-9 s: the quick batch is the smallest, 2, for training and validation.
    const {panel} = panelWith({
      presets: {
        quick: {
          id: "quick",
          epochs: 1,
          batchSize: 8,
          budgetSeconds: 1e-9,
          minBatches: 2,
          batchSeconds: 1e-9,
          calibrationBatch: 2
        },
        full: {id: "full", epochs: 5, batchSize: 4}
      }
    });
    await idle(panel);
    expect(panel.dataset.batchSize).toBe("2");
    expect(text(panel, ".convlab-preset-note")).toMatch(
      /^1 epoch over 4 of the 64 training images, batches of 2\. .* Its batch is the smallest allowed \(2 instead of 8\), and even so each takes about [\d.]+ s on this machine: Stop waits for the batch under way\.$/
    );
    panel.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
    await vi.waitFor(() => expect(panel.dataset.batchesDone).toBe("2"), {timeout: hangCeilingMs});
    await idle(panel);
    expect(text(panel, ".convlab-history tbody")).toMatch(/^1/);
    const select = panel.querySelector<HTMLSelectElement>("select.convlab-preset")!;
    select.value = "full";
    select.dispatchEvent(new Event("change"));
    expect(panel.dataset.batchSize).toBe("4");
    expect(text(panel, ".convlab-preset-note")).not.toMatch(/smaller than the document's|the smallest allowed/);
  });

  it("says it in Russian too", async () => {
    const {panel} = panelWith({lang: "ru"});
    await idle(panel);
    expect(text(panel, ".convlab-preset-note")).toMatch(/^2 эпохи по 16 из 64 обучающих изображений, батчи по 8\./);
    expect(text(panel, ".convlab-estimate")).toMatch(/^Измерено на cpu: [\d\s ,]+ изобр\.\/с при обучении/);
    expect(panel.querySelector("select.convlab-preset")!.textContent).toContain("полный, как в документе");
  });

  it("in a cross-origin-isolated page, says that Stop interrupts the batch under way, and stops without finishing it", async () => {
    const workers = (await import("../../src/run/pageWorkers.js")) as unknown as {
      setCrossOriginIsolated(value: boolean): void;
    };
    workers.setCrossOriginIsolated(true);
    try {
      const {panel} = panelWith();
      await idle(panel);
      const select = panel.querySelector<HTMLSelectElement>("select.convlab-preset")!;
      select.value = "full"; // 16 batches an epoch
      select.dispatchEvent(new Event("change"));
      expect(text(panel, ".convlab-estimate")).toMatch(
        /A batch takes about [\d.]+ s: Stop interrupts the batch under way\.$/
      );
      let status = "";
      const observer = new MutationObserver(() => {
        if (panel.dataset.batchesDone !== "3" || status) return;
        panel.querySelector<HTMLButtonElement>("button.convlab-stop")!.click();
        status = text(panel, ".convlab-status");
      });
      observer.observe(panel, {attributes: true, attributeFilter: ["data-batches-done"]});
      panel.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
      await vi.waitFor(() => expect(panel.dataset.stopSeconds).toBeDefined(), {timeout: hangCeilingMs});
      observer.disconnect();
      await idle(panel);
      expect(status).toBe("Stopping…");
      expect(text(panel, ".convlab-status")).toBe(
        "Stopped in epoch 1, after 3 of 16 batches: they count in the history (not validated). The model is saved in this browser."
      );
    } finally {
      workers.setCrossOriginIsolated(false);
    }
  });

  it("says at once that Stop took effect when it comes while an epoch's model is being saved", async () => {
    const {panel} = panelWith();
    await idle(panel);
    let release = () => {};
    const scope = globalThis as {convlabSaveGate?: Promise<void>; convlabSaveStarted?: () => void};
    scope.convlabSaveGate = new Promise<void>((resolve) => (release = resolve));
    // Stop is pressed while the first epoch's save is held: no batch could follow it.
    scope.convlabSaveStarted = () => {
      scope.convlabSaveStarted = undefined;
      panel.querySelector<HTMLButtonElement>("button.convlab-stop")!.click();
    };
    panel.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
    try {
      await vi.waitFor(() => expect(panel.dataset.stopSeconds).toBeDefined(), {timeout: hangCeilingMs});
      expect(panel.dataset.state).toBe("saving");
      expect(text(panel, ".convlab-status")).toBe("Training stopped; saving the model in this browser…");
    } finally {
      release();
      scope.convlabSaveGate = undefined;
      scope.convlabSaveStarted = undefined;
    }
    await idle(panel);
    expect(text(panel, ".convlab-status")).toBe("Stopped. The model is saved in this browser; epochs finished: 1.");
    expect(panel.querySelectorAll(".convlab-history tbody tr")).toHaveLength(1);
    expect(Number(panel.dataset.stopSeconds)).toBeLessThanOrEqual(Number(panel.dataset.stopSavedSeconds));
  });

  it("with the shared Stop flag, says at once that Stop took effect during an epoch's save, though the worker hears no message then", async () => {
    const workers = (await import("../../src/run/pageWorkers.js")) as unknown as {
      setCrossOriginIsolated(value: boolean): void;
      holdCancels(until: Promise<void> | undefined): void;
    };
    workers.setCrossOriginIsolated(true);
    const {panel} = panelWith();
    await idle(panel);
    let release = () => {};
    const saved = new Promise<void>((resolve) => (release = resolve));
    const scope = globalThis as {convlabSaveGate?: Promise<void>; convlabSaveStarted?: () => void};
    scope.convlabSaveGate = saved;
    // As in a worker busy saving: Stop's message is heard only once the save ends.
    workers.holdCancels(saved);
    scope.convlabSaveStarted = () => {
      scope.convlabSaveStarted = undefined;
      // After the worker's word that it is saving (an event, delivered as a later task).
      setTimeout(() => panel.querySelector<HTMLButtonElement>("button.convlab-stop")!.click(), 0);
    };
    panel.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
    try {
      await vi.waitFor(() => expect(panel.dataset.stopSeconds).toBeDefined(), {timeout: hangCeilingMs});
      expect(panel.dataset.state).toBe("saving");
      expect(text(panel, ".convlab-status")).toBe("Training stopped; saving the model in this browser…");
      expect(Number(panel.dataset.stopHeardAt)).toBe(Number(panel.dataset.stoppedAt));
      expect(panel.dataset.stopSavedSeconds).toBeUndefined();
    } finally {
      release();
      scope.convlabSaveGate = undefined;
      scope.convlabSaveStarted = undefined;
      workers.holdCancels(undefined);
      workers.setCrossOriginIsolated(false);
    }
    await idle(panel);
    expect(text(panel, ".convlab-status")).toBe("Stopped. The model is saved in this browser; epochs finished: 1.");
    expect(panel.querySelectorAll(".convlab-history tbody tr")).toHaveLength(1);
  });

  it("shows images per second while training, and Stop keeps the batches done as a partial epoch in the history", async () => {
    const {panel} = panelWith();
    await idle(panel);
    const select = panel.querySelector<HTMLSelectElement>("select.convlab-preset")!;
    select.value = "full"; // 16 batches an epoch
    select.dispatchEvent(new Event("change"));
    const progress = panel.querySelector(".convlab-progress-text")!;
    // Stop is pressed as soon as the third batch is reported, before the fourth starts (the text is
    // drawn at most five times a second: it may skip a batch, the data attribute never does).
    const observer = new MutationObserver(() => {
      if (panel.dataset.batchesDone === "3") panel.querySelector<HTMLButtonElement>("button.convlab-stop")!.click();
    });
    observer.observe(panel, {attributes: true, attributeFilter: ["data-batches-done"]});
    panel.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
    // The save after Stop is held: the panel hears that Stop took effect before the model is saved.
    let release = () => {};
    const scope = globalThis as {convlabSaveGate?: Promise<void>};
    scope.convlabSaveGate = new Promise<void>((resolve) => (release = resolve));
    try {
      await vi.waitFor(() => expect(panel.dataset.stopSeconds).toBeDefined(), {timeout: hangCeilingMs});
      observer.disconnect();
      expect(panel.dataset.state).toBe("saving");
      expect(text(panel, ".convlab-status")).toBe("Training stopped; saving the model in this browser…");
      expect(panel.dataset.stopSavedSeconds).toBeUndefined();
    } finally {
      release();
      scope.convlabSaveGate = undefined;
    }
    await idle(panel);
    expect(Number(panel.dataset.stopSeconds)).toBeLessThanOrEqual(Number(panel.dataset.stopSavedSeconds));
    // The worker says when it heard Stop: after the third batch started, and before training ended.
    const heardAt = Number(panel.dataset.stopHeardAt);
    expect(heardAt).toBeGreaterThan(Number(panel.dataset.batchStartedAt));
    expect(heardAt).toBeLessThanOrEqual(Number(panel.dataset.stoppedAt));
    expect(progress.textContent).toMatch(
      /^Epoch 1 of 5 · batch 3 of 16 · loss [\d.]+ · accuracy [\d.]+% · [\d,.]+ img\/s · /
    );
    expect(Number(panel.dataset.imagesPerSecond)).toBeGreaterThan(0);
    expect(text(panel, ".convlab-status")).toBe(
      "Stopped in epoch 1, after 3 of 16 batches: they count in the history (not validated). The model is saved in this browser."
    );
    const rows = [...panel.querySelectorAll(".convlab-history tbody tr")].map((row) =>
      [...row.querySelectorAll("td")].map((cell) => cell.textContent)
    );
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe("1 (3 of 16 batches)");
    expect(rows[0].slice(3, 5)).toEqual(["—", "—"]);
    expect(panel.querySelector(".convlab-chart")!.getAttribute("data-epochs")).toBe("1");

    // Train again: a new epoch follows the partial one.
    select.value = "quick";
    select.dispatchEvent(new Event("change"));
    panel.querySelector<HTMLButtonElement>("button.convlab-train")!.click();
    await vi.waitFor(() => expect(panel.querySelectorAll(".convlab-history tbody tr")).toHaveLength(3), {
      timeout: hangCeilingMs
    });
    await idle(panel);
    expect(
      [...panel.querySelectorAll(".convlab-history tbody tr td:first-child")].map((cell) => cell.textContent)
    ).toEqual(["1 (3 of 16 batches)", "2", "3"]);
  });
});
