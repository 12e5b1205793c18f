import {both, type Localized} from "../i18n/index.js";
import {compareTensors, type Tolerance} from "./compare.js";
import {describe, parseNested, type Parsed, type TensorData} from "./tensorData.js";
import {isCount, isRecord} from "./plainData.js";

/**
 * A returned model's behaviour as plain data: its graph, one node per operation (a layer with an
 * activation of its own is two nodes, the layer and its activation, so `conv2d({activation: "relu"})`
 * and `conv2d()` followed by `reLU()` are the same graph), and what every layer gave on the check's
 * seeded inputs once the check's seeded weights were put into it (src/models/modelBehaviour.ts).
 * What crosses from the sandbox when a check compares a model with the reference by behaviour.
 */
export interface ModelBehaviour {
  nodes: BehaviourNode[];
  /** The node whose output is the model's output. */
  output: number;
  /** The model's output on the check's inputs (absent when it is too large to send). */
  values?: TensorData;
}

/** What the sandbox sends: the output values as nested arrays, read back by {@link parseBehaviour}. */
export type ModelBehaviourData = Omit<ModelBehaviour, "values"> & {values?: unknown};

export type ConfigValue = string | number | boolean | number[];

export interface BehaviourNode {
  /** The model's layer this node belongs to: its row in `model.layers` (and `model.summary()`), from 1. */
  layer: number;
  /** That layer's class name. */
  type: string;
  /** What the node computes: the layer's class name, `Input`, or `activation` (a layer's own or a layer of its own). */
  op: string;
  /** The configuration that changes what the node computes: activation, padding, strides, pool size… */
  config: Record<string, ConfigValue>;
  /** The nodes that feed this one, earlier in the list. */
  inbound: number[];
  /** The output shape without the batch dimension; an unknown size is -1. */
  shape: number[];
  /** A few numbers of the layer's output on the check's inputs (mean, mean of |x|, values at fixed places); empty when not observed. */
  probe: number[];
}

/** How close the outputs must be: the same float32 operations, maybe in another order. */
export const behaviourTolerance: Tolerance = {rtol: 1e-3, atol: 1e-4};

/** Operations whose inputs may come in any order. */
export const commutativeOps: ReadonlySet<string> = new Set(["Add", "Multiply", "Maximum", "Minimum", "Average"]);

const maxNodes = 5_000;
const maxText = 64;
const maxInbound = 64;
const maxConfigKeys = 16;
const maxArray = 16;
const maxProbe = 16;
const maxValues = 4_096;

// ---------------------------------------------------------------------------------------------
// Reading what the sandbox sent

/** Reads an untrusted value into a behaviour, or says what is wrong with it. Only plain data is read, bounded. */
export function parseBehaviour(value: unknown): Parsed<ModelBehaviour> {
  const fail = (problem: Localized): Parsed<ModelBehaviour> => ({ok: false, problem});
  const malformed = (where: string) =>
    fail(both(`описание модели повреждено: ${where}`, `a malformed model description: ${where}`));
  if (!isRecord(value) || !Array.isArray(value.nodes))
    return fail(
      both(
        `нужно описание модели, а получено ${describe(value)}`,
        `a model's description was expected, got ${describe(value)}`
      )
    );
  const rows = value.nodes;
  if (rows.length === 0 || rows.length > maxNodes) return malformed(`${rows.length} nodes`);
  const nodes: BehaviourNode[] = [];
  for (let i = 0; i < rows.length; ++i) {
    const row = rows[i];
    if (!isRecord(row)) return malformed(`node ${i + 1}`);
    const {layer, type, op, config, inbound, shape, probe} = row;
    if (!isCount(layer) || layer < 1 || layer > maxNodes) return malformed(`node ${i + 1}: layer`);
    if (!isText(type) || !isText(op)) return malformed(`node ${i + 1}: type`);
    if (
      !Array.isArray(inbound) ||
      inbound.length > maxInbound ||
      !inbound.every((source) => isCount(source) && source < i)
    )
      return malformed(`node ${i + 1}: inbound`);
    if (!Array.isArray(shape) || shape.length > 8 || !shape.every((size) => size === -1 || isCount(size)))
      return malformed(`node ${i + 1}: shape`);
    if (!Array.isArray(probe) || probe.length > maxProbe || !probe.every((x) => typeof x === "number"))
      return malformed(`node ${i + 1}: probe`);
    const parsedConfig = parseConfig(config);
    if (!parsedConfig) return malformed(`node ${i + 1}: config`);
    nodes.push({
      layer,
      type,
      op,
      config: parsedConfig,
      inbound: [...(inbound as number[])],
      shape: [...(shape as number[])],
      probe: [...(probe as number[])]
    });
  }
  if (!isCount(value.output) || value.output >= nodes.length) return malformed("output");
  let values: TensorData | undefined;
  if (value.values !== undefined) {
    const parsed = parseNested(value.values);
    if (!parsed.ok || parsed.value.values.length > maxValues) return malformed("output values");
    values = parsed.value;
  }
  return {ok: true, value: {nodes, output: value.output, ...(values ? {values} : {})}};
}

