import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {projectRoot} from "../e2e/site.js";

// What a process sees of a folder changed under it, with the stat cache loaded for `root`; run apart,
// since the cache changes node:fs for the whole process.
const probe = `
import {existsSync, statSync, writeFileSync, mkdirSync} from "node:fs";
import {join} from "node:path";
const [root, outside] = process.argv.slice(1);
const seen = {};
const sizeOf = (path) => { try { return statSync(path).size; } catch (error) { return error.code; } };
seen.before = [existsSync(join(root, "new.ts")), sizeOf(join(root, "new.ts"))];
writeFileSync(join(root, "new.ts"), "12345");
seen.source = [existsSync(join(root, "new.ts")), sizeOf(join(root, "new.ts"))];
seen.cache = [existsSync(join(root, ".observablehq", "out.js")), sizeOf(join(root, ".observablehq", "out.js"))];
writeFileSync(join(root, ".observablehq", "out.js"), "1");
seen.cache.push(existsSync(join(root, ".observablehq", "out.js")), sizeOf(join(root, ".observablehq", "out.js")));
seen.outside = [existsSync(join(outside, "x.js"))];
writeFileSync(join(outside, "x.js"), "1");
seen.outside.push(existsSync(join(outside, "x.js")));
seen.withOptions = statSync(join(root, "new.ts"), {throwIfNoEntry: false})?.size;
console.log(JSON.stringify(seen));
`;

function run(env: Record<string, string>): Record<string, unknown> {
  const folder = mkdtempSync(join(tmpdir(), "convlab-statcache-"));
  try {
    const root = join(folder, "lessons");
    const outside = join(folder, "dist");
    mkdirSync(join(root, ".observablehq"), {recursive: true});
    mkdirSync(outside);
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        join(projectRoot, "scripts", "sourceStatCache.js"),
        "--input-type=module",
        "-e",
        probe,
        root,
        outside
      ],
      {
        encoding: "utf8",
        env: {...process.env, ...env, CONVLAB_CACHED_SOURCES: env.CONVLAB_CACHED_SOURCES?.replace("<root>", root) ?? ""}
      }
    );
    expect(result.stderr).toBe("");
    return JSON.parse(result.stdout) as Record<string, unknown>;
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
}

describe("the build's source stat cache (scripts/sourceStatCache.js)", () => {
  it("keeps the first answers about a source file, through node:fs's named imports, and nothing else's", () => {
    expect(run({CONVLAB_CACHED_SOURCES: "<root>"})).toEqual({
      before: [false, "ENOENT"],
      source: [false, "ENOENT"], // kept: sources do not change during a build
      cache: [false, "ENOENT", true, 1], // Framework's cache, written during the build: asked every time
      outside: [false, true],
      withOptions: 5 // a call with options goes to node:fs
    });
  });

  it("changes nothing without CONVLAB_CACHED_SOURCES", () => {
    expect(run({})).toMatchObject({source: [true, 5]});
  });
});
