import {beforeAll, describe, expect, it} from "vitest";
import {seededRandom} from "../../../src/core/random.js";
import {setupNodeTf} from "../../../src/backends/node.js";
import {gradeOutcome} from "../../../src/check/gradeOutcome.js";
import {messages} from "../../../src/check/messages.js";
import {summaryTotals} from "../../../src/check/modelSummary.js";
import type {RunOutcome} from "../../../src/run/protocol.js";
import {findExercise, resnet50, type CheckCase, type DocumentedFile, type TF} from "../../../src/exercises/index.js";
import {hiddenCalls} from "../../../src/exercises/resnet50/spec.js";
import {withUnobservedInitialValues} from "../../../src/initializers/unobservedValues.js";
import {documentedSummaryCases} from "../../../src/exercises/shared/documented.js";
import {ResNet50} from "../../../solutions/resnet50.js";
import {wrongModel} from "../../fixtures/wrong-models/index.js";
import {fillGaps, readDocumentedFile} from "../helpers.js";
import {gradeFiles, graderSeed, gradeInProcess, reportOf, solutionSource, withEdit} from "../residualHelpers.js";

const documented = readDocumentedFile("resnet50");
let tf: TF;
let visible: CheckCase[];
beforeAll(async () => {
  tf = await setupNodeTf();
  visible = await resnet50.cases(tf, documented, {hidden: false, seed: 1});
});

const solution = solutionSource("resnet50");
const sameMaxPooling = withEdit(
  solution,
  "maxPooling2d({poolSize: 3, strides: 2})",
  'maxPooling2d({poolSize: 3, strides: 2, padding: "same"})'
);
/** Ignores its arguments: always the documented 64×64×3 input and 6 classes. */
const ignoresArguments = withEdit(
  solution,
  "const XInput = tf.input({shape: inputShape});",
  "const XInput = tf.input({shape: [64, 64, 3]});\n  classes = 6;"
);

/** The starter's gaps: the two blocks, then ResNet-50 line by line. */
function filledStarter(lang: "ru" | "en"): string {
  const blocks = solution.slice(solution.indexOf("type Input"), solution.indexOf("export function ResNet50"));
  const lines = [
    blocks,
    "tf.layers.zeroPadding2d({padding: [3, 3]}).apply(XInput) as tf.SymbolicTensor",
    "tf.layers.conv2d({filters: 64, kernelSize: 7, strides: 2, kernelInitializer: glorotUniform({seed: 0})}).apply(X) as tf.SymbolicTensor",
    "tf.layers.batchNormalization({axis: 3}).apply(X) as tf.SymbolicTensor",
    'tf.layers.activation({activation: "relu"}).apply(X) as tf.SymbolicTensor',
    "tf.layers.maxPooling2d({poolSize: 3, strides: 2}).apply(X) as tf.SymbolicTensor",
    ...stage([64, 64, 256], 1, 2),
    ...stage([128, 128, 512], 2, 3),
    ...stage([256, 256, 1024], 2, 5),
    ...stage([512, 512, 2048], 2, 2),
    "tf.layers.averagePooling2d({poolSize: 2}).apply(X) as tf.SymbolicTensor",
    "tf.layers.flatten().apply(X) as tf.SymbolicTensor",
    'tf.layers.dense({units: classes, activation: "softmax", kernelInitializer: glorotUniform({seed: 0})}).apply(X) as tf.SymbolicTensor'
  ];
  return fillGaps(resnet50.starter[lang], lines);
}
function stage(filters: number[], s: number, identityBlocks: number): string[] {
  return [
    `convolutionalBlock(X, 3, ${JSON.stringify(filters)}, ${s})`,
    ...Array.from({length: identityBlocks}, () => `identityBlock(X, 3, ${JSON.stringify(filters)})`)
  ];
}

