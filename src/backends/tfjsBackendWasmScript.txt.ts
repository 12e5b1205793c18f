// A Framework data loader: the wasm backend's classic-script build, for src/backends/browser.ts to
// run in the page. Served as text, since Framework would bundle a .js file as a module, and every
// ES module build of tfjs-backend-wasm imports Node's fs, path, os and perf_hooks.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";

process.stdout.write(
  readFileSync(
    createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.es2017.min.js")
  )
);
