/**
 * src/train/modelStore.ts's three functions on a Map instead of IndexedDB (which Node lacks), for
 * `vi.mock("../../src/train/modelStore.js", …)`: a model saved by the compute worker's tasks can be
 * loaded back by the page's side, as in the browser.
 */
import type * as tfjs from "@convlab/tfjs";
import type {EpochLog} from "../../src/train/types.js";

export function memoryModelStore(tf: typeof tfjs) {
  const saved = new Map<string, tfjs.io.ModelArtifacts>();
  return {
    modelUrl: (key: string) => `indexeddb://convlab-${key}`,
    async saveModel(model: tfjs.LayersModel, key: string, history: EpochLog[]): Promise<void> {
      model.setUserDefinedMetadata({convlab: {version: 1, history, savedAt: new Date().toISOString()}} as never);
      await model.save(
        tf.io.withSaveHandler(async (artifacts) => {
          saved.set(key, artifacts);
          return {modelArtifactsInfo: {dateSaved: new Date(), modelTopologyType: "JSON"}};
        })
      );
    },
    async loadModel(key: string) {
      const artifacts = saved.get(key);
      if (!artifacts) return undefined;
      const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
      const metadata = (artifacts.userDefinedMetadata as {convlab?: {history: EpochLog[]; savedAt: string}})?.convlab;
      return {model, history: metadata?.history ?? [], savedAt: metadata?.savedAt};
    },
    async removeModel(key: string): Promise<void> {
      saved.delete(key);
    }
  };
}
