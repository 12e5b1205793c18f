import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {delimiter, join} from "node:path";
import {describe, expect, it} from "vitest";
import {needsLoading, prewarmedLoaders, prewarmLoaders} from "../../scripts/prewarmLoaders.js";
import {projectRoot} from "../e2e/site.js";

const env = {...process.env, PATH: `${join(projectRoot, "node_modules", ".bin")}${delimiter}${process.env.PATH}`};

function sourceRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "convlab-prewarm-"));
  mkdirSync(join(root, "_assets"));
  writeFileSync(join(root, "_assets", "good.txt.ts"), 'process.stdout.write("made by the loader");\n');
  writeFileSync(join(root, "_assets", "bad.txt.ts"), 'process.stdout.write("half");\nprocess.exit(3);\n');
  return root;
}

describe("prewarmLoaders(root)", () => {
  it("prewarms the site's real loaders", () => {
    for (const target of prewarmedLoaders)
      expect(existsSync(join(projectRoot, "lessons", `${target}.ts`)), target).toBe(true);
  });

  it("writes a loader's output where Framework caches it, and leaves a failing one for Framework", async () => {
    const root = sourceRoot();
    const results = await prewarmLoaders(root, {
      env,
      targets: ["_assets/good.txt", "_assets/bad.txt", "_assets/none.txt"]
    });
    expect(results.sort((a, b) => a.target.localeCompare(b.target))).toEqual([
      {target: "_assets/bad.txt", ok: false},
      {target: "_assets/good.txt", ok: true}
    ]);
    const cache = join(root, ".observablehq", "cache", "_assets");
    expect(readFileSync(join(cache, "good.txt"), "utf8")).toBe("made by the loader");
    expect(readdirSync(cache)).toEqual(["good.txt"]); // no partial output, no temporary file
  });

  it("runs a loader only when Framework would: no cached output, or one older than the loader", () => {
    const root = sourceRoot();
    const cached = join(root, ".observablehq", "cache", "_assets", "good.txt");
    expect(needsLoading(root, "_assets/good.txt")).toBe(true);
    mkdirSync(join(root, ".observablehq", "cache", "_assets"), {recursive: true});
    writeFileSync(cached, "cached");
    utimesSync(join(root, "_assets", "good.txt.ts"), new Date(1000), new Date(1000));
    expect(needsLoading(root, "_assets/good.txt")).toBe(false);
    utimesSync(cached, new Date(0), new Date(0));
    expect(needsLoading(root, "_assets/good.txt")).toBe(true);
    expect(needsLoading(root, "_assets/none.txt")).toBe(false);
  });

  it("runs a loader again when the library it imports changed after its cached output", () => {
    const root = sourceRoot();
    const library = join(root, "library");
    mkdirSync(join(library, "models"), {recursive: true});
    writeFileSync(join(library, "models", "zoo.ts"), "export const zoo = [];\n");
    const cached = join(root, ".observablehq", "cache", "_assets", "good.txt");
    mkdirSync(join(root, ".observablehq", "cache", "_assets"), {recursive: true});
    writeFileSync(cached, "cached");
    utimesSync(join(root, "_assets", "good.txt.ts"), new Date(1000), new Date(1000));
    utimesSync(join(library, "models", "zoo.ts"), new Date(1000), new Date(1000));
    utimesSync(cached, new Date(2000), new Date(2000));
    expect(needsLoading(root, "_assets/good.txt", {library})).toBe(false);
    utimesSync(join(library, "models", "zoo.ts"), new Date(3000), new Date(3000));
    expect(needsLoading(root, "_assets/good.txt", {library})).toBe(true);
  });
});
