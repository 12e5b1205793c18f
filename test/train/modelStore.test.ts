import {afterEach, beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type * as tfjs from "@convlab/tfjs";
import type {TF} from "../../src/exercises/types.js";
import {createLeNet} from "../../src/models/index.js";
import {loadModel, modelUrl, removeModel, saveModel, type EpochLog} from "../../src/train/index.js";

let tf: TF;
/** Stands in for the browser's IndexedDB: the same tf.io routes, kept in memory. */
const saved = new Map<string, tfjs.io.ModelArtifacts>();

beforeAll(async () => {
  tf = await setupNodeTf();
  const handler = (url: string): tfjs.io.IOHandler => ({
    save: async (artifacts) => {
      saved.set(url, structuredClone(artifacts));
      return {modelArtifactsInfo: {dateSaved: new Date(), modelTopologyType: "JSON"}};
    },
    load: async () => {
      const artifacts = saved.get(url);
      if (!artifacts) throw new Error(`Cannot find model with path '${url}' in IndexedDB.`);
      return structuredClone(artifacts);
    }
  });
  // A router answers null for URLs that are not its own (IORouter's type leaves that out).
  const route = ((url: string | string[]) =>
    typeof url === "string" && url.startsWith("indexeddb://") ? handler(url) : null) as Parameters<
    TF["io"]["registerSaveRouter"]
  >[0];
  tf.io.registerSaveRouter(route);
  tf.io.registerLoadRouter(route);
});
afterEach(() => saved.clear());

const history: EpochLog[] = [
  {epoch: 1, loss: 0.5, accuracy: 0.8, valLoss: 0.4, valAccuracy: 0.85, seconds: 12.5},
  {epoch: 2, loss: 0.3, accuracy: 0.9, valLoss: 0.35, valAccuracy: 0.88, seconds: 12.1}
];

describe("saveModel and loadModel", () => {
  it("keep LeNet's weights and its history under indexeddb://convlab-<key>", async () => {
    const model = createLeNet();
    await saveModel(model, "lenet-test", history);
    expect([...saved.keys()]).toEqual([modelUrl("lenet-test")]);
    expect(modelUrl("lenet-test")).toBe("indexeddb://convlab-lenet-test");
    const restored = (await loadModel("lenet-test"))!;
    expect(restored.history).toEqual(history);
    const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
    expect(restored.model.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(weights);
    const input = tf.randomUniform([2, 32, 32, 1]);
    expect(Array.from((restored.model.predict(input) as tfjs.Tensor).dataSync())).toEqual(
      Array.from((model.predict(input) as tfjs.Tensor).dataSync())
    );
  });

  it("give undefined when nothing is saved under the key", async () => {
    expect(await loadModel("never-saved")).toBeUndefined();
  });

  it("drop history entries that are not epoch logs", async () => {
    const model = createLeNet();
    await saveModel(model, "odd", [history[0], {epoch: "two"} as unknown as EpochLog]);
    expect((await loadModel("odd"))!.history).toEqual([history[0]]);
  });

  it("keep an epoch that Stop cut short, with its unvalidated figures NaN even where JSON made them null", async () => {
    const partial: EpochLog = {
      ...history[1],
      epoch: 3,
      valLoss: NaN,
      valAccuracy: NaN,
      partial: {batches: 37, of: 141}
    };
    const model = createLeNet();
    await saveModel(model, "partial", [...history, partial]);
    expect((await loadModel("partial"))!.history).toEqual([...history, partial]);
    // As a JSON file (tf.io's file and HTTP handlers) keeps it: NaN written as null.
    const artifacts = saved.get(modelUrl("partial"))!;
    saved.set(
      modelUrl("partial"),
      JSON.parse(JSON.stringify(artifacts, (_, value) => (value instanceof ArrayBuffer ? undefined : value)))
    );
    saved.get(modelUrl("partial"))!.weightData = artifacts.weightData;
    expect((await loadModel("partial"))!.history.at(-1)).toEqual(partial);
  });

  it("pass on errors other than a missing model", async () => {
    saved.set(modelUrl("broken"), {modelTopology: {not: "a model"}} as tfjs.io.ModelArtifacts);
    await expect(loadModel("broken")).rejects.toThrow();
  });
});

describe("removeModel(key)", () => {
  it("does nothing when there is no model manager or no model", async () => {
    await expect(removeModel("never-saved")).resolves.toBeUndefined();
  });
});
