import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import {bundleImports} from "../../scripts/bundleImports.js";

/** A built site in miniature: two pages, the project's modules, two npm packages and a large one. */
function builtSite(): string {
  const dist = mkdtempSync(join(tmpdir(), "convlab-bundle-"));
  const files: Record<string, string> = {
    "_observablehq/client.js": "export const define = (cell) => cell;\n",
    "_import/lib/a.js":
      'import {shared} from "./shared.js";\nimport {pkg} from "../../_node/pkg@1/index.js";\nimport {big} from "../../_node/big@1/index.js";\nexport const a = () => `${shared()} ${pkg} ${big.length}`;\n',
    "_import/lib/b.js":
      'import {shared} from "./shared.js";\nexport {workerUrl, wasmUrl} from "./run/workers.js";\nexport const b = () => shared();\n',
    "_import/lib/shared.js": 'import {util} from "./util.js";\nexport const shared = () => `shared ${util}`;\n',
    "_import/lib/util.js":
      "globalThis.convlabUtilRuns = (globalThis.convlabUtilRuns ?? 0) + 1;\nexport const util = 'util';\n",
    // Read with import.meta, as src/run/pageWorkers.ts and src/backends/browser.ts do.
    "_import/lib/run/workers.js":
      'export const workerUrl = () => import.meta.resolve("./worker.js");\nexport const wasmUrl = () => import.meta.resolve("../../../_node/pkg@1/dist/pkg.wasm");\n',
    "_import/lib/run/worker.js": 'import {util} from "../util.js";\nexport const inWorker = util;\n',
    "_node/pkg@1/index.js": 'import {dep} from "../dep@2/index.js";\nexport const pkg = `pkg ${dep}`;\n',
    "_node/dep@2/index.js": "export const dep = 2;\n",
    "_node/pkg@1/dist/pkg.wasm": "\0asm",
    // Large enough to be left as it is, like tfjs; so the package it imports must stay where it is.
    "_node/big@1/index.js": `import{dep}from"../dep@2/index.js";export const big="${"x".repeat(200_000)}"+dep;\n`,
    "_import/style.css": "body {}\n"
  };
  const page = (entry: string, preloads: string[]) =>
    `<!DOCTYPE html>\n<head>\n${preloads.map((href) => `<link rel="modulepreload" href="${href}">\n`).join("")}` +
    `<script type="module">\nimport {define} from "../_observablehq/client.js";\n` +
    `define({body: async () => { const [{x}] = await Promise.all([import("${entry}")]); return x; }});\n</script>\n`;
  files["en/a.html"] = page("../_import/lib/a.js", [
    "../_observablehq/client.js",
    "../_import/lib/a.js",
    "../_import/lib/shared.js",
    "../_import/lib/util.js",
    "../_node/pkg@1/index.js",
    "../_node/dep@2/index.js",
    "../_node/big@1/index.js"
  ]);
  files["en/b.html"] = page("../_import/lib/b.js", [
    "../_observablehq/client.js",
    "../_import/lib/b.js",
    "../_import/lib/shared.js",
    "../_import/lib/util.js",
    "../_import/lib/run/workers.js"
  ]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), {recursive: true});
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const jsFiles = (dist: string) =>
  readdirSync(dist, {recursive: true, encoding: "utf8"})
    .filter((file) => file.endsWith(".js"))
    .map((file) => file.split("\\").join("/"))
    .sort();

const preloadsOf = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

/** The files `file` imports, statically, all the way down (paths from `dist`). */
function staticImports(dist: string, file: string, seen = new Set<string>()): Set<string> {
  for (const [, specifier] of readFileSync(join(dist, file), "utf8").matchAll(
    /\b(?:from|import)\s*["']([^"']+)["']/g
  )) {
    const target = resolve(dirname(join(dist, file)), specifier).slice(dist.length + 1);
    if (!seen.has(target)) {
      seen.add(target);
      staticImports(dist, target, seen);
    }
  }
  return seen;
}

describe("bundleImports(dist)", () => {
  it("keeps the files pages and workers name, and joins the rest into chunks", async () => {
    const dist = builtSite();
    expect(await bundleImports(dist)).toEqual({before: 8, after: expect.any(Number)});
    const after = jsFiles(dist);
    for (const kept of [
      "_import/lib/a.js",
      "_import/lib/b.js",
      "_import/lib/run/worker.js",
      "_node/big@1/index.js",
      "_node/dep@2/index.js"
    ])
      expect(after).toContain(kept);
    for (const joined of ["_import/lib/shared.js", "_import/lib/util.js", "_node/pkg@1/index.js"])
      expect(after).not.toContain(joined);
    expect(after.filter((file) => !file.startsWith("_observablehq/")).length).toBeLessThan(9);
    expect(readFileSync(join(dist, "_import/style.css"), "utf8")).toBe("body {}\n");
    expect(readFileSync(join(dist, "_node/big@1/index.js"), "utf8")).toMatch(
      /^import\{dep\}from"\.\.\/dep@2\/index\.js";/
    );
  });

  it("bundles modules that run as before: each once, their import.meta paths still right", async () => {
    const dist = builtSite();
    await bundleImports(dist);
    const load = (file: string) => import(pathToFileURL(join(dist, file)).href);
    const {a} = await load("_import/lib/a.js");
    const {b, workerUrl, wasmUrl} = await load("_import/lib/b.js");
    const {inWorker} = await load("_import/lib/run/worker.js");
    expect(a()).toBe("shared util pkg 2 200001");
    expect(b()).toBe("shared util");
    expect(inWorker).toBe("util");
    expect((globalThis as {convlabUtilRuns?: number}).convlabUtilRuns).toBe(1);
    expect(fileURLToPath(workerUrl())).toBe(join(dist, "_import/lib/run/worker.js"));
    expect(fileURLToPath(wasmUrl())).toBe(join(dist, "_node/pkg@1/dist/pkg.wasm"));
  });

  it("preloads what each page's modules import, all of it there, and Framework's own files as before", async () => {
    const dist = builtSite();
    await bundleImports(dist);
    for (const [page, entry] of [
      ["en/a.html", "_import/lib/a.js"],
      ["en/b.html", "_import/lib/b.js"]
    ]) {
      const preloads = preloadsOf(readFileSync(join(dist, page), "utf8")).map((href) =>
        resolve(join(dist, "en"), href).slice(dist.length + 1)
      );
      expect(preloads[0]).toBe("_observablehq/client.js");
      for (const file of preloads) expect(existsSync(join(dist, file)), file).toBe(true);
      expect(new Set(preloads)).toEqual(new Set(["_observablehq/client.js", entry, ...staticImports(dist, entry)]));
    }
  });
});
