import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {productRows, windowColumns, windowRows} from "../../../src/backends/wasm/convolutionAsProduct.js";
import type {TF} from "../../../src/exercises/types.js";
import {countingCalls, onWasmAndCpu, relativeDifference, seededValues} from "./onBothBackends.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf({backend: "wasm"});
});

type Padding = "same" | "valid" | [[0, 0], [number, number], [number, number], [0, 0]];
interface Case {
  x: [number, number, number, number];
  kernel: number;
  outChannels: number;
  stride: number;
  pad: Padding;
  /** Whether the wrapper should turn it into a matrix product. */
  product: boolean;
}

const cases: Case[] = [
  {x: [2, 5, 6, 3], kernel: 1, outChannels: 4, stride: 1, pad: "valid", product: true},
  {x: [2, 5, 6, 3], kernel: 1, outChannels: 4, stride: 2, pad: "same", product: true},
  // 24 output pixels, 8 channels: few enough pixels for the windows to be copied out.
  {x: [2, 3, 4, 5], kernel: 3, outChannels: 8, stride: 1, pad: "same", product: true},
  {x: [1, 7, 6, 2], kernel: 3, outChannels: 6, stride: 2, pad: "valid", product: true},
  {
    x: [1, 4, 5, 2],
    kernel: 5,
    outChannels: 40,
    stride: 1,
    pad: [
      [0, 0],
      [2, 0],
      [1, 3],
      [0, 0]
    ],
    product: true
  },
  // 1×1 with padding, and 3×3 on 2·8·8 = 128 pixels for 4 channels: the backend's own convolution.
  {
    x: [1, 4, 4, 3],
    kernel: 1,
    outChannels: 2,
    stride: 1,
    pad: [
      [0, 0],
      [1, 1],
      [0, 1],
      [0, 0]
    ],
    product: false
  },
  {x: [2, 8, 8, 3], kernel: 3, outChannels: 4, stride: 1, pad: "same", product: false}
];

const title = ({x, kernel, outChannels, stride, pad}: Case) =>
  `x ${x.join("×")}, ${kernel}×${kernel}×${outChannels}, stride ${stride}, ${typeof pad === "string" ? pad : JSON.stringify(pad.slice(1, 3))}`;

