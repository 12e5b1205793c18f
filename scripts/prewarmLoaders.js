// Runs the site's data loaders while Framework builds the pages, instead of one after another after
// them. Framework 1.13 runs each loader only when it copies the files, in turn, after every page and
// npm package is done; on a fresh clone they took ~10 s of that wait, while the page phase keeps one
// core busy bundling npm packages. Each loader's output goes where Framework caches it,
// lessons/.observablehq/cache/<path> (written to a temporary file, then renamed, as Framework does),
// and only when Framework would run the loader itself: no cached output, or one older than the loader.
// Framework then finds it fresh. A loader that fails here is left for Framework to run and report.
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, openSync, closeSync, readdirSync, renameSync, statSync, unlinkSync} from "node:fs";
import {dirname, join} from "node:path";

/** The loaders, heaviest first (paths under lessons/, as Framework serves their outputs). */
export const prewarmedLoaders = [
  "_assets/zoo.json",
  "_assets/mnist-digits.bin",
  "_assets/katex.css",
  "lib/backends/tfjsBackendWasmScript.txt"
];

/** The newest modification time of a file in `folder` and below (0 when there is none). */
function newestIn(folder) {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true}))
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

/**
 * Whether the loader of `target` must run: no cached output, or one older than the loader or than
 * the library it imports (`src/`, beside `lessons/`). Framework itself looks at the loader's own
 * time only, so a model added to the zoo would otherwise keep an old zoo.json in the cache.
 */
export function needsLoading(root, target, {library = join(root, "..", "src")} = {}) {
  const loader = join(root, `${target}.ts`);
  if (!existsSync(loader)) return false;
  const cached = join(root, ".observablehq", "cache", target);
  return !existsSync(cached) || statSync(cached).mtimeMs < Math.max(statSync(loader).mtimeMs, newestIn(library));
}

/**
 * Starts the loaders that need it, `parallel` at a time, and resolves (never rejects) when all have
 * ended, with what each did.
 */
export function prewarmLoaders(root = "lessons", {parallel = 2, env = process.env, targets = prewarmedLoaders} = {}) {
  const queue = targets.filter((target) => needsLoading(root, target));
  const results = [];
  const runOne = (target) =>
    new Promise((resolve) => {
      const cached = join(root, ".observablehq", "cache", target);
      const temporary = `${cached}.prewarm.${process.pid}`;
      mkdirSync(dirname(cached), {recursive: true});
      const output = openSync(temporary, "w");
      const child = spawn("tsx", [join(root, `${target}.ts`)], {stdio: ["ignore", output, "ignore"], env});
      let finished = false;
      const finish = (ok) => {
        if (finished) return;
        finished = true;
        closeSync(output);
        if (ok) renameSync(temporary, cached);
        else unlinkSync(temporary);
        results.push({target, ok});
        resolve();
      };
      child.on("error", () => finish(false));
      child.on("exit", (code) => finish(code === 0));
    });
  const worker = async () => {
    for (let target = queue.shift(); target; target = queue.shift()) await runOne(target);
  };
  return Promise.all(Array.from({length: parallel}, worker)).then(() => results);
}
