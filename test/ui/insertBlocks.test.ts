// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from "vitest";
import {resnet50} from "../../src/exercises/index.js";
import {insertBlocksButton, withBlocks} from "../../src/ui/insertBlocks.js";
import {readSavedCode, savedCodeEvent, writeSavedCode} from "../../src/ui/savedCode.js";

const identity = `import * as tf from "@tensorflow/tfjs";
import {randomUniform, type Initializer} from "convlab/initializers";

/** What layers are applied to. */
type Input = tf.Tensor | tf.SymbolicTensor;

export function identityBlock(X: Input): Input {
  return X;
}
`;
const convolutional = identity.replace("identityBlock", "convolutionalBlock").replace("randomUniform", "glorotUniform");

describe("withBlocks(target, sources)", () => {
  it("puts the sources into the blocks region, without imports and with one copy of a shared type", () => {
    const combined = withBlocks(resnet50.starter.en, [identity, convolutional])!;
    const region = combined.slice(combined.indexOf("// #region blocks"), combined.indexOf("// #endregion blocks"));
    expect(region).toContain("export function identityBlock");
    expect(region).toContain("export function convolutionalBlock");
    expect(region).not.toContain("import ");
    expect(region.match(/type Input =/g)).toHaveLength(1);
    expect(region).not.toContain("...");
    expect(combined.startsWith('import * as tf from "@tensorflow/tfjs";')).toBe(true);
    expect(combined).toContain("export function ResNet50(");
  });

  it("replaces what the region held before", () => {
    const once = withBlocks(resnet50.starter.en, [identity])!;
    const twice = withBlocks(once, [convolutional])!;
    const region = twice.slice(twice.indexOf("// #region blocks"), twice.indexOf("// #endregion blocks"));
    expect(region).not.toContain("identityBlock");
    expect(region).toContain("convolutionalBlock");
  });

  it("gives undefined when the region's markers are gone", () => {
    expect(withBlocks("export function ResNet50() {}", [identity])).toBeUndefined();
  });
});

describe("insertBlocksButton(target, {lang, from})", () => {
  beforeEach(() => localStorage.clear());

  it("asks for the blocks first when they are not written yet", () => {
    const root = insertBlocksButton(resnet50, {lang: "en", from: ["identity-block", "convolutional-block"]});
    root.querySelector("button")!.click();
    expect(root.textContent).toContain("Write identity-block and convolutional-block in the exercises above first.");
  });

  it("saves the combined code and tells the open editor to reload it", () => {
    writeSavedCode("identity-block", identity);
    writeSavedCode("convolutional-block", convolutional);
    const events: unknown[] = [];
    addEventListener(savedCodeEvent, (event) => events.push((event as CustomEvent).detail));
    const root = insertBlocksButton(resnet50, {lang: "ru", from: ["identity-block", "convolutional-block"]});
    root.querySelector("button")!.click();
    const saved = readSavedCode("resnet50");
    expect(saved.kind === "saved" && saved.code).toContain("export function convolutionalBlock");
    expect(saved.kind === "saved" && saved.code).toContain("Часть 1");
    expect(events).toEqual([["resnet50"]]);
  });
});
