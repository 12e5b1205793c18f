import {both, formatCount, type Localized} from "../i18n/index.js";
import {describe, type Parsed} from "./tensorData.js";
import {isCount, isRecord} from "./plainData.js";

/** One row of a model summary, as Keras's `model.summary()` prints it (the name is for display only). */
export interface SummaryLayer {
  /** The layer's class name: `Conv2D`, `BatchNormalization`, … */
  type: string;
  /** Without the batch dimension: `[15, 15, 256]`; an unknown size (Keras's `None`) is -1. */
  outputShape: number[];
  params: number;
  nonTrainableParams: number;
  /**
   * Longest path from the model's input, in layers (the input layer is 0). Rows are compared level by
   * level, so two correct models that create their branches in another order still agree.
   */
  depth: number;
  name?: string;
}

/** A model's architecture as plain data: what crosses from the sandbox when an exercise returns a model. */
export interface ModelSummary {
  layers: SummaryLayer[];
}

export interface SummaryTotals {
  total: number;
  trainable: number;
  nonTrainable: number;
}

export type SummaryComparison =
  | {kind: "equal"}
  | {kind: "layer-count"; expected: number; got: number; firstDifference?: LayerDifference}
  | {kind: "layer"; difference: LayerDifference; differing: number};

export interface LayerDifference {
  /** The depth (from the input) where the two models part. */
  depth: number;
  /** The expected layer's row number in the expected summary, from 1 (absent for an extra layer). */
  position?: number;
  expected?: SummaryLayer;
  got?: SummaryLayer;
}

const maxLayers = 5_000;
const maxTypeLength = 64;

/** The parameter totals Keras prints under the table. */
export function summaryTotals({layers}: ModelSummary): SummaryTotals {
  const total = layers.reduce((sum, layer) => sum + layer.params, 0);
  const nonTrainable = layers.reduce((sum, layer) => sum + layer.nonTrainableParams, 0);
  return {total, trainable: total - nonTrainable, nonTrainable};
}

/**
 * Reads an untrusted value (what a sandbox sent back) into a summary, or says what is wrong with it.
 * Only own data properties of plain objects and arrays are read, and strings are bounded.
 */
export function parseSummary(value: unknown): Parsed<ModelSummary> {
  const layers = isRecord(value) ? value.layers : undefined;
  if (!Array.isArray(layers))
    return fail(
      both(`нужна сводка модели, а получено ${describe(value)}`, `a model summary was expected, got ${describe(value)}`)
    );
  if (layers.length > maxLayers)
    return fail(both(`слишком много слоёв: ${layers.length}`, `too many layers: ${layers.length}`));
  const parsed: SummaryLayer[] = [];
  for (let i = 0; i < layers.length; ++i) {
    const row = layers[i];
    const where = both(`слой ${i + 1}`, `layer ${i + 1}`);
    if (!isRecord(row))
      return fail(
        both(
          `${where.ru}: ${describe(row)} вместо описания слоя`,
          `${where.en}: ${describe(row)} instead of a layer's description`
        )
      );
    const {type, outputShape, params, nonTrainableParams, depth, name} = row;
    if (typeof type !== "string" || type.length === 0 || type.length > maxTypeLength)
      return fail(both(`${where.ru}: неверный тип слоя`, `${where.en}: a malformed layer type`));
    if (
      !Array.isArray(outputShape) ||
      outputShape.length > 8 ||
      !outputShape.every((size) => size === -1 || isCount(size))
    ) {
      return fail(both(`${where.ru}: неверная форма выхода`, `${where.en}: a malformed output shape`));
    }
    if (![params, nonTrainableParams, depth].every(isCount) || (nonTrainableParams as number) > (params as number)) {
      return fail(
        both(`${where.ru}: неверное число параметров или глубина`, `${where.en}: a malformed parameter count or depth`)
      );
    }
    parsed.push({
      type,
      outputShape: [...(outputShape as number[])],
      params: params as number,
      nonTrainableParams: nonTrainableParams as number,
      depth: depth as number,
      ...(typeof name === "string" ? {name: name.slice(0, maxTypeLength)} : {})
    });
  }
  return {ok: true, value: {layers: parsed}};
}

/**
 * Compares two summaries layer by layer: type, output shape and parameters (all and non-trainable).
 * Layers are matched depth by depth, so the order in which a model creates parallel branches (the
 * shortcut before or after the main path) does not count; within a depth, a layer that differs is
 * paired with one of its own type when there is one.
 */