function parseConfig(value: unknown): Record<string, ConfigValue> | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > maxConfigKeys) return undefined;
  const config: Record<string, ConfigValue> = {};
  for (const key of keys) {
    if (!/^[A-Za-z]{1,32}$/.test(key)) return undefined;
    const entry = value[key];
    if (typeof entry === "string" && entry.length <= maxText) config[key] = entry;
    else if (typeof entry === "number" || typeof entry === "boolean") config[key] = entry;
    else if (
      Array.isArray(entry) &&
      entry.length <= maxArray &&
      entry.every((x) => typeof x === "number" && Number.isFinite(x))
    )
      config[key] = [...(entry as number[])];
    else return undefined;
  }
  return config;
}

// ---------------------------------------------------------------------------------------------
// Comparing with the reference

/** Where a model parts from the reference: the first node, in the reference's order, that has no counterpart. */
export type BehaviourComparison =
  | {kind: "equal"}
  | {kind: "graph"; difference: GraphDifference}
  | {kind: "outputs"; node?: BehaviourNode; expected: BehaviourNode; shape?: boolean};

export type GraphDifference =
  /** The reference applies an activation here; `got` is what the model has in its place (another activation, another layer, nothing). */
  | {kind: "activation"; expected: BehaviourNode; got?: BehaviourNode; after?: BehaviourNode}
  /** The model applies an activation where the reference has none. */
  | {kind: "extra-activation"; expected: BehaviourNode; got: BehaviourNode}
  | {kind: "op"; expected: BehaviourNode; got: BehaviourNode}
  | {kind: "config"; expected: BehaviourNode; got: BehaviourNode; keys: string[]}
  /** The layer takes other inputs than the reference's: `missing` is a reference input it does not take. */
  | {
      kind: "inputs";
      expected: BehaviourNode;
      got: BehaviourNode;
      missing?: BehaviourNode;
      missingGot?: BehaviourNode;
      block?: "identity" | "convolutional";
      takes: BehaviourNode[];
    }
  | {kind: "missing"; expected: BehaviourNode; after?: BehaviourNode}
  | {kind: "extra"; got: BehaviourNode; after?: BehaviourNode};

/**
 * Compares a model's behaviour with the reference's: first the graphs, walked from the input in the
 * reference's order, each reference node matched with the model's node that takes the matched inputs
 * and computes the same thing; then, when every node has its counterpart, their outputs.
 */
