import type {Json} from "../../core/types.js";
import {both, type Localized} from "../../i18n/index.js";
import {leNetShapes} from "../../models/leNetShapes.js";
import {shapeRows} from "../../models/trainableVariables.js";
import type {ExerciseSpec} from "../types.js";
import {diagnose} from "./hints.js";
import {describeNetwork, logitsBatch, type LeNetCheck} from "./network.js";
import {starter} from "./starter.js";

/** The visible checks: the lesson's blocks on two inputs, the document's on MNIST's size. */
const visibleChecks: Array<[id: string, check: LeNetCheck]> = [
  ["lesson-32x32x3-variables", {blocks: "lesson", inputShape: [32, 32, 3], report: "variables"}],
  ["lesson-32x32x3-logits", {blocks: "lesson", inputShape: [32, 32, 3], report: "logits"}],
  ["lesson-32x32x1-variables", {blocks: "lesson", inputShape: [32, 32, 1], report: "variables"}],
  ["document-28x28x1-variables", {blocks: "document", inputShape: [28, 28, 1], report: "variables"}]
];

export const spec: ExerciseSpec = {
  id: "le-net",
  exportName: "leNet",
  signature: "leNet(input)",
  title: both("LeNet из базовых блоков", "LeNet from the basic blocks"),
  source: {
    document: "004_836e00dac5c6e07d.txt",
    cells: "conv_layer, max_pool, flatten, dense, conv_block, le_net; le_net_trainable_variables"
  },
  starter,
  check: "tensor",

  visibleCalls: () =>
    visibleChecks.map(([id, check]) => ({id, title: checkTitle(check), args: [check as unknown as Json]})),
  // The network by what it does: its graph (ReLUs, max pooling, connections) and its outputs with the reference's weights.
  behaviourCalls: () => {
    const check: LeNetCheck = {blocks: "lesson", inputShape: [32, 32, 3], report: "behaviour", seed: 1};
    return [{id: "behaviour-32x32x3", title: checkTitle(check), args: [check as unknown as Json]}];
  },
  // Other input sizes (odd ones too, where "same" and "valid" pooling differ) and channels, both kinds of
  // blocks, then the behaviour on another input with other weights.
  hiddenCalls(random) {
    const draw = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
    const side = () => draw(17, 40);
    const rectangular = (): [number, number] => {
      const height = side();
      let width = side();
      while (width === height) width = side();
      return [height, width];
    };
    const checks: LeNetCheck[] = [
      {blocks: "lesson", inputShape: [...rectangular(), draw(2, 4)], report: "variables"},
      {blocks: "document", inputShape: [side(), side(), draw(1, 4)], report: "variables"},
      {blocks: "lesson", inputShape: [side(), side(), 1], report: "variables"},
      {blocks: "document", inputShape: [side(), side(), draw(1, 4)], report: "variables"},
      {blocks: "lesson", inputShape: [...rectangular(), draw(1, 3)], report: "behaviour", seed: draw(2, 1_000_000)}
    ];
    return checks.map((check) => [check as unknown as Json]);
  },
  hiddenCategory(args) {
    const {blocks, inputShape, report} = args[0] as unknown as LeNetCheck;
    if (report === "behaviour") return "model-behaviour";
    if (blocks === "document") return "document-blocks";
    return inputShape[2] === 1 ? "one-channel" : "rectangular";
  },
  callCheck: (args) => ((args[0] as unknown as LeNetCheck).report === "behaviour" ? "behaviour" : "tensor"),
  hiddenFrom: "solution",
  /** The visible checks' answers by arithmetic (src/models/leNetShapes.ts): no network is built, none shipped. */
  expected(args) {
    const {blocks, inputShape, report} = args[0] as unknown as LeNetCheck;
    if (report === "logits") return {shape: [2], values: [logitsBatch, 10]};
    const rows = shapeRows(leNetShapes(inputShape, {asInDocument: blocks === "document"}).variables);
    return {shape: [rows.length, rows[0].length], values: rows.flat()};
  },

  invoke: (fn, args) => describeNetwork(fn as (input: unknown) => unknown, args[0] as unknown as LeNetCheck),
  diagnose
};

function checkTitle({blocks, inputShape, report}: LeNetCheck): Localized {
  const size = inputShape.join("×");
  const which =
    blocks === "document"
      ? both(
          `блоки, как в ноутбуке (conv_layer всегда «same»), вход ${size}`,
          `the notebook's blocks (conv_layer always "same"), input ${size}`
        )
      : both(
          `блоки урока (padding учитывается), вход ${size}`,
          `the lesson's blocks (padding honoured), input ${size}`
        );
  const what =
    report === "variables"
      ? both("формы обучаемых переменных", "shapes of the trainable variables")
      : report === "behaviour"
        ? both(
            "граф (слои, активации, пулинг, связи) и выходы с весами эталона",
            "the graph (layers, activations, pooling, connections) and the outputs with the reference's weights"
          )
        : both(`форма логитов для батча из ${logitsBatch}`, `shape of the logits for a batch of ${logitsBatch}`);
  return both(`${which.ru}: ${what.ru}`, `${which.en}: ${what.en}`);
}
