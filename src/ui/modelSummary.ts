import {formatOutputShape, summaryTotals, type ModelSummary} from "../check/modelSummary.js";
import {formatCount, modelSummaryMessages, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";

const columns = [32, 26, 12] as const;
const rule = (char: string) => char.repeat(columns.reduce((a, b) => a + b, 0) + 1);
// Keras prints its summary in English whatever the page's language: 23,587,712.
const count = (n: number) => formatCount(n, "en");

/**
 * A model summary as Keras's `model.summary()` prints it: name (type), output shape and parameters
 * per layer, then the totals. Layers without a name are named as Keras would (`conv2d`, `conv2d_1`, …).
 */
export function formatModelSummary(summary: ModelSummary, {title = "model"}: {title?: string} = {}): string {
  const names = kerasNames(summary);
  const line = (cells: string[]) =>
    " " +
    cells
      .map((cell, i) => cell.padEnd(columns[i] - 1) + " ")
      .join("")
      .trimEnd();
  const totals = summaryTotals(summary);
  return [
    `Model: "${title}"`,
    rule("_"),
    line(["Layer (type)", "Output Shape", "Param #"]),
    rule("="),
    ...summary.layers.map((layer, i) =>
      line([`${names[i]} (${layer.type})`, formatOutputShape(layer.outputShape), count(layer.params)])
    ),
    rule("="),
    `Total params: ${count(totals.total)}`,
    `Trainable params: ${count(totals.trainable)}`,
    `Non-trainable params: ${count(totals.nonTrainable)}`,
    rule("_")
  ].join("\n");
}

/** Keras's default layer names: the class name in snake case, numbered from the second one on; inputs are `input_1`, `input_2`, …. */
export function kerasNames(summary: ModelSummary): string[] {
  const seen = new Map<string, number>();
  return summary.layers.map((layer) => {
    if (layer.name) return layer.name;
    const base = layer.type === "InputLayer" ? "input" : snakeCase(layer.type);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    if (base === "input") return `input_${n + 1}`;
    return n === 0 ? base : `${base}_${n}`;
  });
}

/** `BatchNormalization` → `batch_normalization`, `ZeroPadding2D` → `zero_padding2d` (Keras's `to_snake_case`). */
export function snakeCase(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z]+)/g, "$1_$2")
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/**
 * The summary on a page: the totals always in view, every layer in a block that opens, printed
 * like Keras's `model.summary()`.
 */
export function modelSummaryView(
  summary: ModelSummary,
  {lang, title, open = false}: {lang: Lang; title?: string; open?: boolean}
): HTMLElement {
  const totals = summaryTotals(summary);
  const text = formatModelSummary(summary, {title});
  return element(
    "div",
    {
      class: "convlab-model-summary",
      "data-total": String(totals.total),
      "data-non-trainable": String(totals.nonTrainable),
      "data-layers": String(summary.layers.length)
    },
    element("pre", {class: "convlab-summary-totals"}, text.split("\n").slice(-4, -1).join("\n")),
    element(
      "details",
      open ? {open: true} : {},
      element("summary", {}, modelSummaryMessages.rows(summary.layers.length)[lang]),
      element("pre", {class: "convlab-summary-text"}, text)
    )
  );
}