export function compareBehaviour(expected: ModelBehaviour, got: ModelBehaviour): BehaviourComparison {
  const consumers = new Map<number, number[]>();
  got.nodes.forEach((node, i) => {
    for (const source of new Set(node.inbound)) consumers.set(source, [...(consumers.get(source) ?? []), i]);
  });
  const match = new Map<number, number>();
  const taken = new Set<number>();
  for (let r = 0; r < expected.nodes.length; ++r) {
    const wanted = expected.nodes[r];
    const inbound = wanted.inbound.map((source) => match.get(source));
    if (inbound.some((source) => source === undefined)) continue;
    const mapped = inbound as number[];
    const candidates =
      wanted.inbound.length === 0
        ? got.nodes.map((_, i) => i).filter((i) => got.nodes[i].inbound.length === 0)
        : (consumers.get(mapped[0]) ?? []);
    const open = candidates.filter((i) => !taken.has(i));
    const same = open.find(
      (i) => sameComputation(wanted, got.nodes[i]) && sameInputs(wanted.op, mapped, got.nodes[i].inbound)
    );
    if (same !== undefined) {
      match.set(r, same);
      taken.add(same);
      continue;
    }
    return {kind: "graph", difference: graphDifference(expected, got, r, mapped, open, match)};
  }
  const extra = got.nodes.findIndex((_, i) => !taken.has(i));
  if (extra >= 0) {
    const node = got.nodes[extra];
    const source = node.inbound.find((i) => taken.has(i));
    return {
      kind: "graph",
      difference: {kind: "extra", got: node, ...(source !== undefined ? {after: got.nodes[source]} : {})}
    };
  }
  if (match.get(expected.output) !== got.output) {
    return {kind: "graph", difference: {kind: "extra", got: got.nodes[got.output]}};
  }
  for (let r = 0; r < expected.nodes.length; ++r) {
    const [wanted, node] = [expected.nodes[r], got.nodes[match.get(r)!]];
    if (wanted.shape.join() !== node.shape.join()) return {kind: "outputs", node, expected: wanted, shape: true};
    if (!wanted.probe.length || !node.probe.length) continue;
    const comparison = compareTensors(
      {shape: [wanted.probe.length], values: wanted.probe},
      {shape: [node.probe.length], values: node.probe},
      behaviourTolerance
    );
    if (comparison.kind !== "equal") return {kind: "outputs", node, expected: wanted};
  }
  if (expected.values) {
    const comparison = got.values
      ? compareTensors(expected.values, got.values, behaviourTolerance)
      : ({kind: "shape"} as const);
    if (comparison.kind !== "equal") return {kind: "outputs", expected: expected.nodes[expected.output]};
  }
  return {kind: "equal"};
}

function graphDifference(
  expected: ModelBehaviour,
  got: ModelBehaviour,
  r: number,
  mapped: number[],
  open: number[],
  match: Map<number, number>
): GraphDifference {
  const wanted = expected.nodes[r];
  const after = mapped.length ? got.nodes[mapped[0]] : undefined;
  const withAfter = after ? {after} : {};
  // The model's node in the reference node's place: one that takes the same input, of the same kind if there is one.
  const pick = (test: (node: BehaviourNode) => boolean) => open.map((i) => got.nodes[i]).find(test);
  const sameOp = pick((node) => node.op === wanted.op);
  if (wanted.op === "activation") {
    const got = sameOp ?? pick(() => true);
    return {kind: "activation", expected: wanted, ...(got ? {got} : {}), ...withAfter};
  }
  if (sameOp) {
    if (!sameComputation(wanted, sameOp))
      return {kind: "config", expected: wanted, got: sameOp, keys: configKeys(wanted, sameOp)};
    const missingRef = wanted.inbound.find((source) => !sameOp.inbound.includes(match.get(source)!));
    const missing = missingRef === undefined ? undefined : expected.nodes[missingRef];
    const missingGot = missingRef === undefined ? undefined : got.nodes[match.get(missingRef)!];
    const takes = sameOp.inbound.map((i) => got.nodes[i]);
    const block =
      wanted.op === "Add" && missing
        ? missing.op === "BatchNormalization"
          ? ("convolutional" as const)
          : ("identity" as const)
        : undefined;
    return {
      kind: "inputs",
      expected: wanted,
      got: sameOp,
      ...(missing ? {missing} : {}),
      ...(missingGot ? {missingGot} : {}),
      ...(block ? {block} : {}),
      takes
    };
  }
  const other = pick(() => true);
  if (other?.op === "activation") return {kind: "extra-activation", expected: wanted, got: other};
  if (other) return {kind: "op", expected: wanted, got: other};
  return {kind: "missing", expected: wanted, ...withAfter};
}

function sameComputation(a: BehaviourNode, b: BehaviourNode): boolean {
  return a.op === b.op && configKeys(a, b).length === 0;
}

function configKeys(a: BehaviourNode, b: BehaviourNode): string[] {
  const keys = [...new Set([...Object.keys(a.config), ...Object.keys(b.config)])].sort();
  return keys.filter((key) => JSON.stringify(a.config[key]) !== JSON.stringify(b.config[key]));
}

function sameInputs(op: string, expected: number[], got: number[]): boolean {
  if (expected.length !== got.length) return false;
  if (!commutativeOps.has(op)) return expected.every((source, i) => source === got[i]);
  const sorted = (list: number[]) => [...list].sort((x, y) => x - y).join();
  return sorted(expected) === sorted(got);
}

