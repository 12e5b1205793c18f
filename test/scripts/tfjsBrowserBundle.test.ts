import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";
import {ensureTfjsBrowserBundle, tfjsBrowserBundle} from "../../scripts/tfjsBrowserBundle.js";

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
});
