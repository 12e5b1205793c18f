// A child of bench/training.ts: inference on tfjs's wasm backend exactly as the package ships it,
// without src/backends/wasm's kernels (whose registration is global and cannot be undone in one
// process). Prints the rates as JSON on its last line.
import * as tf from "@convlab/tfjs";
import {createRequire} from "node:module";
import {dirname} from "node:path";
import {measureTfjs, type Job, type Rate} from "./trainingStep.js";

const require = createRequire(import.meta.url);
const wasm = require("@tensorflow/tfjs-backend-wasm") as typeof import("@tensorflow/tfjs-backend-wasm");

wasm.setWasmPaths(`${dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"))}/`);
tf.enableProdMode();
await tf.setBackend("wasm");
const rates: Rate[] = [];
for (const job of JSON.parse(process.argv[2]) as Job[])
  rates.push(...(await measureTfjs(tf, job, ["infer"], job.model === "resnet50" ? {seconds: 10, runs: 3} : {})));
console.log(JSON.stringify(rates));
