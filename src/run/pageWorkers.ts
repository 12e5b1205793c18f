/**
 * The page's side of its two workers (one module, src/run/exerciseWorker.ts, one start-up path):
 * the check worker (cpu, terminated when a check runs out of time) and the compute worker (the page's
 * backend, warm from page load, never terminated by a check). See src/run/computeProtocol.ts.
 */
import * as tf from "@convlab/tfjs";
import type {ComputeEvent, ComputeRequest, ComputeResults, PageMessage, WorkerMessage} from "./computeProtocol.js";

export interface StartedWorker {
  worker: Worker;
  /** The backend the worker started on. */
  backend: string;
}

/** Starts a worker of exerciseWorker.js on `backend`; resolves once it is ready. */
export function startWorker(backend: string, name: string): {worker: Worker; ready: Promise<StartedWorker>} {
  const worker = new Worker(import.meta.resolve("./exerciseWorker.js"), {type: "module", name});
  const ready = new Promise<StartedWorker>((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data?.type === "ready") resolve({worker, backend: event.data.backend});
      else if (event.data?.type === "failed") reject(new Error(event.data.message));
      else return;
      worker.removeEventListener("message", onMessage);
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener(
      "error",
      (event) => reject(new Error(event.message || `the ${name} worker could not start`)),
      {once: true}
    );
  });
  worker.postMessage({type: "init", backend} satisfies PageMessage);
  return {worker, ready};
}

let computeState: {worker: Worker; ready: Promise<StartedWorker>; backend: string} | undefined;
let nextId = 1;

/**
 * The compute worker, started on the page's backend (the first call starts it: pageTf.ts calls
 * {@link warmUpComputeWorker} once the page's backend runs). When the picker has switched the page's
 * backend since, the worker switches too before the next request.
 */
function computeWorker(): Promise<StartedWorker> {
  const backend = tf.getBackend();
  if (!computeState) {
    const started = startWorker(backend, "compute");
    computeState = {...started, backend};
    started.ready.catch(() => (computeState = undefined));
  } else if (computeState.backend !== backend) {
    computeState.backend = backend;
    computeState.worker.postMessage({type: "backend", backend} satisfies PageMessage);
  }
  return computeState.ready;
}

/** Starts the compute worker ahead of its first use. */
export function warmUpComputeWorker(): void {
  computeWorker().catch(() => {});
}

/** A request to the compute worker, without its id. */
type Request = ComputeRequest extends infer R ? (R extends {id: number} ? Omit<R, "id"> : never) : never;
type Result<T extends Request["type"]> = T extends keyof ComputeResults ? ComputeResults[T] : never;

export interface ComputeCall<T> {
  /** The request's id in the worker. */
  id: number;
  result: Promise<T>;
  /**
   * Asks the worker to stop the request at its next safe point: training stops between batches, or
   * within the batch under way in a cross-origin-isolated page (see interruptibleStep.ts).
   */
  cancel(): void;
}

/**
 * Sends one request to the compute worker; `onEvent` gets its progress. Buffers in `transfer` move
 * to the worker.
 */
export function compute<R extends Request>(
  request: R,
  onEvent: (event: ComputeEvent) => void = () => {},
  transfer: Transferable[] = []
): ComputeCall<Result<R["type"]>> {
  const id = nextId++;
  let worker: Worker | undefined;
  let cancelled = false;
  // Training reads Stop from shared memory while a batch runs: a message waits until the batch ends.
  const stop = request.type === "train" && stopInterruptsBatch() ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  const result = computeWorker().then(
    (started) =>
      new Promise<Result<R["type"]>>((resolve, reject) => {
        worker = started.worker;
        const onMessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (!message || !("id" in message) || message.id !== id) return;
          if (message.type === "progress") return onEvent(message.event);
          worker!.removeEventListener("message", onMessage);
          if (message.type === "done") resolve(message.result as Result<R["type"]>);
          else reject(new Error(message.message));
        };
        worker.addEventListener("message", onMessage);
        worker.postMessage({...request, id, ...(stop ? {stop} : {})} as PageMessage, transfer);
        if (cancelled) worker.postMessage({type: "cancel", id} satisfies PageMessage);
      })
  );
  return {
    id,
    result,
    cancel() {
      cancelled = true;
      if (stop) Atomics.store(stop, 0, 1);
      worker?.postMessage({type: "cancel", id} satisfies PageMessage);
    }
  };
}

/**
 * Whether Stop interrupts the training batch under way (src/train/interruptibleStep.ts): only a
 * cross-origin-isolated page has the shared memory it is told through. Elsewhere it waits for the batch.
 */
export function stopInterruptsBatch(): boolean {
  return globalThis.crossOriginIsolated === true;
}

/** A trained model that stays in the compute worker: the page sends an image and gets the outputs. */
export interface ModelPredictor {
  /** The model's outputs (one probability per class) for one image of `shape` `[1, height, width, channels]`. */
  predict(image: Float32Array, shape: number[], {asBuilt}: {asBuilt: boolean}): Promise<number[]>;
}

/** The predictor of a training panel's model in the compute worker (see src/ui/trainingPanel.ts). */
export function workerPredictor(key: string): ModelPredictor {
  return {
    predict: async (image, shape, {asBuilt}) =>
      (await compute({type: "predict", key, image, shape, asBuilt}).result).values
  };
}
