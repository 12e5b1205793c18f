import {describe, expect, it} from "vitest";
import type {DiagramBlock, DiagramLayer} from "../../src/models/zoo/describeModel.js";
import {layoutBlock} from "../../src/ui/blockLayout.js";

const layer = (name: string, inputs: string[], kind = "conv"): DiagramLayer => ({
  name,
  kind,
  label: kind,
  shape: [4, 4, 8],
  params: 0,
  macs: 0,
  inputs
});
const block = (layers: DiagramLayer[]): DiagramBlock => ({name: "b", layers, shape: [4, 4, 8], params: 0, macs: 0});
const place = (layout: ReturnType<typeof layoutBlock>) =>
  Object.fromEntries(layout.nodes.map((node) => [node.id, [node.rank, node.lane]]));

describe("layoutBlock(block)", () => {
  it("keeps a chain in one lane and puts a projection shortcut in the next, the addition below both", () => {
    const layout = layoutBlock(
      block([
        layer("b/conv1", ["x"]),
        layer("b/bn1", ["b/conv1"], "bn"),
        layer("b/conv2", ["b/bn1"]),
        layer("b/downsample.0", ["x"]),
        layer("b/downsample.1", ["b/downsample.0"], "bn"),
        layer("b/add", ["b/conv2", "b/downsample.1"], "add")
      ])
    );
    expect(place(layout)).toEqual({
      "in:x": [0, 0],
      "b/conv1": [1, 0],
      "b/bn1": [2, 0],
      "b/conv2": [3, 0],
      "b/downsample.0": [1, 1],
      "b/downsample.1": [2, 1],
      "b/add": [4, 0]
    });
    expect(layout).toMatchObject({ranks: 5, lanes: 2});
    expect(layout.edges).toContainEqual({from: "b/downsample.1", to: "b/add"});
  });

  it("gives each branch of an Inception module its own lane and the concatenation the longest branch's depth", () => {
    const layout = layoutBlock(
      block([
        layer("m/a", ["x"]),
        layer("m/b1", ["x"]),
        layer("m/b2", ["m/b1"]),
        layer("m/pool", ["x"], "avgpool"),
        layer("m/cat", ["m/a", "m/b2", "m/pool"], "cat")
      ])
    );
    expect(place(layout)).toEqual({
      "in:x": [0, 0],
      "m/a": [1, 0],
      "m/b1": [1, 1],
      "m/b2": [2, 1],
      "m/pool": [1, 2],
      "m/cat": [3, 0]
    });
  });

  it("collapses more than three outside inputs into one node, as a dense layer's many inputs", () => {
    const layout = layoutBlock(
      block([layer("d/cat", ["x", "l1", "l2", "l3"], "cat"), layer("d/norm1", ["d/cat"], "bn")])
    );
    const outside = layout.nodes.filter((node) => !node.layer);
    expect(outside).toHaveLength(1);
    expect(outside[0].sources).toEqual(["x", "l1", "l2", "l3"]);
    expect(layout.edges).toEqual([
      {from: outside[0].id, to: "d/cat"},
      {from: "d/cat", to: "d/norm1"}
    ]);
  });
});
