import type {RunOutcome, RunRequest} from "./protocol.js";

/** How long a check may run once the worker is ready, in seconds. */
export const browserTimeLimit = 10;

let worker: Worker | undefined;
let workerReady: Promise<Worker> | undefined;

/** The worker, started once and kept while checks behave; a stopped check takes it down with it. */
function readyWorker(): Promise<Worker> {
  if (workerReady) return workerReady;
  workerReady = new Promise((resolve, reject) => {
    const started = new Worker(import.meta.resolve("./exerciseWorker.js"), {type: "module"});
    worker = started;
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === "ready") resolve(started);
      else if (event.data?.type === "failed") reject(new Error(event.data.message));
      else return;
      started.removeEventListener("message", onMessage);
    };
    started.addEventListener("message", onMessage);
    started.addEventListener(
      "error",
      (event) => reject(new Error(event.message || "the check runner could not start")),
      {once: true}
    );
  });
  workerReady.catch(() => stopWorker());
  return workerReady;
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
  workerReady = undefined;
}

/** Starts loading the runner ahead of the first check (the worker loads its own TensorFlow.js). */
export function warmUpRunner(): void {
  readyWorker().catch(() => {});
}

/**
 * Runs one exercise in the worker. After `seconds` the worker is terminated and the outcome is a
 * timeout; the next check starts a fresh worker.
 */
export async function runInBrowser(request: RunRequest, seconds = browserTimeLimit): Promise<RunOutcome> {
  let running: Worker;
  try {
    running = await readyWorker();
  } catch (error) {
    return {kind: "crashed", message: (error as Error).message};
  }
  return new Promise((resolve) => {
    const finish = (outcome: RunOutcome) => {
      clearTimeout(timer);
      running.removeEventListener("message", onMessage);
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === "outcome") finish(event.data.outcome);
    };
    const timer = setTimeout(() => {
      stopWorker();
      finish({kind: "timeout", seconds});
    }, seconds * 1000);
    running.addEventListener("message", onMessage);
    running.postMessage(request);
  });
}
