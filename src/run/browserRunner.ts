import type {PageMessage} from "./computeProtocol.js";
import {startWorker} from "./pageWorkers.js";
import type {RunOutcome, RunRequest} from "./protocol.js";

/** How long a check may run once the worker is ready, in seconds. */
export const browserTimeLimit = 10;

let worker: Worker | undefined;
let workerReady: Promise<Worker> | undefined;

/**
 * The check worker (exerciseWorker.js on cpu, the grader's deterministic backend), started once and
 * kept while checks behave; a stopped check takes it down with it. Heavy work goes to the page's
 * other worker (src/run/pageWorkers.ts), which a check never stops.
 */
function readyWorker(): Promise<Worker> {
  if (workerReady) return workerReady;
  const started = startWorker("cpu", "check");
  worker = started.worker;
  workerReady = started.ready.then(({worker}) => worker);
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
    running.postMessage({type: "check", request} satisfies PageMessage);
  });
}