describe("the resnet50 exercise", () => {
  it("is found by its id and asks for the export the contract names, with more time than the runners' default", () => {
    expect(findExercise("resnet50")).toBe(resnet50);
    expect(resnet50.exportName).toBe("ResNet50");
    expect(resnet50.timeLimitSeconds).toBeGreaterThan(30);
  });

  describe("the documented summary", () => {
    it("has the totals of the document's ResNet-50: 23,600,006 parameters, 53,120 of them non-trainable", () => {
      expect(visible).toHaveLength(1);
      expect(summaryTotals(visible[0].expectedSummary!)).toEqual({
        total: 23_600_006,
        trainable: 23_546_886,
        nonTrainable: 53_120
      });
      expect(visible[0].expected.values).toEqual([23_600_006, 23_546_886, 53_120]);
    });

    it("follows the document's architecture: 16 residual blocks, 53 convolutions, input 64×64×3 and 6 classes", () => {
      const layers = visible[0].expectedSummary!.layers;
      const count = (type: string) => layers.filter((layer) => layer.type === type).length;
      expect([
        count("Add"),
        count("Conv2D"),
        count("BatchNormalization"),
        count("ZeroPadding2D"),
        count("MaxPooling2D"),
        count("AveragePooling2D"),
        count("Dense")
      ]).toEqual([16, 53, 53, 1, 1, 1, 1]);
      expect(layers[0].outputShape).toEqual([64, 64, 3]);
      expect(layers.at(-1)!.outputShape).toEqual([6]);
    });

    it("is what the reference solution builds", async () => {
      const report = await gradeInProcess(tf, resnet50, visible, solution);
      expect(report.checks.map((check) => check.message.en)).toEqual(["correct"]);
    });

    it("refuses a data file whose totals do not add up from its rows", () => {
      const broken = structuredClone(documented) as DocumentedFile;
      (broken.cases[0].expected as {totals: {total: number}}).totals.total += 1;
      expect(() => documentedSummaryCases(broken, "resnet50")).toThrow("the totals do not add up");
    });
  });

  describe("starter", () => {
    it("filled in with the two blocks and the document's stages, passes", async () => {
      const report = await gradeInProcess(tf, resnet50, visible, filledStarter("en"));
      expect(report.checks.map((check) => check.message.en)).toEqual(["correct"]);
    });
  });

  describe("typical mistakes fail with a message that names the layer", () => {
    it("max pooling with padding same: the pooling's output shape, and the padding in the hint", async () => {
      const [check] = (await gradeInProcess(tf, resnet50, visible, sameMaxPooling)).checks;
      expect(check.passed).toBe(false);
      expect(check.message.en).toContain(
        "(MaxPooling2D): output shape (None, 16, 16, 64), expected (None, 15, 15, 64)"
      );
      expect(check.hint?.en).toContain('Max pooling with padding "same"');
      expect(check.got?.values).toEqual(check.expected?.values); // the same parameters: only the shapes tell
    });

    it.each([
      [
        "no zero padding",
        (s: string) =>
          withEdit(
            s,
            "let X = tf.layers.zeroPadding2d({padding: [3, 3]}).apply(XInput) as tf.SymbolicTensor;",
            "let X = XInput;"
          ),
        "There is no ZeroPadding2D"
      ],
      ["one identity block short", (s: string) => withEdit(s, "i < 5;", "i < 4;"), "ResNet-50 has 16 residual blocks"],
      [
        "a wrong number of classes",
        (s: string) => withEdit(s, "units: classes", "units: classes + 1"),
        "The output layer should have classes = 6 units"
      ]
    ])("%s", async (_, edit, hint) => {
      const [check] = (await gradeInProcess(tf, resnet50, visible, edit(solution))).checks;
      expect(check.passed).toBe(false);
      expect(check.hint?.en).toContain(hint);
    });

    it("returning something that is not a model is an error that says what to return", async () => {
      const [check] = (await gradeInProcess(tf, resnet50, visible, "export function ResNet50() { return 42; }")).checks;
      expect(check.message.en).toContain("ResNet50 must return a tf.LayersModel");
    });
  });

  describe("the summary's comparison, on the trusted side", () => {
    const ran = (check: CheckCase, output: unknown) =>
      gradeOutcome(resnet50, [check], {kind: "ran", results: [{id: check.id, output}]} as RunOutcome).checks[0];
    const shifted = () => {
      const summary = structuredClone(visible[0].expectedSummary!);
      summary.layers[5].outputShape = [16, 16, 64];
      return summary;
    };

    it("refuses an output that is not a summary, saying what it got", () => {
      expect(ran(visible[0], [[1, 2]]).message.en).toBe("a model summary was expected, got array(1)");
      expect(ran(visible[0], {layers: [{type: 7}]}).message.en).toBe("layer 1: a malformed layer type");
    });

    it("shows a visible check's totals, expected next to got", () => {
      const check = ran(visible[0], shifted());
      expect(check.expected?.values).toEqual([23_600_006, 23_546_886, 53_120]);
      expect(check.got?.values).toEqual([23_600_006, 23_546_886, 53_120]);
    });

    it("says only that a hidden check failed: no layer, shape or totals that would tell its input", () => {
      const check = ran({...visible[0], hidden: true}, shifted());
      expect(check.message).toEqual(messages.hiddenFailed);
      expect(check.hint ?? check.expected ?? check.got).toBeUndefined();
      expect(ran({...visible[0], hidden: true}, 42).message).toEqual(messages.hiddenFailed);
    });
  });

  describe("checked by its graph on the document's input; the outputs with the reference's weights by the hidden behaviour check (test/fixtures/wrong-models/)", () => {
    let behaviour: CheckCase[];
    beforeAll(async () => {
      const all = await resnet50.cases(tf, documented, {
        hidden: false,
        seed: 1,
        reference: async () => ResNet50 as never
      });
      behaviour = all.filter((check) => check.expectedBehaviour);
    });
    const messageOf = async (source: string) => (await gradeInProcess(tf, resnet50, behaviour, source)).checks[0];

    it("is a visible check on the document's input, built only where the reference solution is", () => {
      expect(behaviour.map((check) => [check.id, check.hidden, check.args])).toEqual([
        ["graph-64x64x3", false, [[64, 64, 3], 6, {report: "graph", seed: 1}]]
      ]);
      expect(visible.some((check) => check.expectedBehaviour)).toBe(false);
    });

    it("passes a correct model written otherwise: the shortcut added first, ReLU layers, a softmax layer of its own", async () => {
      const written = withEdit(
        withEdit(
          solution.replaceAll("return relu(add(X, XShortcut));", "return relu(add(XShortcut, X));"),
          'tf.layers.activation({activation: "relu"})',
          "tf.layers.reLU()"
        ),
        '.dense({units: classes, activation: "softmax", kernelInitializer: glorotUniform({seed: 0})})\n    .apply(X) as tf.SymbolicTensor;',
        ".dense({units: classes, kernelInitializer: glorotUniform({seed: 0})})\n    .apply(X) as tf.SymbolicTensor;\n  X = tf.layers.softmax().apply(X) as tf.SymbolicTensor;"
      );
      const check = await messageOf(written);
      expect([check.passed, check.message.en]).toEqual([true, "correct"]);
    });

    it("sigmoid activations: names the first one", async () => {
      const check = await messageOf(wrongModel("resnet50-sigmoid"));
      expect(check.passed).toBe(false);
      expect(check.message).toEqual({
        en: "layer 5 (Activation) is a sigmoid where the reference has a ReLU",
        ru: "слой 5 (Activation) — сигмоида, а у эталона здесь ReLU"
      });
    });

    it("identity blocks that add their main path to itself: the Add that does not take the block's input", async () => {
      const check = await messageOf(wrongModel("resnet50-identity-adds-itself"));
      expect(check.passed).toBe(false);
      expect(check.message.en).toBe(
        "the identity block's Add, layer 27 (Add), does not take the block's input (the output of layer 18 (Activation)): it adds layer 26 (BatchNormalization) to itself"
      );
      expect(check.message.ru).toBe(
        "Add identity-блока, слой 27 (Add), не получает вход блока (выход слоя 18 (Activation)): он складывает слой 26 (BatchNormalization) сам с собой"
      );
    });

    it("a linear output: the softmax missing after the last layer", async () => {
      const check = await messageOf(wrongModel("resnet50-linear-output"));
      expect(check.passed).toBe(false);
      expect(check.message.en).toBe(
        "after layer 177 (Dense) the reference applies a softmax, yours has none: it is the model's output"
      );
    });
  });

  describe("hidden cases", () => {
    it("use other image sizes, channels and classes, always large enough for the last pooling", () => {
      const calls = [1, 2, 3, 4, 5].flatMap((seed) => hiddenCalls(seededRandom(seed))) as Array<[number[], number]>;
      expect(new Set(calls.map(([shape]) => shape.join("x"))).size).toBeGreaterThan(3);
      for (const [[height, width, channels], classes] of calls) {
        expect(Math.min(height, width)).toBeGreaterThanOrEqual(40);
        expect([1, 3]).toContain(channels);
        expect(classes).toBeGreaterThanOrEqual(2);
      }
      expect(hiddenCalls(seededRandom(5))).toEqual(hiddenCalls(seededRandom(5)));
    });

    it("check the behaviour on 37 to 40 pixels a side, where the last stage still leaves 2×2 for the pooling", () => {
      const sides = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => {
        const calls = resnet50.spec.hiddenCalls!(seededRandom(seed));
        const [shape, , marker] = calls[calls.length - 1] as [number[], number, {report: string}];
        expect(marker.report).toBe("behaviour");
        return shape.slice(0, 2);
      });
      expect(Math.min(...sides)).toBeGreaterThanOrEqual(37);
      expect(Math.max(...sides)).toBeLessThanOrEqual(40);
      for (const side of [37, 40]) {
        const model = withUnobservedInitialValues(() => ResNet50([side, side, 3], 6));
        const pool = model.layers.find((layer) => layer.getClassName() === "AveragePooling2D")!;
        expect(pool.outputShape).toEqual([null, 1, 1, 2048]);
        model.dispose();
      }
    });
  });

  describe("in the grader", () => {
    it("a correct ResNet50 passes the summary and the hidden checks", async () => {
      const report = reportOf(await gradeFiles({"resnet50.ts": solution}, graderSeed), "resnet50");
      expect(report.checks.map((check) => [check.id, check.hidden, check.passed, check.category])).toEqual([
        ["documented-summary", false, true, undefined],
        ["graph-64x64x3", false, true, undefined],
        ["hidden-1", true, true, expect.any(String)],
        ["hidden-2", true, true, expect.any(String)],
        ["hidden-3", true, true, "model-behaviour"]
      ]);
    });

    it("max pooling with padding same fails, naming the layer", async () => {
      const report = reportOf(await gradeFiles({"resnet50.ts": sameMaxPooling}, graderSeed), "resnet50");
      expect(report.score).toBe(0);
      expect(report.checks[0].message.en).toContain("MaxPooling2D");
    });

    it("a model that ignores its arguments passes the documented summary only", async () => {
      const report = reportOf(await gradeFiles({"resnet50.ts": ignoresArguments}, graderSeed), "resnet50");
      // The behaviour check on the document's input passes: it is that very input.
      expect(report.checks.map((check) => [check.hidden, check.passed])).toEqual([
        [false, true],
        [false, true],
        [true, false],
        [true, false],
        [true, false]
      ]);
    });
  });
});
