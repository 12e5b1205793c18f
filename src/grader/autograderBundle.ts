import {zipSync, type Zippable} from "fflate";
import {readdir, readFile} from "node:fs/promises";
import {join, relative, sep} from "node:path";
import type {Lang} from "../i18n/index.js";
import {courseRoot} from "../core/courseRoot.js";
import {sandboxScript} from "../run/sandboxBundle.js";
import {runAutograderScript, setupScript} from "./autograderScripts.js";

/** What of the course the hosted autograder needs: the grader, its sandbox, the checks and the reference solutions. */
const courseFiles = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "convlab.config.json",
  "bin",
  "src",
  "solutions",
  "data/expected",
  ".convlab/sandbox.cjs",
  ".convlab/sandbox.json"
];

const executable = 0o100755;
const regular = 0o100644;

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, {withFileTypes: true}).catch(() => undefined);
  if (!entries) return [path];
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(child)));
    else if (entry.isFile()) files.push(child);
  }
  return files;
}

/**
 * The zip a hosted autograder takes, in Gradescope's layout: `setup.sh` and `run_autograder` at
 * the top, beside the course's grader, bundled sandbox, expected outputs and reference solutions.
 * The sandbox is bundled first, so the autograder needs no build tools.
 */
export async function autograderBundle({lang = "en"}: {lang?: Lang} = {}): Promise<Uint8Array> {
  await sandboxScript();
  const entries: Zippable = {
    "setup.sh": [new TextEncoder().encode(setupScript()), {os: 3, attrs: (executable << 16) >>> 0}],
    run_autograder: [new TextEncoder().encode(runAutograderScript(lang)), {os: 3, attrs: (executable << 16) >>> 0}]
  };
  for (const path of courseFiles) {
    for (const file of await filesUnder(join(courseRoot, path))) {
      const name = relative(courseRoot, file).split(sep).join("/");
      entries[name] = [
        await readFile(file),
        {os: 3, attrs: ((name.startsWith("bin/") ? executable : regular) << 16) >>> 0}
      ];
    }
  }
  return zipSync(entries, {level: 6, mtime: new Date("2020-01-01T00:00:00Z")});
}
