import * as tf from "@convlab/tfjs";
import {convolutionTableMessages as messages, formatCount, type Lang} from "../i18n/index.js";
import type {ConvolutionLayerSize, DocumentBlockCalls} from "../models/demoTables.js";
import {documentMaxPooling} from "../ops/asWrittenInDocument.js";
import type {Padding} from "../ops/tfReference.js";
import {compute} from "../run/pageWorkers.js";
import {element} from "./dom.js";
import {matrixView} from "./matrixView.js";
import {rangeSlider} from "./rangeSlider.js";
import {sideBySide} from "./sideBySide.js";
import {tableView} from "./tableView.js";

interface LangOption {
  lang?: Lang;
}

export type {ConvolutionLayerSize} from "../models/demoTables.js";

/** tfjs's counts, computed in the page's compute worker (src/run/computeTasks.ts `demoTask`). */
export const workerParameterCounts = async (layers: readonly ConvolutionLayerSize[]): Promise<number[]> =>
  (await compute({type: "parameter-counts", layers: layers.map((layer) => [...layer])}).result).counts;

/**
 * The parameters of convolutional layers as TensorFlow.js counts them, next to the document's formula
 * (K·K + 1)·in·out and the corrected one (K·K·in + 1)·out. tfjs's counts come from `counts` (default:
 * the compute worker, so the page builds no layer).
 */
export async function parameterCountTable(
  layers: readonly ConvolutionLayerSize[],
  {lang = "en", counts = workerParameterCounts}: LangOption & {counts?: typeof workerParameterCounts} = {}
): Promise<HTMLTableElement> {
  const tfjs = await counts(layers);
  const rows = layers.map(([K, inChannels, outChannels], i) => {
    const count = (n: number) => formatCount(n, lang);
    const [document, corrected] = [(K * K + 1) * inChannels * outChannels, (K * K * inChannels + 1) * outChannels];
    return {
      K,
      inChannels,
      outChannels,
      tfjs: count(tfjs[i]),
      document: count(document),
      corrected: count(corrected)
    };
  });
  const formulas = {document: "(K·K + 1)·in·out", corrected: "(K·K·in + 1)·out"};
  return tableView(rows, {K: "K", inChannels: "in", outChannels: "out", tfjs: "countParams()", ...formulas});
}

/** The output of `tf.conv2d` on a 7×7 input with a 3×3 kernel, for each stride and padding given. */
export function outputShapeTable(
  settings: ReadonlyArray<readonly [stride: number, padding: Padding]>,
  {lang = "en"}: LangOption = {}
): HTMLTableElement {
  const rows = settings.map(([stride, padding]) => {
    const shape = tf.tidy(() => {
      const [input, kernel] = [tf.zeros([1, 7, 7, 1]) as tf.Tensor4D, tf.zeros([3, 3, 1, 1]) as tf.Tensor4D];
      return tf.conv2d(input, kernel, stride, padding).shape;
    });
    return {input: "7×7", kernel: "3×3", stride, padding, output: shape.slice(1, 3).join("×")};
  });
  const s = messages.shapes;
  const columns = {kernel: s.kernel[lang], stride: s.stride[lang], padding: s.padding[lang], output: s.output[lang]};
  return tableView(rows, {input: s.input[lang], ...columns});
}

/**
 * The output side of `tf.conv2d` on an n×n input with a K×K kernel and stride s, for `same`, `valid`, or
 * p explicit zeros on each side (PyTorch's `padding=p`, TensorFlow's `[[0, 0], [p, p], [p, p], [0, 0]]`);
 * undefined when no window fits (a kernel larger than the padded input: TensorFlow.js then computes a side
 * of 0 or less, or refuses).
 */
