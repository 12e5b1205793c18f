import {describe, expect, it} from "vitest";
import {courseRoot, readSources} from "./importGraph.js";

/**
 * The convention written in src/core/index.ts: library modules import tf (`@convlab/tfjs`), none takes
 * it as a parameter. The Exercise interface still accepts the runners' tf, unused, for its callers, and
 * printedView an ignored `_tf` because lesson 2's demo (src/ui/thirdStrideDemo.ts) passes one.
 */
const folders = ["src/exercises/", "src/ops/", "src/check/"];
const allowed = new Set(["src/exercises/types.ts"]);

describe("how library modules get tf", () => {
  it("exercises, ops and check take no tf parameter: they import the @convlab/tfjs singleton", () => {
    const offenders = [...readSources(courseRoot)]
      .filter(([file]) => folders.some((folder) => file.startsWith(folder)) && !allowed.has(file))
      .flatMap(([file, source]) =>
        [...source.matchAll(/[(,]\s*tf\??:\s*[\w.]+/g)].map((match) => `${file}: ${match[0].trim()}`)
      );
    expect(offenders).toEqual([]);
  });
});
