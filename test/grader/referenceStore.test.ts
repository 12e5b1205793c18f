import {mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterEach, describe, expect, it} from "vitest";
import {readStoredOutput, sourcesHash, storeOutput} from "../../src/grader/referenceStore.js";

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "convlab-store-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe("referenceStore", () => {
  it("gives back exactly what was stored, float32 values included", () => {
    const dir = freshDir();
    const value = {shape: [3], values: Array.from(new Float32Array([0.1, -1e-30, 3.4e38]))};
    expect(storeOutput(dir, "conv2d", [1, "a"], value)).toBe(true);
    expect(readStoredOutput(dir, "conv2d", [1, "a"])).toEqual({value});
    expect(readStoredOutput(dir, "conv2d", [2, "a"])).toBeUndefined();
  });

  it("refuses values JSON would change", () => {
    const dir = freshDir();
    expect(storeOutput(dir, "x", [], [Number.NaN])).toBe(false);
    expect(storeOutput(dir, "x", [], -0)).toBe(false);
    expect(storeOutput(dir, "x", [], new Float32Array([1]))).toBe(false);
    expect(readStoredOutput(dir, "x", [])).toBeUndefined();
  });

  it("is kept under a hash of the course's sources that does not depend on how the root is spelled", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    expect(sourcesHash(root)).toMatch(/^[0-9a-f]{16}$/);
    expect(sourcesHash(root.replace(/\/$/, ""))).toBe(sourcesHash(root));
  });

  it("ignores a corrupt entry and stores over it", () => {
    const dir = freshDir();
    expect(storeOutput(dir, "x", [1], 5)).toBe(true);
    const [file] = readdirSync(join(dir, "x"));
    writeFileSync(join(dir, "x", file!), "{not json");
    expect(readStoredOutput(dir, "x", [1])).toBeUndefined();
    expect(storeOutput(dir, "x", [1], 6)).toBe(true);
    expect(readStoredOutput(dir, "x", [1])).toEqual({value: 6});
    expect(readdirSync(join(dir, "x"))).toHaveLength(1);
  });
});