// ---------------------------------------------------------------------------------------------
// Saying it

const activationNames: Record<string, Localized> = {
  relu: both("ReLU", "ReLU"),
  relu6: both("ReLU6", "ReLU6"),
  sigmoid: both("сигмоида", "a sigmoid"),
  hardsigmoid: both("жёсткая сигмоида", "a hard sigmoid"),
  softmax: both("softmax", "a softmax"),
  tanh: both("tanh", "a tanh"),
  elu: both("ELU", "an ELU"),
  selu: both("SELU", "a SELU"),
  softplus: both("softplus", "a softplus"),
  softsign: both("softsign", "a softsign"),
  leakyrelu: both("leaky ReLU", "a leaky ReLU"),
  swish: both("swish", "a swish"),
  mish: both("mish", "a mish"),
  gelu: both("GELU", "a GELU"),
  linear: both("линейная (без активации)", "linear (no activation)")
};

/** An activation as a reader names it; one the course does not know is shown escaped by the report. */
function activationName(node: BehaviourNode): Localized {
  const name = String(node.config.activation ?? "");
  return activationNames[name.toLowerCase()] ?? both(`активация ${name}`, `the activation ${name}`);
}

/** The one-word noun of an activation in Russian and the bare name in English, for "the reference has a ReLU". */
function bareActivation(node: BehaviourNode): Localized {
  const name = activationName(node);
  return both(name.ru, name.en.replace(/^(a|an) /, ""));
}

const layerRef = (node: BehaviourNode): Localized =>
  both(`слой ${node.layer} (${node.type})`, `layer ${node.layer} (${node.type})`);
/** The same, after «после»: the genitive. */
const layerOf = (node: BehaviourNode): Localized =>
  both(`слоя ${node.layer} (${node.type})`, `layer ${node.layer} (${node.type})`);

const opNames: Record<string, Localized> = {
  MaxPooling2D: both("max pooling (максимум окна)", "a max pooling"),
  AveragePooling2D: both("average pooling (среднее окна)", "an average pooling"),
  GlobalMaxPooling2D: both("глобальный max pooling", "a global max pooling"),
  GlobalAveragePooling2D: both("глобальный average pooling", "a global average pooling"),
  Conv2D: both("свёртка", "a convolution"),
  Dense: both("полносвязный слой", "a dense layer"),
  BatchNormalization: both("пакетная нормализация", "a batch normalization"),
  Add: both("сложение (Add)", "an addition (Add)"),
  Flatten: both("Flatten", "a Flatten"),
  ZeroPadding2D: both("дополнение нулями", "a zero padding"),
  Dropout: both("Dropout", "a dropout"),
  Input: both("вход", "the input")
};

/** What an operation is, as a reader names it; one the course does not know by its class name (escaped by the report). */
function opName(op: string): Localized {
  return opNames[op] ?? both(op, `a ${op}`);
}

function formatValue(value: ConfigValue | undefined): string {
  if (value === undefined) return "—";
  return Array.isArray(value) ? value.join("×") : String(value);
}

/** What a failed behaviour comparison means, naming the model's first layer that parts from the reference. */
export function describeBehaviourComparison(comparison: BehaviourComparison): Localized {
  switch (comparison.kind) {
    case "equal":
      return both("совпадает", "matches");
    case "outputs": {
      const {node, expected, shape} = comparison;
      if (!node)
        return both(
          "граф совпадает с эталоном, но выход модели с весами эталона — нет",
          "the graph matches the reference's, but the model's output with the reference's weights does not"
        );
      if (shape)
        return both(
          `${layerRef(node).ru} даёт выход формы (${node.shape.join(", ")}), а у эталона (${expected.shape.join(", ")})`,
          `${layerRef(node).en} gives an output of shape (${node.shape.join(", ")}), the reference's (${expected.shape.join(", ")})`
        );
      return both(
        `с весами эталона выход ${layerRef(node).ru} расходится с эталоном: граф тот же, значит, слой считает иначе`,
        `with the reference's weights, the output of ${layerRef(node).en} differs from the reference's: the graph is the same, so the layer computes something else`
      );
    }
    case "graph":
      return describeGraphDifference(comparison.difference);
  }
}

