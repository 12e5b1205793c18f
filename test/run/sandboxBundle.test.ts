import {existsSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {sandboxProgram, sandboxV8Flags} from "../../src/run/sandboxBundle.js";
import {hangCeilingMs} from "../hangCeiling.js";

/** Runs `fn` with the grader's baseline switch (src/core/caches.ts) on. */
async function inBaseline<T>(fn: () => Promise<T>): Promise<T> {
  const before = process.env.CONVLAB_GRADER_BASELINE;
  process.env.CONVLAB_GRADER_BASELINE = "1";
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.CONVLAB_GRADER_BASELINE;
    else process.env.CONVLAB_GRADER_BASELINE = before;
  }
}

describe("sandboxV8Flags(heapMB)", () => {
  it("runs the sandbox single-threaded with the heap asked for; the grader's baseline as before", async () => {
    expect(sandboxV8Flags(512)).toEqual(["--single-threaded", "--max-old-space-size=512"]);
    expect(await inBaseline(async () => sandboxV8Flags(512))).toEqual(["--max-old-space-size=512"]);
  });
});

describe("sandboxProgram(heapMB)", () => {
  // A snapshot starts only under the V8 flags it was built with: one shared by two sets of flags
  // would crash every sandbox of one of them.
  it(
    "builds a startup snapshot per set of V8 flags, and gives the same one again",
    async () => {
      const shipped = await sandboxProgram(512);
      const baseline = await inBaseline(() => sandboxProgram(512));
      expect(shipped.snapshot).toBeDefined();
      expect(baseline.snapshot).toBeDefined();
      expect(baseline.snapshot).not.toBe(shipped.snapshot);
      expect(existsSync(shipped.snapshot!) && existsSync(baseline.snapshot!)).toBe(true);
      expect((await sandboxProgram(512)).snapshot).toBe(shipped.snapshot);
      expect((await sandboxProgram(1024)).snapshot).not.toBe(shipped.snapshot);
    },
    hangCeilingMs
  );
});
