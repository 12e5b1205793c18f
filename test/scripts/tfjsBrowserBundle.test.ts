import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {describe, expect, it} from "vitest";
import {
  ensureTfjsBrowserBundle,
  frameworkCacheOf,
  seedFrameworkCache,
  tfjsBrowserBundle
} from "../../scripts/tfjsBrowserBundle.js";

// What the bundle does in a browser (every seeded initializer, the exercises' documented outputs) is
// tested where it runs: the pages' browser tests (test/e2e) and test/backends/browser.test.ts.
describe("ensureTfjsBrowserBundle()", () => {
  it("leaves the bundle `npm install` wrote, which records the tfjs it was made from", async () => {
    expect(await ensureTfjsBrowserBundle()).toBe(false);
    const {version} = createRequire(import.meta.url)("@tensorflow/tfjs/package.json") as {version: string};
    expect(readFileSync(tfjsBrowserBundle, "utf8").split("\n", 1)[0]).toMatch(
      new RegExp(`^// @tensorflow/tfjs ${version.replace(/\./g, "\\.")}, [0-9a-f]{16}$`)
    );
  });

  it("leaves a bundle of the package in the course's Framework cache, so that Framework does not bundle it again", async () => {
    await ensureTfjsBrowserBundle();
    const cache = frameworkCacheOf("lessons");
    expect(cache).toBe(join("lessons", ".observablehq", "cache", "_node", "@convlab", "tfjs@4.22.0", "index.js"));
    // Framework's own bundling would have minified the first line, which records what the bundle is made from, away.
    const firstLine = (path: string) => readFileSync(path, "utf8").split("\n", 1)[0];
    expect(firstLine(cache)).toBe(firstLine(tfjsBrowserBundle));
  });
});

describe("seedFrameworkCache()", () => {
  it("writes the bundle where Framework looks for the package, and leaves a bundle already there", () => {
    const root = mkdtempSync(join(tmpdir(), "convlab-seed-"));
    try {
      expect(seedFrameworkCache(root)).toBe(true);
      const cache = frameworkCacheOf(root);
      expect(readFileSync(cache).equals(readFileSync(tfjsBrowserBundle))).toBe(true);
      writeFileSync(cache, "export const framework = 1;\n");
      expect(seedFrameworkCache(root)).toBe(false);
      expect(readFileSync(cache, "utf8")).toBe("export const framework = 1;\n");
      rmSync(dirname(cache), {recursive: true});
      mkdirSync(dirname(dirname(cache)), {recursive: true});
      expect(seedFrameworkCache(root)).toBe(true);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
