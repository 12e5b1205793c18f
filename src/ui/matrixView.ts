import type {CellDifference} from "../check/compare.js";
import {toNested, type TensorData} from "../check/tensorData.js";
import {element} from "./dom.js";

const format = (x: number) =>
  Number.isInteger(x)
    ? String(x)
    : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e5
      ? x.toFixed(4).replace(/0+$/, "")
      : x.toExponential(3);

export interface MatrixViewOptions {
  /** One cell to mark, by its index, e.g. `[1, 2]`. */
  highlight?: number[];
  /** Cells to mark by flat index, each as strongly as its weight; the worst most of all (src/check/compare.ts). */
  marks?: readonly CellDifference[];
  caption?: string;
}

/**
 * A matrix (or a vector, or a scalar) as a small table; `highlight` marks one cell, `marks` several
 * (every value that differs, the worst most strongly). A 3-D tensor is shown as its matrices side by
 * side, `[0]`, `[1]`, …; larger ones by their shape only.
 */
export function matrixView(
  data: TensorData | number[][],
  {highlight, marks, caption}: MatrixViewOptions = {}
): HTMLElement {
  const tensor: TensorData = Array.isArray(data)
    ? {shape: [data.length, data[0]?.length ?? 0], values: data.flat()}
    : data;
  const byIndex = new Map<number, CellDifference>();
  for (const mark of marks ?? []) byIndex.set(mark.index, mark);
  if (highlight && highlight.length === tensor.shape.length) {
    const index = highlight.reduce((flat, i, axis) => flat * tensor.shape[axis] + i, 0);
    byIndex.set(index, {index, weight: 1, worst: true});
  }
  return view(tensor, byIndex, 0, caption);
}

function view(tensor: TensorData, marks: Map<number, CellDifference>, offset: number, caption?: string): HTMLElement {
  if (tensor.shape.length === 3 && tensor.shape[0] <= 16) {
    const [count, rows, cols] = tensor.shape;
    const size = rows * cols;
    const slices = Array.from({length: count}, (_, i) =>
      view(
        {shape: [rows, cols], values: tensor.values.slice(i * size, (i + 1) * size)},
        marks,
        offset + i * size,
        `[${i}]`
      )
    );
    return element(
      "div",
      {class: "convlab-matrix-stack"},
      ...(caption ? [element("div", {class: "convlab-matrix-caption"}, caption)] : []),
      element("div", {class: "convlab-side-by-side"}, ...slices)
    );
  }
  const table = element("table", {class: "convlab-matrix"});
  if (caption) table.append(element("caption", {}, caption));
  if (tensor.shape.length > 2) {
    table.append(element("tr", {}, element("td", {}, `shape (${tensor.shape.join(", ")})`)));
    return table;
  }
  const rows =
    tensor.shape.length === 2
      ? (toNested(tensor) as number[][])
      : [tensor.shape.length === 1 ? tensor.values : [tensor.values[0]]];
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, i) => {
    table.append(element("tr", {}, ...row.map((value, j) => cell(value, marks.get(offset + i * width + j)))));
  });
  return table;
}

/** Three strengths by weight, and the worst outlined: the darker, the further off. */
function cell(value: number, mark: CellDifference | undefined): HTMLElement {
  if (!mark) return element("td", {}, format(value));
  const level = mark.worst ? 3 : mark.weight > 2 / 3 ? 3 : mark.weight > 1 / 3 ? 2 : 1;
  return element(
    "td",
    {
      class: `convlab-mark convlab-mark-${level}${mark.worst ? " convlab-mark-worst" : ""}`,
      "data-weight": mark.weight.toPrecision(3)
    },
    format(value)
  );
}
