/**
 * TensorFlow.js for a lesson page, already started on its backend. Every lesson imports tfjs from here,
 * in one cell, together with the library:
 *
 *     import * as tf from "../lib/site/pageTf.js";
 *     import {startedBackend} from "../lib/site/pageTf.js";
 *
 * This module waits (top-level await) until {@link setupBrowserTf} has started the student's saved
 * choice or the fastest backend here: a GPU's WebGPU or WebGL, else wasm with SIMD (threads when the
 * page is cross-origin isolated), else cpu. Framework gives a cell's imports to other cells only when
 * all of that cell's imports have loaded, so no cell can use `tf`, or any function imported beside it,
 * before the backend runs. Nothing touches tfjs's default backend first: tfjs registers WebGL as its
 * default, and a tensor made before the switch would start SwiftShader and live there.
 *
 * Only what needs no tensor is imported apart, in a cell of its own above: the exercise cells, so
 * that their editors are ready while the backend starts (about a second on 2 cores; a Check waits
 * for it, see `exerciseCell`).
 *
 * Not re-exported from `src/site/index.ts`: that module is read by Node (the site's config).
 */
import {setupBrowserTf} from "../backends/browser.js";
import {warmUpRunner} from "../run/browserRunner.js";
import {warmUpComputeWorker} from "../run/pageWorkers.js";

// A page with exercises starts its check worker (cpu, whatever the page's backend) before its own
// backend: the worker loads tfjs while the page does, and is warm by the time an editor is ready
// (exerciseCell would start it only then, and the first Check waited for it). Framework puts the
// page's cells in its inline module script, which names `exerciseCell` where a cell uses it.
if ([...document.scripts].some((script) => script.textContent?.includes('"exerciseCell"'))) warmUpRunner();

/** The backend the page started on (the picker can switch later: see `backendPicker`). */
export const startedBackend = await setupBrowserTf();

// The page's compute worker (training, the zoo's build-and-run) starts now on the same backend, so
// it is warm before the first press (src/run/pageWorkers.ts).
warmUpComputeWorker();

export * from "@convlab/tfjs";
