/// <reference lib="webworker" />
/**
 * The page's workers, one module for both (started by src/run/pageWorkers.ts):
 *
 * - the **check** worker runs a student's code for the exercise Check off the page's thread, on cpu
 *   (the deterministic backend the grader uses), so an infinite loop freezes nothing and can be
 *   stopped by terminating the worker;
 * - the **compute** worker holds TensorFlow.js on the page's backend (wasm here) and runs the heavy
 *   work: training the student's models, calibrating, the zoo's build-and-run (src/run/computeTasks.ts).
 *
 * The first message says which backend to start (`init`); the worker answers `ready` once it runs.
 */
import * as tf from "@convlab/tfjs";
import {useBackend, type BrowserBackend} from "../backends/browser.js";
import * as initializers from "../initializers/index.js";
import type {ComputeRequest, PageMessage, WorkerMessage} from "./computeProtocol.js";
import {runSubmission} from "./runSubmission.js";
import {strideDemoRuns} from "./strideDemo.js";
import {submissionModules} from "./submissionModules.js";

const send = (message: WorkerMessage, transfer: Transferable[] = []) => postMessage(message, transfer);

/** Starts `name`, else cpu; resolves to the backend that runs. */
async function start(name: string): Promise<string> {
  if (name !== "cpu" && (await useBackend(name as BrowserBackend, {remember: false}))) return tf.getBackend();
  await tf.setBackend("cpu");
  await tf.ready();
  return tf.getBackend();
}

let ready: Promise<string> | undefined;
let tasks: Promise<ReturnType<typeof import("./computeTasks.js").computeTasks>> | undefined;

addEventListener("message", async (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  if (message.type === "init" || message.type === "backend") {
    const previous = ready ?? Promise.resolve("");
    ready = previous.then(() => start(message.backend));
    ready.then(
      (backend) => message.type === "init" && send({type: "ready", backend}),
      (error) => send({type: "failed", message: String(error)})
    );
    return;
  }
  await ready;
  if (message.type === "check") {
    const outcome = await runSubmission(message.request, tf, submissionModules(tf, initializers));
    try {
      send({type: "outcome", outcome});
    } catch (error) {
      send({
        type: "outcome",
        outcome: {kind: "crashed", message: `the result cannot be sent back: ${(error as Error).message}`}
      });
    }
    return;
  }
  if (message.type === "stride-demo") {
    try {
      send({type: "stride-demo", runs: strideDemoRuns(message.source)});
    } catch (error) {
      send({type: "stride-demo", error: error instanceof Error ? error.message : String(error)});
    }
    return;
  }
  const request = message as ComputeRequest;
  // Loaded on the first compute request, so the check worker starts with no more than it needs.
  tasks ??= import("./computeTasks.js").then(({computeTasks}) => computeTasks());
  // A cancel names the request it stops, which answers for itself: a cancel gets no answer of its own.
  if (request.type === "cancel") return void (await tasks).handle(request, () => {});
  try {
    const result = await (
      await tasks
    ).handle(request, (progress) => send({type: "progress", id: request.id, event: progress}));
    send({type: "done", id: request.id, result});
  } catch (error) {
    send({type: "error", id: request.id, message: error instanceof Error ? error.message : String(error)});
  }
});