export function convolutionOutputSide(n: number, K: number, s: number, padding: Padding | number): number | undefined {
  const mode =
    typeof padding === "number"
      ? ([
          [0, 0],
          [padding, padding],
          [padding, padding],
          [0, 0]
        ] as [[number, number], [number, number], [number, number], [number, number]])
      : padding;
  try {
    const side = tf.tidy(() => {
      const [input, kernel] = [tf.zeros([1, n, n, 1]) as tf.Tensor4D, tf.zeros([K, K, 1, 1]) as tf.Tensor4D];
      return tf.conv2d(input, kernel, s, mode).shape[1];
    });
    return side >= 1 ? side : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The output-size table made live: sliders for the input side n, the kernel K, the stride s and the explicit
 * padding p; the output of `tf.conv2d` for `same`, `valid` and p zeros on each side, recomputed as they move.
 */
export function outputShapeExplorer({lang = "en"}: LangOption = {}): HTMLElement {
  const sliders = {
    n: rangeSlider({label: "n", min: 1, max: 16, step: 1, value: 7}),
    K: rangeSlider({label: "K", min: 1, max: 7, step: 1, value: 3}),
    s: rangeSlider({label: "s", min: 1, max: 4, step: 1, value: 2}),
    p: rangeSlider({label: "p", min: 0, max: 3, step: 1, value: 1})
  };
  const s = messages.shapes;
  const render = () => {
    const [n, K, stride, p] = [sliders.n.value, sliders.K.value, sliders.s.value, sliders.p.value];
    const rows = (["same", "valid", p] as const).map((padding) => {
      const side = convolutionOutputSide(n, K, stride, padding);
      return {
        input: `${n}×${n}`,
        kernel: `${K}×${K}`,
        stride,
        padding: typeof padding === "number" ? s.explicit(padding)[lang] : padding,
        output: side === undefined ? s.none[lang] : `${side}×${side}`
      };
    });
    const columns = {kernel: s.kernel[lang], stride: s.stride[lang], padding: s.padding[lang], output: s.output[lang]};
    return tableView(rows, {input: s.input[lang], ...columns});
  };
  const result = element("div", {"aria-live": "polite"}, render());
  const root = element("div", {class: "convlab-explorer convlab-output-size"}, ...Object.values(sliders), result);
  root.addEventListener("input", () => result.replaceChildren(render()));
  return root;
}

/** One channel's max pooling by `tf.maxPool`. */
function tfMaxPool(X: number[][], size: number, padding: Padding, stride: number): number[][] {
  return tf.tidy(() => {
    const pooled = tf.maxPool(tf.tensor4d(X.flat(), [1, X.length, X[0].length, 1]), size, stride, padding);
    return pooled.squeeze([0, 3]).arraySync() as number[][];
  });
}

/** A pooling call of the comparison: the input, the window side, the padding and the stride. */
export type PoolingCall = readonly [X: number[][], size: number, padding: Padding, stride: number];

/** The document's `max_pooling` next to `tf.maxPool`, call by call. */
export function documentPoolingView(calls: readonly PoolingCall[], {lang = "en"}: LangOption = {}): HTMLElement {
  const p = messages.pooling;
  return sideBySide(
    ...calls.flatMap(([X, size, padding, stride]) => [
      matrixView(documentMaxPooling(X, [size, size], padding, [stride, stride]), {
        caption: p.document(`${X.length}×${X[0].length}`, `${size}×${size}`, padding, stride)[lang]
      }),
      matrixView(tfMaxPool(X, size, padding, stride), {caption: p.sameCall[lang]})
    ])
  );
}

/** The block calls, run in the page's compute worker (src/run/computeTasks.ts `demoTask`). */
export const workerDocumentBlockCalls = async (example: number[][]): Promise<DocumentBlockCalls> =>
  await compute({type: "document-blocks", example}).result;

/**
 * The document's calls of its basic blocks on the 3×3 example, the shapes it shows and the shapes
 * here. The calls run in `calls` (default: the compute worker, so the page computes no tensor).
 */
export async function documentBlocksView(
  example: number[][],
  {lang = "en", calls = workerDocumentBlockCalls}: LangOption & {calls?: typeof workerDocumentBlockCalls} = {}
): Promise<HTMLElement> {
  const b = messages.blocks;
  const {rows, pooled, dense18} = await calls(example);
  return element(
    "div",
    {},
    tableView(rows, {call: b.call[lang], documentShape: b.documentShape[lang], shape: b.shape[lang]}),
    sideBySide(
      matrixView(pooled, {caption: `maxPool(${b.example[lang]})`}),
      matrixView(dense18, {caption: `dense(${b.zeros[lang]} [1, 9], 18)`})
    )
  );
}
