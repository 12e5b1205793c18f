import {describe, expect, it} from "vitest";
import {courseRoot, importsOf, layerOf, layeringViolations, readSources} from "./importGraph.js";

const describeViolation = ({file, specifier, fromLayer, toLayer}: ReturnType<typeof layeringViolations>[number]) =>
  `${file} imports ${specifier} (${fromLayer} → ${toLayer})`;

describe("the import graph of src/", () => {
  const sources = readSources(courseRoot);

  it("reads every module of the library", () => {
    expect(sources.size).toBeGreaterThan(100);
    expect(sources.has("src/core/random.ts")).toBe(true);
  });

  it("points downward only: no module imports a higher layer or a folder outside the layers", () => {
    expect(layeringViolations(sources).map(describeViolation)).toEqual([]);
  });

  it("keeps core free of the course: it imports nothing outside core", () => {
    const outside = [...sources]
      .filter(([file]) => file.startsWith("src/core/"))
      .flatMap(([file, source]) =>
        importsOf(source)
          .filter((specifier) => specifier.startsWith(".."))
          .map((specifier) => `${file}: ${specifier}`)
      );
    expect(outside).toEqual([]);
  });
});

describe("layeringViolations(files)", () => {
  it("names the file, the import and both layers of an upward import", () => {
    const files = new Map([["src/check/gradeOutcome.ts", 'import type {Exercise} from "../exercises/types.js";']]);
    expect(layeringViolations(files).map(describeViolation)).toEqual([
      "src/check/gradeOutcome.ts imports ../exercises/types.js (ops/initializers/check → exercises)"
    ]);
  });

  it("fails a module in a folder that no layer names, and an import of one", () => {
    const files = new Map([
      ["src/widgets/gauge.ts", 'import {both} from "../i18n/index.js";'],
      ["src/ui/gauge.ts", 'export {gauge} from "../widgets/gauge.js";']
    ]);
    expect(layeringViolations(files).map(describeViolation)).toEqual([
      "src/widgets/gauge.ts imports (the module itself) (no layer → no layer)",
      "src/ui/gauge.ts imports ../widgets/gauge.js (ui/site → no layer)"
    ]);
  });

  it("allows the same layer and lower ones, and packages", () => {
    const files = new Map([
      [
        "src/models/leNet.ts",
        'import * as tf from "@convlab/tfjs";\nimport {outputGeometry} from "../ops/tfReference.js";\nexport {x} from "../datasets/mnist.js";'
      ],
      ["src/grader/cli.ts", 'const load = () => import("../run/sandboxBundle.js");']
    ]);
    expect(layeringViolations(files)).toEqual([]);
  });

  it("reads static, type-only, re-exported, side-effect and dynamic imports, but not those in comments", () => {
    const source = [
      'import * as tf from "@convlab/tfjs";',
      'import type {\n  Json,\n  TF\n} from "../core/types.js";',
      'export * from "./a.js";',
      'export type {B} from "./b.js";',
      'import "./c.js";',
      'const d = await import("./d.js");',
      '// import {e} from "./e.js";',
      '/* import {f} from "./f.js"; */'
    ].join("\n");
    expect(importsOf(source).sort()).toEqual([
      "../core/types.js",
      "./a.js",
      "./b.js",
      "./c.js",
      "./d.js",
      "@convlab/tfjs"
    ]);
  });

  it("places a module by its first folder under src/", () => {
    expect([
      layerOf("src/core/random.ts"),
      layerOf("src/exercises/le-net/spec.ts"),
      layerOf("src/index.ts"),
      layerOf("src/widgets/x.ts")
    ]).toEqual([0, 6, undefined, undefined]);
  });
});
