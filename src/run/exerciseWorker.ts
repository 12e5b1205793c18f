/// <reference lib="webworker" />
/**
 * The browser's sandbox: a module Web Worker that runs a student's code off the page's thread,
 * so an infinite loop freezes nothing and can be stopped by terminating the worker.
 */
import * as tf from "@convlab/tfjs";
import * as initializers from "../initializers/index.js";
import type {RunRequest} from "./protocol.js";
import {runSubmission} from "./runSubmission.js";
import {submissionModules} from "./submissionModules.js";

const ready = tf.setBackend("cpu").then(() => tf.ready());

ready.then(
  () => postMessage({type: "ready"}),
  (error) => postMessage({type: "failed", message: String(error)})
);

addEventListener("message", async (event: MessageEvent<RunRequest>) => {
  await ready;
  const outcome = await runSubmission(event.data, tf, submissionModules(tf, initializers));
  try {
    postMessage({type: "outcome", outcome});
  } catch (error) {
    postMessage({
      type: "outcome",
      outcome: {kind: "crashed", message: `the result cannot be sent back: ${(error as Error).message}`}
    });
  }
});
