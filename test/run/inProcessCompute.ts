/**
 * The page's compute worker, run in the test's own process: the same tasks (src/run/computeTasks.ts)
 * behind the same `compute` call as src/run/pageWorkers.ts, with its events delivered asynchronously as
 * messages would be. For `vi.mock("../../src/run/pageWorkers.js", …)` in jsdom tests, where there is no Worker.
 */
import type {ComputeEvent} from "../../src/run/computeProtocol.js";
import {computeTasks, type ComputeTasksOptions} from "../../src/run/computeTasks.js";
import type {ComputeCall} from "../../src/run/pageWorkers.js";

export function inProcessCompute(options: ComputeTasksOptions = {}) {
  const tasks = computeTasks(options);
  let nextId = 1;
  const requests: Array<{type: string}> = [];
  let isolated = false;
  let cancelsHeld: Promise<void> | undefined;
  const api = {
    /** The requests sent so far, in order. */
    requests,
    warmUpComputeWorker() {},
    /** As pageWorkers.ts, for a page that is cross-origin isolated or not ({@link setCrossOriginIsolated}). */
    stopInterruptsBatch: () => isolated,
    /** Makes the page cross-origin isolated (training then gets a shared Stop flag), or not (the default). */
    setCrossOriginIsolated(value: boolean) {
      isolated = value;
    },
    /**
     * Until `until` settles, a cancel's message is not heard, as a worker busy saving a model hears
     * none; the shared Stop flag is still written at once. `undefined` hears them at once again.
     */
    holdCancels(until: Promise<void> | undefined) {
      cancelsHeld = until;
    },
    compute(
      request: {type: string} & Record<string, unknown>,
      onEvent: (event: ComputeEvent) => void = () => {}
    ): ComputeCall<never> {
      const id = nextId++;
      requests.push(request);
      const stop = request.type === "train" && isolated ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
      // As across a worker: the request starts after the caller's turn, and events arrive as later tasks.
      const result = Promise.resolve().then(() =>
        tasks.handle(
          {...request, id, ...(stop ? {stop} : {})} as never,
          (event) => void Promise.resolve().then(() => onEvent(event))
        )
      ) as Promise<never>;
      return {
        id,
        result: result.then(async (value) => (await new Promise((resolve) => setTimeout(resolve, 0)), value)),
        cancel: () => {
          if (stop) Atomics.store(stop, 0, 1);
          void Promise.resolve(cancelsHeld).then(() => tasks.handle({type: "cancel", id}, () => {}));
        }
      };
    },
    workerPredictor(key: string) {
      return {
        predict: async (image: Float32Array, shape: number[], {asBuilt}: {asBuilt: boolean}) =>
          ((await api.compute({type: "predict", key, image, shape, asBuilt}).result) as {values: number[]}).values
      };
    }
  };
  return api;
}
