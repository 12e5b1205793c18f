import {toNested, type TensorData} from "../check/tensorData.js";
import {element} from "./dom.js";

const format = (x: number) =>
  Number.isInteger(x)
    ? String(x)
    : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e5
      ? x.toFixed(4).replace(/0+$/, "")
      : x.toExponential(3);

/**
 * A matrix (or a vector, or a scalar) as a small table; `highlight` marks one cell, e.g. the worst mismatch.
 * A 3-D tensor is shown as its matrices side by side, `[0]`, `[1]`, …; larger ones by their shape only.
 */
export function matrixView(
  data: TensorData | number[][],
  {highlight, caption}: {highlight?: number[]; caption?: string} = {}
): HTMLElement {
  const tensor: TensorData = Array.isArray(data)
    ? {shape: [data.length, data[0]?.length ?? 0], values: data.flat()}
    : data;
  if (tensor.shape.length === 3 && tensor.shape[0] <= 16) {
    const [count, rows, cols] = tensor.shape;
    const slices = Array.from({length: count}, (_, i) =>
      matrixView(
        {shape: [rows, cols], values: tensor.values.slice(i * rows * cols, (i + 1) * rows * cols)},
        {caption: `[${i}]`, highlight: highlight?.[0] === i ? highlight.slice(1) : undefined}
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
  rows.forEach((row, i) => {
    table.append(
      element(
        "tr",
        {},
        ...row.map((value, j) => {
          const marked =
            highlight && (tensor.shape.length === 2 ? highlight[0] === i && highlight[1] === j : highlight[0] === j);
          return element("td", {class: marked ? "convlab-mark" : undefined}, format(value));
        })
      )
    );
  });
  return table;
}
