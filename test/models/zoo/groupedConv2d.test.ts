import * as tf from "@convlab/tfjs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {GroupedConv2D} from "../../../src/models/zoo/groupedConv2d.js";

beforeAll(() => setupNodeTf());

/** The dense kernel a grouped convolution stands for: group g's filters see only group g's input channels. */
function blockDiagonal(kernel: tf.Tensor4D, groups: number): tf.Tensor4D {
  const [, , inPerGroup, filters] = kernel.shape;
  const outPerGroup = filters / groups;
  const parts = tf.split(kernel, groups, 3).map((part, g) =>
    tf.pad(part, [
      [0, 0],
      [0, 0],
      [g * inPerGroup, (groups - 1 - g) * inPerGroup],
      [0, 0]
    ])
  );
  expect(parts[0].shape[3]).toBe(outPerGroup);
  return tf.concat(parts, 3) as tf.Tensor4D;
}

describe("GroupedConv2D", () => {
  it.each([
    {groups: 1, inChannels: 4, filters: 6, kernel: 3, stride: 1, padding: "same"},
    {groups: 2, inChannels: 4, filters: 6, kernel: 3, stride: 1, padding: "same"},
    {groups: 4, inChannels: 8, filters: 8, kernel: 3, stride: 2, padding: "valid"},
    {groups: 3, inChannels: 6, filters: 9, kernel: 1, stride: 2, padding: "valid"},
    {groups: 8, inChannels: 8, filters: 16, kernel: 3, stride: 1, padding: "valid"}
  ] as const)(
    "with $groups groups of $inChannels channels to $filters, $kernel×$kernel, stride $stride, $padding: equals a convolution with the block-diagonal kernel",
    ({groups, inChannels, filters, kernel, stride, padding}) => {
      const layer = new GroupedConv2D({
        filters,
        kernelSize: [kernel, kernel],
        strides: [stride, stride],
        padding,
        groups,
        useBias: true
      });
      const input = tf.randomNormal([2, 7, 7, inChannels], 0, 1, "float32", 1) as tf.Tensor4D;
      const output = layer.apply(input) as tf.Tensor4D;
      const [weights, bias] = layer.getWeights() as [tf.Tensor4D, tf.Tensor1D];
      layer.setWeights([weights, tf.randomNormal([filters], 0, 1, "float32", 2)]);
      const withBias = layer.apply(input) as tf.Tensor4D;
      const expected = tf.conv2d(input, blockDiagonal(weights, groups), stride, padding);
      expect(bias.shape).toEqual([filters]);
      expect(weights.shape).toEqual([kernel, kernel, inChannels / groups, filters]);
      expect(layer.countParams()).toBe(kernel * kernel * (inChannels / groups) * filters + filters);
      expect(output.shape).toEqual(expected.shape);
      expect(output.shape).toEqual(layer.computeOutputShape(input.shape));
      expect(tf.max(tf.abs(tf.sub(output, expected))).dataSync()[0]).toBeLessThan(1e-5);
      const biasValues = (layer.getWeights()[1] as tf.Tensor1D).dataSync();
      expect(tf.max(tf.abs(tf.sub(withBias, tf.add(expected, tf.tensor1d(biasValues))))).dataSync()[0]).toBeLessThan(
        1e-5
      );
    }
  );

  it("trains: its gradient flows to the kernel of every group", () => {
    const layer = new GroupedConv2D({filters: 4, kernelSize: [3, 3], padding: "same", groups: 2});
    const input = tf.randomNormal([1, 5, 5, 4]) as tf.Tensor4D;
    layer.apply(input);
    const {grads} = tf.variableGrads(() => tf.sum(tf.square(layer.apply(input) as tf.Tensor)) as tf.Scalar);
    const gradient = Object.values(grads)[0];
    expect(gradient.shape).toEqual([3, 3, 2, 4]);
    for (const part of tf.split(gradient, 2, 3)) expect(tf.sum(tf.abs(part)).dataSync()[0]).toBeGreaterThan(0);
  });

  it.each([
    [{filters: 6, groups: 4}, "filters (6) must be a multiple of groups (4)"],
    [{filters: 4, groups: 0}, "groups must be a positive integer, got 0"]
  ])("rejects %o: %s", (options, message) => {
    expect(() => new GroupedConv2D({kernelSize: [3, 3], ...options})).toThrow(message);
  });

  it("rejects input channels that do not split into the groups", () => {
    const layer = new GroupedConv2D({filters: 4, kernelSize: [3, 3], groups: 4});
    expect(() => layer.apply(tf.input({shape: [5, 5, 6]}))).toThrow(
      "input channels (6) must be a multiple of groups (4)"
    );
  });

  it("round-trips through its configuration", () => {
    const layer = new GroupedConv2D({
      filters: 8,
      kernelSize: [1, 3],
      strides: [2, 1],
      padding: "same",
      groups: 2,
      useBias: true,
      name: "g"
    });
    const copy = GroupedConv2D.fromConfig(GroupedConv2D, layer.getConfig()) as GroupedConv2D;
    expect([copy.filters, copy.kernelSize, copy.strides, copy.padding, copy.groups, copy.useBias, copy.name]).toEqual([
      8,
      [1, 3],
      [2, 1],
      "same",
      2,
      true,
      "g"
    ]);
  });
});