describe("convolutions as matrix products on wasm", () => {
  it.each(cases.map((c) => [title(c), c] as const))("Conv2D and FusedConv2D match cpu to 1e-5: %s", async (_, c) => {
    const filterShape = [c.kernel, c.kernel, c.x[3], c.outChannels] as const;
    const x = () =>
      tf.tensor4d(
        seededValues(
          c.x.reduce((a, b) => a * b),
          1
        ),
        c.x
      );
    const filter = () =>
      tf.tensor4d(
        seededValues(
          filterShape.reduce((a, b) => a * b),
          2
        ),
        [...filterShape]
      );
    const bias = () => tf.tensor1d(seededValues(c.outChannels, 3));
    const plain = await onWasmAndCpu(tf, () => tf.conv2d(x(), filter(), c.stride, c.pad));
    expect(plain.wasm.shape).toEqual(plain.cpu.shape);
    expect(relativeDifference(plain.wasm.values, plain.cpu.values)).toBeLessThan(1e-5);
    const fused = await onWasmAndCpu(tf, () =>
      tf.fused.conv2d({x: x(), filter: filter(), strides: c.stride, pad: c.pad, bias: bias(), activation: "relu"})
    );
    expect(relativeDifference(fused.wasm.values, fused.cpu.values)).toBeLessThan(1e-5);
    expect(Math.min(...fused.wasm.values)).toBe(0);

    const {calls: products} = countingCalls(tf, "_FusedMatMul", () =>
      tf.tidy(() => tf.fused.conv2d({x: x(), filter: filter(), strides: c.stride, pad: c.pad, bias: bias()}).dataSync())
    );
    expect(products).toBe(c.product ? 1 : 0);
    const {calls: plainProducts} = countingCalls(tf, "BatchMatMul", () =>
      tf.tidy(() => tf.conv2d(x(), filter(), c.stride, c.pad).dataSync())
    );
    expect(plainProducts).toBe(c.product ? 1 : 0);
  });

  it("copies each window out in the filter's (kh, kw, ci) order, zeros over the padding", () => {
    const [batch, height, width, channels] = [2, 4, 5, 3];
    const values = seededValues(batch * height * width * channels, 7);
    const x = tf.tensor4d(values, [batch, height, width, channels]);
    for (const [kernel, stride, pad] of [
      [3, 1, "same"],
      [3, 2, "same"],
      [2, 3, "valid"],
      [
        3,
        1,
        [
          [0, 0],
          [2, 0],
          [0, 3],
          [0, 0]
        ]
      ]
    ] as const) {
      const info = tf.backend_util.computeConv2DInfo(
        [batch, height, width, channels],
        [kernel, kernel, channels, 1],
        stride,
        1,
        pad as Padding
      );
      const rows = windowRows(tf.backend(), x, info);
      const got = tf.engine().makeTensorFromTensorInfo(rows);
      const expected: number[] = [];
      for (let b = 0; b < batch; ++b)
        for (let oh = 0; oh < info.outHeight; ++oh)
          for (let ow = 0; ow < info.outWidth; ++ow)
            for (let kh = 0; kh < kernel; ++kh)
              for (let kw = 0; kw < kernel; ++kw)
                for (let c = 0; c < channels; ++c) {
                  const row = oh * stride + kh - info.padInfo.top;
                  const column = ow * stride + kw - info.padInfo.left;
                  const inside = row >= 0 && row < height && column >= 0 && column < width;
                  expected.push(inside ? values[((b * height + row) * width + column) * channels + c] : 0);
                }
      expect(got.shape).toEqual([batch * info.outHeight * info.outWidth, kernel * kernel * channels]);
      expect(Array.from(got.dataSync())).toEqual(expected);
      got.dispose();
    }
    x.dispose();
  });

  it("copies the windows out transposed, as windowColumns", () => {
    const shape = [3, 9, 8, 2] as [number, number, number, number];
    const x = tf.tensor4d(
      seededValues(
        shape.reduce((a, b) => a * b),
        8
      ),
      shape
    );
    for (const [kernel, stride, pad] of [
      [7, 2, "same"],
      [3, 1, "valid"],
      [4, 3, "same"]
    ] as const) {
      const info = tf.backend_util.computeConv2DInfo(shape, [kernel, kernel, 2, 1], stride, 1, pad);
      const rows = tf.engine().makeTensorFromTensorInfo(windowRows(tf.backend(), x, info));
      const columns = tf.engine().makeTensorFromTensorInfo(windowColumns(tf.backend(), x, info));
      expect(columns.shape).toEqual([rows.shape[1], rows.shape[0]]);
      const transposed = tf.transpose(rows);
      expect(Array.from(columns.dataSync())).toEqual(Array.from(transposed.dataSync()));
      tf.dispose([rows, columns, transposed]);
    }
    x.dispose();
  });

  it("leaves dilated filters, and windows on many pixels, to the convolution", () => {
    const x = tf.zeros([1, 6, 6, 2]);
    const dilated = tf.backend_util.computeConv2DInfo([1, 6, 6, 2], [3, 3, 2, 8], 1, 2, "same");
    expect(productRows(tf.backend(), x, dilated)).toBeUndefined();
    const manyPixels = tf.backend_util.computeConv2DInfo([1, 6, 6, 2], [3, 3, 2, 8], 1, 1, "same");
    expect(productRows(tf.backend(), x, manyPixels)).toBeUndefined();
    const fewPixels = tf.backend_util.computeConv2DInfo([1, 6, 6, 2], [3, 3, 2, 9], 1, 1, "same");
    const rows = productRows(tf.backend(), x, fewPixels)!;
    expect(rows.shape).toEqual([36, 18]);
    tf.backend().disposeData(rows.dataId);
    x.dispose();
  });
});
