import type {PageMessage, WorkerMessage} from "./computeProtocol.js";
import {startWorker} from "./pageWorkers.js";
import type {RunOutcome, RunRequest} from "./protocol.js";
import type {StrideRun} from "./strideDemo.js";

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
 * Runs one exercise in the check worker. After `seconds` the worker is terminated and the outcome is a
 * timeout; the next check starts a fresh worker.
 */
export async function runInBrowser(request: RunRequest, seconds = browserTimeLimit): Promise<RunOutcome> {
  const answer = await inCheckWorker({type: "check", request}, "outcome", seconds);
  return answer.kind === "answer"
    ? (answer.message as Extract<WorkerMessage, {type: "outcome"}>).outcome
    : answer.kind === "timeout"
      ? {kind: "timeout", seconds}
      : {kind: "crashed", message: answer.message};
}

/**
 * Runs lesson 2's stride demo on the student's block in the check worker, with the check's time limit:
 * the two runs, or why there are none (a thrown error, the time limit, a worker that did not start).
 */
export async function strideDemoInBrowser(
  source: string,
  seconds = browserTimeLimit
): Promise<{runs: [StrideRun, StrideRun]} | {error: string} | {timeout: number}> {
  const answer = await inCheckWorker({type: "stride-demo", source}, "stride-demo", seconds);
  if (answer.kind === "timeout") return {timeout: seconds};
  if (answer.kind === "failed") return {error: answer.message};
  const {runs, error} = answer.message as Extract<WorkerMessage, {type: "stride-demo"}>;
  return runs ? {runs} : {error: error ?? "no result"};
}

/** Posts `message` to the check worker and waits for its answer of type `answer`, at most `seconds`. */
async function inCheckWorker(
  message: PageMessage,
  answer: WorkerMessage["type"],
  seconds: number
): Promise<{kind: "answer"; message: WorkerMessage} | {kind: "timeout"} | {kind: "failed"; message: string}> {
  let running: Worker;
  try {
    running = await readyWorker();
  } catch (error) {
    return {kind: "failed", message: (error as Error).message};
  }
  return new Promise((resolve) => {
    const finish = (outcome: Parameters<typeof resolve>[0]) => {
      clearTimeout(timer);
      running.removeEventListener("message", onMessage);
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data?.type === answer) finish({kind: "answer", message: event.data});
    };
    const timer = setTimeout(() => {
      stopWorker();
      finish({kind: "timeout"});
    }, seconds * 1000);
    running.addEventListener("message", onMessage);
    running.postMessage(message);
  });
}
