// The TensorFlow.js the browser gets (src/backends/tfjs/browser.js re-exports it): the whole
// @tensorflow/tfjs package as one ES module bundled by esbuild, written to
// src/backends/tfjs/tfjs.browser.js (git-ignored) by `npm install` (the `prepare` script) and checked
// again by `npm start` and `npm run build`.
//
// Why not tfjs's own tf.fesm.min.js: evaluating it was one task of 86–172 ms on the page's main
// thread (2 cores, headless Chromium), and this bundle of the same package, no longer than 50 ms;
// both export the same 513 names. Why not Framework's own bundling of the package: Framework bundles
// each npm package apart, and its CommonJS conversion of `seedrandom` drops the `alea` that every
// seeded initializer needs; esbuild keeps it.
import {createHash} from "node:crypto";
import {existsSync, readFileSync, rmSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "esbuild";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const tfjsBrowserBundle = join(projectRoot, "src", "backends", "tfjs", "tfjs.browser.js");

/**
 * Framework's caches of the @convlab/tfjs package, made from the bundle as it was: removed when the
 * bundle changes, since Framework keys them by the package's version alone.
 */
const frameworkCaches = ["lessons", join("test", "backends", "site")].map((root) =>
  join(projectRoot, root, ".observablehq", "cache", "_node", "@convlab")
);

/** What the bundle is made from: tfjs's version and this script. Its first line records it. */
function stampOfInputs() {
  const require = createRequire(import.meta.url);
  const {version} = JSON.parse(readFileSync(require.resolve("@tensorflow/tfjs/package.json"), "utf8"));
  const script = readFileSync(fileURLToPath(import.meta.url));
  return `// @tensorflow/tfjs ${version}, ${createHash("sha256").update(script).digest("hex").slice(0, 16)}`;
}

/** Writes the bundle unless it is already made from the installed tfjs by this script. */
export async function ensureTfjsBrowserBundle() {
  const stamp = stampOfInputs();
  if (existsSync(tfjsBrowserBundle) && readFileSync(tfjsBrowserBundle, "utf8").startsWith(`${stamp}\n`)) return false;
  await build({
    stdin: {contents: 'export * from "@tensorflow/tfjs";', resolveDir: projectRoot, loader: "js"},
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    legalComments: "eof",
    banner: {js: stamp},
    outfile: tfjsBrowserBundle,
    logLevel: "warning"
  });
  for (const cache of frameworkCaches) rmSync(cache, {recursive: true, force: true});
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (await ensureTfjsBrowserBundle()) console.log(`wrote ${tfjsBrowserBundle}`);
}
