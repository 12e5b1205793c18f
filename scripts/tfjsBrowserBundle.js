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
//
// The same file is also written where Framework keeps its bundle of @convlab/tfjs. Framework bundles
// a package only when that file is missing, and bundling this one again (rollup parsing 1.1 MB, then
// minifying it once more) took 5.1 s of every fresh build, for a module that is already one minified
// ES module with no imports.
import {createHash} from "node:crypto";
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "esbuild";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const tfjsBrowserBundle = join(projectRoot, "src", "backends", "tfjs", "tfjs.browser.js");

/** The Framework roots: the course, and the small site of test/backends. */
const frameworkRoots = ["lessons", join("test", "backends", "site")].map((root) => join(projectRoot, root));

/** Where Framework keeps its bundle of the @convlab/tfjs package in a root; it keys it by the package's version alone. */
export function frameworkCacheOf(root) {
  const {name, version} = JSON.parse(readFileSync(join(dirname(tfjsBrowserBundle), "package.json"), "utf8"));
  return join(root, ".observablehq", "cache", "_node", `${name}@${version}`, "index.js");
}

/** Gives the bundle to the Framework root unless the root has a bundle of the package already; true when it did. */
export function seedFrameworkCache(root) {
  const cache = frameworkCacheOf(root);
  if (existsSync(cache)) return false;
  mkdirSync(dirname(cache), {recursive: true});
  copyFileSync(tfjsBrowserBundle, cache);
  return true;
}

/** What the bundle is made from: tfjs's version and this script. Its first line records it. */
function stampOfInputs() {
  const require = createRequire(import.meta.url);
  const {version} = JSON.parse(readFileSync(require.resolve("@tensorflow/tfjs/package.json"), "utf8"));
  const script = readFileSync(fileURLToPath(import.meta.url));
  return `// @tensorflow/tfjs ${version}, ${createHash("sha256").update(script).digest("hex").slice(0, 16)}`;
}

/**
 * Writes the bundle unless it is already made from the installed tfjs by this script, and gives it to
 * each Framework root that has no bundle of the package.
 */
export async function ensureTfjsBrowserBundle() {
  const wrote = await writeBundleIfStale();
  for (const root of frameworkRoots) {
    // Framework's bundles of the package made from the bundle as it was (under any version).
    if (wrote) rmSync(dirname(dirname(frameworkCacheOf(root))), {recursive: true, force: true});
    seedFrameworkCache(root);
  }
  return wrote;
}

async function writeBundleIfStale() {
  const stamp = stampOfInputs();
  if (existsSync(tfjsBrowserBundle) && readFileSync(tfjsBrowserBundle, "utf8").startsWith(`${stamp}\n`)) return false;
  await build({
    stdin: {contents: 'export * from "@tensorflow/tfjs";', resolveDir: projectRoot, loader: "js"},
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    // Framework's target for the packages it bundles, since this file stands in for its bundle.
    target: ["es2022", "chrome96", "firefox96", "safari16", "node18"],
    legalComments: "eof",
    banner: {js: stamp},
    outfile: tfjsBrowserBundle,
    logLevel: "warning"
  });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (await ensureTfjsBrowserBundle()) console.log(`wrote ${tfjsBrowserBundle}`);
}
