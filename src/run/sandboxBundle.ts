import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {builtinModules} from "node:module";
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {graderBaseline} from "../core/caches.js";
import {courseFilesHash} from "../core/courseFilesHash.js";
import {courseRoot} from "../core/courseRoot.js";

const entry = join(courseRoot, "src", "run", "nodeSandbox.ts");
const realmEntry = join(courseRoot, "src", "run", "sandboxRealm.ts");

/**
 * Node's built-in modules, which some of tfjs's files name for Node only (behind checks that fail
 * in the realm), resolved to an empty module: the realm has no module loader to give them.
 */
const withoutNodeModules = {
  name: "without-node-modules",
  setup(build: import("esbuild").PluginBuild) {
    build.onResolve({filter: /^(node:)?[a-z_]+(\/[a-z_]+)?$/}, (args) =>
      builtinModules.includes(args.path.replace(/^node:/, ""))
        ? {path: args.path, namespace: "node-builtin"}
        : undefined
    );
    build.onLoad({filter: /.*/, namespace: "node-builtin"}, () => ({contents: "module.exports = {};", loader: "js"}));
  }
};
const cacheFolder = join(courseRoot, ".convlab");
const scriptPath = join(cacheFolder, "sandbox.cjs");
/** `{hash, inputs}`: the sources the bundle was built from, and the files that went into it. */
const manifestPath = join(cacheFolder, "sandbox.json");

/** How the grader starts a sandbox process. */
export interface SandboxProgram {
  /** The sandbox, bundled with TensorFlow.js into one CommonJS file that reads nothing at run time. */
  script: string;
  /**
   * A startup snapshot of that script for this Node and these V8 flags: a process starts with the
   * harness loaded and the realm's code cache made. Absent when this Node could not build one.
   */
  snapshot?: string;
}

export interface SandboxManifest {
  hash: string;
  /** The bundle's input files, relative to the course root. */
  inputs: string[];
}

/** Files whose change means a new bundle: the library's sources and the locked package versions. */
const sourceHash = () => courseFilesHash(courseRoot, ["src"], ["package-lock.json"]);

async function readManifest(): Promise<SandboxManifest | undefined> {
  try {
    return JSON.parse(await readFile(manifestPath, "utf8")) as SandboxManifest;
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so graders running side by side never read half a file. */
async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

let scriptBuilt: Promise<SandboxManifest> | undefined;

/**
 * Bundles the sandbox (src/run/nodeSandbox.ts and TensorFlow.js) into `.convlab/sandbox.cjs`,
 * unless the bundle there was built from the same sources. esbuild is loaded only to rebuild, so a
 * course shipped with its bundle (`convlab autograder-bundle`) grades without it.
 */
export function sandboxScript(): Promise<SandboxManifest> {
  scriptBuilt ??= (async () => {
    const hash = sourceHash();
    const manifest = await readManifest();
    if (manifest?.hash === hash && (await stat(scriptPath).catch(() => undefined))) return manifest;
    const {build} = await import("esbuild");
    // The realm (what student code reaches) as a browser-like script: tfjs's own bundle, no Node module.
    const realm = await build({
      entryPoints: [realmEntry],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "realm",
      target: "es2022",
      // Strict throughout: no `.caller` or `.arguments` of the realm's functions can be read. tfjs
      // looks for its global object as `self` when it loads.
      banner: {js: '"use strict";\nglobalThis.self = globalThis;'},
      plugins: [withoutNodeModules],
      metafile: true,
      absWorkingDir: courseRoot,
      write: false,
      logLevel: "silent"
    });
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      banner: {js: '"use strict";'},
      define: {CONVLAB_SANDBOX_REALM: JSON.stringify(realm.outputFiles[0].text)},
      metafile: true,
      absWorkingDir: courseRoot,
      write: false,
      logLevel: "silent"
    });
    await mkdir(cacheFolder, {recursive: true});
    await writeAtomically(scriptPath, result.outputFiles[0].contents);
    const inputs = new Set([...Object.keys(result.metafile.inputs), ...Object.keys(realm.metafile.inputs)]);
    const built: SandboxManifest = {
      hash,
      inputs: [...inputs].filter((input) => !input.startsWith("node-builtin:")).sort()
    };
    await writeAtomically(manifestPath, JSON.stringify(built, null, 1));
    await removeStaleSnapshots(hash);
    return built;
  })();
  scriptBuilt.catch(() => (scriptBuilt = undefined));
  return scriptBuilt;
}

/**
 * The V8 flags of a sandbox process, which its startup snapshot is built with too (a snapshot starts
 * only under the flags it was built with). `--single-threaded` does V8's compiling and garbage
 * collection in line rather than on threads beside the run: each run's fresh context warms tfjs's
 * code up again, and that work done beside the run cost about a fifth more CPU in all (measured with
 * `npm run bench grading`). The grader's baseline (src/core/caches.ts) runs without it, as before.
 */
export function sandboxV8Flags(heapMB: number): string[] {
  return [...(graderBaseline() ? [] : ["--single-threaded"]), `--max-old-space-size=${heapMB}`];
}

const snapshots = new Map<string, Promise<string | undefined>>();

/**
 * The sandbox for a heap of `heapMB` megabytes: its script and, when Node can build one, its startup
 * snapshot (`.convlab/sandbox-<hash>-<node version>-<flags>.blob`), one per set of V8 flags
 * ({@link sandboxV8Flags}). `CONVLAB_SANDBOX_SNAPSHOT=0` goes without (to
 * compare, or to rule the snapshot out when something goes wrong).
 */
export async function sandboxProgram(heapMB: number): Promise<SandboxProgram> {
  const {hash} = await sandboxScript();
  if (process.env.CONVLAB_SANDBOX_SNAPSHOT === "0") return {script: scriptPath};
  const flags = sandboxV8Flags(heapMB);
  const flagsTag = createHash("sha256").update(flags.join(" ")).digest("hex").slice(0, 8);
  let snapshot = snapshots.get(flagsTag);
  // Another grader that rebuilt the bundle (its sources changed) removes the old snapshots: build again.
  const built = await snapshot;
  if (!snapshot || (built && !existsSync(built))) {
    snapshot = buildSnapshot(
      join(cacheFolder, `sandbox-${hash.slice(0, 16)}-${process.version}-${flagsTag}.blob`),
      flags
    );
    snapshots.set(flagsTag, snapshot);
  }
  return {script: scriptPath, snapshot: await snapshot};
}

async function buildSnapshot(blob: string, flags: string[]): Promise<string | undefined> {
  if (await stat(blob).catch(() => undefined)) return blob;
  const temporary = `${blob}.${process.pid}.${Date.now()}.tmp`;
  const built = await new Promise<boolean>((resolve) => {
    const child = spawn(process.execPath, [...flags, "--snapshot-blob", temporary, "--build-snapshot", scriptPath], {
      stdio: "ignore",
      cwd: cacheFolder
    });
    child.once("error", () => resolve(false));
    child.once("exit", (code) => resolve(code === 0));
  });
  if (!built) {
    await rm(temporary, {force: true});
    return undefined;
  }
  await rename(temporary, blob);
  return blob;
}

async function removeStaleSnapshots(hash: string): Promise<void> {
  for (const name of await readdir(cacheFolder).catch(() => [])) {
    if (/^sandbox-[0-9a-f]+-.*\.blob$/.test(name) && !name.startsWith(`sandbox-${hash.slice(0, 16)}-`))
      await rm(join(cacheFolder, name), {force: true});
  }
}