function describeGraphDifference(difference: GraphDifference): Localized {
  switch (difference.kind) {
    case "activation": {
      const {expected, got, after} = difference;
      const wanted = bareActivation(expected);
      if (got?.op === "activation")
        return both(
          `${layerRef(got).ru} — ${activationName(got).ru}, а у эталона здесь ${wanted.ru}`,
          `${layerRef(got).en} is ${activationName(got).en} where the reference has a ${wanted.en}`
        );
      const where = after ? layerOf(after) : both("входа", "the input");
      const next = got
        ? both(`сразу идёт ${layerRef(got).ru}`, `it goes straight on to ${layerRef(got).en}`)
        : both("это выход модели", "it is the model's output");
      return both(
        `после ${where.ru} у эталона ${wanted.ru}, а у вас её нет: ${next.ru}`,
        `after ${where.en} the reference applies a ${wanted.en}, yours has none: ${next.en}`
      );
    }
    case "extra-activation":
      return both(
        `${layerRef(difference.got).ru} — ${activationName(difference.got).ru}, а у эталона здесь активации нет, сразу ${opName(difference.expected.op).ru}`,
        `${layerRef(difference.got).en} is ${activationName(difference.got).en} where the reference has none: it goes straight on to ${opName(difference.expected.op).en}`
      );
    case "op":
      return both(
        `${layerRef(difference.got).ru} — ${opName(difference.got.op).ru}, а у эталона здесь ${opName(difference.expected.op).ru}`,
        `${layerRef(difference.got).en} is ${opName(difference.got.op).en} where the reference has ${opName(difference.expected.op).en}`
      );
    case "config": {
      const {expected, got, keys} = difference;
      const parts = keys.map((key) =>
        both(
          `${key} ${formatValue(got.config[key])}, а у эталона ${formatValue(expected.config[key])}`,
          `${key} ${formatValue(got.config[key])} where the reference has ${formatValue(expected.config[key])}`
        )
      );
      return both(
        `${layerRef(got).ru}: ${parts.map((p) => p.ru).join("; ")}`,
        `${layerRef(got).en}: ${parts.map((p) => p.en).join("; ")}`
      );
    }
    case "inputs": {
      const {got, missingGot, block, takes} = difference;
      const source = missingGot
        ? both(` (выход ${layerOf(missingGot).ru})`, ` (the output of ${layerOf(missingGot).en})`)
        : both("", "");
      const takesText =
        takes.length === 2 && takes[0] === takes[1]
          ? both(`${layerRef(takes[0]).ru} сам с собой`, `${layerRef(takes[0]).en} to itself`)
          : both(
              takes.map((node) => layerRef(node).ru).join(" и "),
              takes.map((node) => layerRef(node).en).join(" and ")
            );
      if (block === "identity")
        return both(
          `Add identity-блока, ${layerRef(got).ru}, не получает вход блока${source.ru}: он складывает ${takesText.ru}`,
          `the identity block's Add, ${layerRef(got).en}, does not take the block's input${source.en}: it adds ${takesText.en}`
        );
      if (block === "convolutional")
        return both(
          `Add convolutional-блока, ${layerRef(got).ru}, не получает shortcut${source.ru}: он складывает ${takesText.ru}`,
          `the convolutional block's Add, ${layerRef(got).en}, does not take the shortcut${source.en}: it adds ${takesText.en}`
        );
      return both(
        `${layerRef(got).ru} получает не те входы, что у эталона${missingGot ? `: нет выхода ${layerOf(missingGot).ru}` : ""}`,
        `${layerRef(got).en} takes other inputs than the reference's${missingGot ? `: not the output of ${layerOf(missingGot).en}` : ""}`
      );
    }
    case "missing": {
      const {expected, after} = difference;
      const where = after ? layerOf(after) : both("входа", "the input");
      return both(
        `после ${where.ru} у эталона идёт ${opName(expected.op).ru}, а у вас ничего`,
        `after ${where.en} the reference has ${opName(expected.op).en}; yours has nothing there`
      );
    }
    case "extra": {
      const {got, after} = difference;
      return both(
        `лишний ${layerRef(got).ru}${after ? ` после ${layerOf(after).ru}` : ""}: у эталона его нет`,
        `an extra ${layerRef(got).en}${after ? ` after ${layerRef(after).en}` : ""}: the reference has none`
      );
    }
  }
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= maxText;
}
