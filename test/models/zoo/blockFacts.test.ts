import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {blockFacts, blockFactsOfEach} from "../../../src/models/zoo/blockFacts.js";
import {type BlockSpec, bottleneckOn256, maxBlocksPerRequest} from "../../../src/models/zoo/blockSpec.js";
import {demoTask} from "../../../src/run/computeTasks.js";

beforeAll(async () => {
  await setupNodeTf();
});

describe("blockFacts(spec): one block of the zoo, described by data, built and counted", () => {
  it("counts ResNet's bottleneck and ResNeXt's 32×4d one convolution by convolution (the document's 69,632 and 70,144)", () => {
    const resnet = blockFacts(bottleneckOn256());
    expect(resnet.convolutions.map((convolution) => convolution.weights)).toEqual([256 * 64, 64 * 9 * 64, 64 * 256]);
    expect(resnet.convolutionWeights).toBe(69_632);
    expect(resnet.convolutions[1].className).toBe("Conv2D");
    const resnext = blockFacts(bottleneckOn256(32, 4));
    expect(resnext.convolutionWeights).toBe(70_144);
    expect(resnext.convolutions[1]).toEqual({
      label: expect.stringContaining("3×3"),
      weights: 4_608,
      className: "GroupedConv2D"
    });
    expect(resnext.shape).toEqual([56, 56, 256]);
  });

  it("leaves the shortcut's convolution out of a basic block that changes the channels", () => {
    const facts = blockFacts({kind: "basic", input: [8, 16], planes: 32});
    expect(facts.convolutions).toHaveLength(2);
    expect(facts.convolutionWeights).toBe(16 * 9 * 32 + 32 * 9 * 32);
    // the 1×1 shortcut and its batch norm still count as parameters
    expect(facts.parameters).toBe(facts.convolutionWeights + 16 * 32 + 3 * 2 * 32);
  });

  it("reports a dense block's concatenations: layer ℓ joins ℓ tensors, the output all L + 1", () => {
    const facts = blockFacts({kind: "dense", input: [8, 64], layers: 4, growthRate: 12});
    expect(facts.shape).toEqual([8, 8, 64 + 4 * 12]);
    expect(facts.concatenated).toEqual([2, 3, 4, 5]);
  });

  it("refuses numbers outside its limits, and anything that is not a block, before building", () => {
    const refused: unknown[] = [
      {kind: "basic", input: [56, 256], planes: 0},
      {kind: "basic", input: [56, 256], planes: 513},
      {kind: "bottleneck", input: [56, 256], planes: 64, groups: 1.5},
      {kind: "bottleneck", input: [56, 256], planes: 64, widthPerGroup: 65},
      {kind: "dense", input: [56, 64], layers: 49},
      {kind: "dense", input: [56, 64], layers: "6"},
      {kind: "dense", input: [225, 64], layers: 6},
      {kind: "dense", input: "56", layers: 6},
      {kind: "dense", input: [56, 4096], layers: 6},
      {kind: "inception", input: [56, 64]}
    ];
    for (const spec of refused) expect(() => blockFacts(spec as BlockSpec), JSON.stringify(spec)).toThrow(RangeError);
  });

  it("answers a page's block-facts request in the compute worker's demo task, and refuses a long list", async () => {
    const {facts} = await demoTask({type: "block-facts", id: 1, blocks: [bottleneckOn256(32, 4)]});
    expect(facts[0].convolutionWeights).toBe(70_144);
    const tooMany = Array.from({length: maxBlocksPerRequest + 1}, () => bottleneckOn256());
    expect(() => blockFactsOfEach(tooMany)).toThrow(RangeError);
    expect(() => blockFactsOfEach({length: 1} as unknown as BlockSpec[])).toThrow(RangeError);
  });
});
