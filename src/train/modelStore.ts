import * as tf from "@convlab/tfjs";
import type {EpochLog} from "./types.js";

/** Where a model is kept: IndexedDB in the browser, through tf.io's own handler. */
export function modelUrl(key: string): string {
  return `indexeddb://convlab-${key}`;
}

interface SavedMetadata {
  convlab: {version: 1; history: EpochLog[]; savedAt: string};
}

/** Saves the model's architecture and weights with its training history (in the model's metadata). */
export async function saveModel(model: tf.LayersModel, key: string, history: EpochLog[]): Promise<void> {
  const metadata: SavedMetadata = {convlab: {version: 1, history, savedAt: new Date().toISOString()}};
  model.setUserDefinedMetadata(metadata as unknown as Record<string, never>);
  await model.save(modelUrl(key));
}

/**
 * The model saved under `key` with its history, or undefined when nothing is saved there. The model
 * is not compiled: to train it further, copy its weights into a compiled model of the same shape.
 */
export async function loadModel(
  key: string
): Promise<{model: tf.LayersModel; history: EpochLog[]; savedAt?: string} | undefined> {
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(modelUrl(key));
  } catch (error) {
    if (/cannot find model|not found|no such/i.test(String((error as Error)?.message ?? error))) return undefined;
    throw error;
  }
  const saved = (model.getUserDefinedMetadata() as Partial<SavedMetadata> | undefined)?.convlab;
  const history = Array.isArray(saved?.history) ? saved.history.flatMap(readEpochLog) : [];
  return {model, history, ...(typeof saved?.savedAt === "string" ? {savedAt: saved.savedAt} : {})};
}

/** Forgets the model saved under `key`; nothing happens when there is none. */
export async function removeModel(key: string): Promise<void> {
  try {
    await tf.io.removeModel(modelUrl(key));
  } catch {
    // Nothing saved under this key.
  }
}

/**
 * A saved epoch, or nothing when it is not one. JSON keeps no NaN: a partial epoch's validation
 * figures come back as null, and are NaN again here.
 */
function readEpochLog(value: unknown): EpochLog[] {
  if (!value || typeof value !== "object") return [];
  const saved = value as Record<string, unknown>;
  const number = (field: string, nullable = false) =>
    typeof saved[field] === "number" ? (saved[field] as number) : nullable && saved[field] === null ? NaN : undefined;
  const [epoch, loss, accuracy, seconds] = ["epoch", "loss", "accuracy", "seconds"].map((field) => number(field));
  const [valLoss, valAccuracy] = ["valLoss", "valAccuracy"].map((field) => number(field, true));
  if ([epoch, loss, accuracy, seconds, valLoss, valAccuracy].some((field) => field === undefined)) return [];
  const log: EpochLog = {
    epoch: epoch!,
    loss: loss!,
    accuracy: accuracy!,
    valLoss: valLoss!,
    valAccuracy: valAccuracy!,
    seconds: seconds!
  };
  const partial = saved.partial as {batches?: unknown; of?: unknown} | undefined;
  if (partial && typeof partial.batches === "number" && typeof partial.of === "number")
    log.partial = {batches: partial.batches, of: partial.of};
  return [log];
}