export function compareSummaries(expected: ModelSummary, got: ModelSummary): SummaryComparison {
  const position = new Map(expected.layers.map((layer, i) => [layer, i + 1]));
  const [byDepthExpected, byDepthGot] = [groupByDepth(expected.layers), groupByDepth(got.layers)];
  const depths = [...new Set([...byDepthExpected.keys(), ...byDepthGot.keys()])].sort((a, b) => a - b);
  const differences: LayerDifference[] = [];
  for (const depth of depths) {
    const unmatched = [...(byDepthGot.get(depth) ?? [])];
    const missing: SummaryLayer[] = [];
    for (const layer of byDepthExpected.get(depth) ?? []) {
      const same = unmatched.findIndex((other) => sameLayer(layer, other));
      if (same >= 0) unmatched.splice(same, 1);
      else missing.push(layer);
    }
    for (const layer of missing) {
      const sameType = unmatched.findIndex((other) => other.type === layer.type);
      const [partner] = unmatched.splice(sameType >= 0 ? sameType : 0, 1);
      differences.push({depth, position: position.get(layer), expected: layer, ...(partner ? {got: partner} : {})});
    }
    for (const extra of unmatched) differences.push({depth, got: extra});
  }
  if (expected.layers.length !== got.layers.length) {
    return {
      kind: "layer-count",
      expected: expected.layers.length,
      got: got.layers.length,
      ...(differences[0] ? {firstDifference: differences[0]} : {})
    };
  }
  return differences.length
    ? {kind: "layer", difference: differences[0], differing: differences.length}
    : {kind: "equal"};
}

/** Rows in the order they are matched: by depth, then type, then output shape and parameters. */
export function canonicalOrder(layers: readonly SummaryLayer[]): SummaryLayer[] {
  return [...layers].sort(
    (a, b) =>
      a.depth - b.depth ||
      compareText(a.type, b.type) ||
      compareText(a.outputShape.join(","), b.outputShape.join(",")) ||
      a.params - b.params
  );
}

function groupByDepth(layers: readonly SummaryLayer[]): Map<number, SummaryLayer[]> {
  const groups = new Map<number, SummaryLayer[]>();
  for (const layer of canonicalOrder(layers)) groups.set(layer.depth, [...(groups.get(layer.depth) ?? []), layer]);
  return groups;
}

/** `(None, 15, 15, 256)`: an output shape as Keras prints it. */
export function formatOutputShape(shape: readonly number[]): string {
  return `(${["None", ...shape.map((size) => (size === -1 ? "None" : String(size)))].join(", ")})`;
}

/** What a failed summary comparison means, naming the first layer that differs. */
export function describeSummaryComparison(comparison: SummaryComparison): Localized {
  switch (comparison.kind) {
    case "equal":
      return both("совпадает", "matches");
    case "layer-count": {
      const counts = both(
        `слоёв в модели: ${comparison.got}, а должно быть ${comparison.expected}`,
        `the model has ${comparison.got} layers, ${comparison.expected} were expected`
      );
      return comparison.firstDifference
        ? joinSentences(counts, describeDifference(comparison.firstDifference))
        : counts;
    }
    case "layer":
      return joinSentences(
        describeDifference(comparison.difference),
        both(
          `(всего различается слоёв: ${comparison.differing})`,
          `(${comparison.differing} layer${comparison.differing === 1 ? " differs" : "s differ"} in all)`
        )
      );
  }
}

function describeDifference({depth, position, expected, got}: LayerDifference): Localized {
  const layer = (row: SummaryLayer) =>
    `${row.type} ${formatOutputShape(row.outputShape)}, ${formatCount(row.params, "en")}`;
  if (!expected)
    return both(`лишний слой на глубине ${depth}: ${layer(got!)}`, `an extra layer at depth ${depth}: ${layer(got!)}`);
  if (!got)
    return both(
      `нет слоя № ${position} (глубина ${depth}): ${layer(expected)}`,
      `layer no. ${position} (depth ${depth}) is missing: ${layer(expected)}`
    );
  const parts: Localized[] = [];
  if (expected.type !== got.type)
    parts.push(both(`тип ${got.type} вместо ${expected.type}`, `type ${got.type}, expected ${expected.type}`));
  if (expected.outputShape.join() !== got.outputShape.join()) {
    parts.push(
      both(
        `форма выхода ${formatOutputShape(got.outputShape)} вместо ${formatOutputShape(expected.outputShape)}`,
        `output shape ${formatOutputShape(got.outputShape)}, expected ${formatOutputShape(expected.outputShape)}`
      )
    );
  }
  if (expected.params !== got.params)
    parts.push(
      both(
        `параметров ${got.params} вместо ${expected.params}`,
        `${got.params} parameters, expected ${expected.params}`
      )
    );
  else if (expected.nonTrainableParams !== got.nonTrainableParams) {
    parts.push(
      both(
        `необучаемых параметров ${got.nonTrainableParams} вместо ${expected.nonTrainableParams}`,
        `${got.nonTrainableParams} non-trainable parameters, expected ${expected.nonTrainableParams}`
      )
    );
  }
  return both(
    `слой № ${position} (${expected.type}): ${parts.map((p) => p.ru).join("; ")}`,
    `layer no. ${position} (${expected.type}): ${parts.map((p) => p.en).join("; ")}`
  );
}

function sameLayer(a: SummaryLayer, b: SummaryLayer): boolean {
  return (
    a.type === b.type &&
    a.depth === b.depth &&
    a.params === b.params &&
    a.nonTrainableParams === b.nonTrainableParams &&
    a.outputShape.join() === b.outputShape.join()
  );
}

function joinSentences(a: Localized, b: Localized): Localized {
  return both(`${a.ru}; ${b.ru}`, `${a.en}; ${b.en}`);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fail(problem: Localized): Parsed<ModelSummary> {
  return {ok: false, problem};
}
