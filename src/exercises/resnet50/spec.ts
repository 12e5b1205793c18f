import * as tf from "@convlab/tfjs";
import type {Json} from "../../core/types.js";
import {graderBaseline} from "../../core/caches.js";
import {both} from "../../i18n/index.js";
import {withUnobservedInitialValues} from "../../initializers/unobservedValues.js";
import {describeBehaviour} from "../../models/modelBehaviour.js";
import {summarizeModel} from "../../models/summarizeModel.js";
import type {ExerciseSpec} from "../types.js";
import {summaryHint} from "./hints.js";
import {starter} from "./starter.js";

export const spec: ExerciseSpec = {
  id: "resnet50",
  exportName: "ResNet50",
  signature: "ResNet50(inputShape = [64, 64, 3], classes = 6)",
  title: both("Сборка ResNet-50", "Assembling ResNet-50"),
  source: {
    document: "002_f70ad12104c8edaf.txt",
    cells:
      "4 Building ResNet-50: ResNet50 and the cell model = ResNet50(input_shape = (64, 64, 3), classes = 6); model.summary()"
  },
  starter,
  // Building ResNet-50 draws 23.5 million seeded weights: a few seconds a model on the cpu backend.
  timeLimitSeconds: 120,
  check: "summary",
  // The model by what it does, on the document's input: its graph (activations, pooling, the blocks'
  // connections, every layer's output shape). Its outputs with the reference's weights are compared by
  // the hidden behaviour check, on a smaller image: the same layers, a fraction of the forward pass
  // (on 64×64 this check drew 23.5 million weights and ran the model, a second of CPU per submission).
  // The grader's baseline compares outputs here too, as it did.
  behaviourCalls: () => [
    graderBaseline()
      ? {
          id: "behaviour-64x64x3",
          title: both(
            "граф (слои, активации, пулинг, связи блоков) и выходы с весами эталона, вход 64×64×3, 6 классов",
            "the graph (layers, activations, pooling, the blocks' connections) and the outputs with the reference's weights, input 64×64×3, 6 classes"
          ),
          args: [[64, 64, 3], 6, behaviourArgument("behaviour", 1)]
        }
      : {
          id: "graph-64x64x3",
          title: both(
            "граф (слои, активации, пулинг, связи блоков, размеры выходов), вход 64×64×3, 6 классов",
            "the graph (layers, activations, pooling, the blocks' connections, output shapes), input 64×64×3, 6 classes"
          ),
          args: [[64, 64, 3], 6, behaviourArgument("graph", 1)]
        }
  ],
  hiddenCalls: (random) => [...hiddenCalls(random), hiddenBehaviourCall(random)],
  hiddenCategory: (args) =>
    isBehaviourCall(args) ? "model-behaviour" : (args[0] as number[])[2] === 1 ? "one-channel" : "other-sizes",
  callCheck: (args) => (isBehaviourCall(args) ? "behaviour" : "summary"),
  hiddenFrom: "solution",

  invoke(fn, args) {
    const behaviour = isBehaviourCall(args);
    // A summary reads no weight and a behaviour check overwrites every one: the student's initializers
    // are called as the student calls them, but draw nothing (ResNet-50 holds 23.5 million values).
    const build = () => fn(...(behaviour ? args.slice(0, 2) : args));
    const model = graderBaseline() ? build() : withUnobservedInitialValues(build);
    if (!(model instanceof tf.LayersModel)) {
      throw new TypeError(
        "ResNet50 must return a tf.LayersModel: end it with return tf.model({inputs: XInput, outputs: X})"
      );
    }
    try {
      if (!behaviour) return summarizeModel(model);
      const {report, seed} = args[2] as {report: BehaviourReport; seed: number};
      return describeBehaviour(model, seed, {outputs: report === "behaviour"});
    } finally {
      model.dispose();
    }
  },
  diagnose: (check, _got, gotSummary) => (gotSummary ? summaryHint(check, gotSummary) : undefined)
};

/**
 * The grader's hidden calls: other image sizes (from 40×40, the smallest whose last stage still
 * leaves 2×2 for the average pooling), one or three channels, 2–10 classes.
 */
export function hiddenCalls(random: () => number, count = 2): Json[][] {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)];
  const sides = [40, 48, 56, 72, 80, 96] as const;
  return Array.from({length: count}, () => [[pick(sides), pick(sides), pick([1, 3])], 2 + Math.floor(random() * 9)]);
}

/** What a behaviour check compares: the graph and the outputs with the reference's weights, or the graph alone. */
type BehaviourReport = "behaviour" | "graph";

/** The third argument that makes a call a behaviour check: never passed to the student's function. */
function behaviourArgument(report: BehaviourReport, seed: number): Json {
  return {report, seed};
}

function isBehaviourCall(args: Json[]): boolean {
  const marker = args[2] as {report?: unknown} | undefined;
  return typeof marker === "object" && marker !== null && (marker.report === "behaviour" || marker.report === "graph");
}

/**
 * A hidden behaviour check: a small image (its forward pass is the slow part), any channels and classes,
 * other weights. 37 to 40 pixels, the smallest sides whose last stage still leaves 2×2 for the average
 * pooling: all four give the stages the same sizes (19, 9, 5, 3, 2), and most of the forward pass is
 * the last two stages, which are as large at 64×64. (The grader's baseline drew 40 or 48.)
 */
function hiddenBehaviourCall(random: () => number): Json[] {
  const sides = graderBaseline() ? [40, 48] : [37, 38, 39, 40];
  const side = () => sides[Math.floor(random() * sides.length)];
  return [
    [side(), side(), 1 + Math.floor(random() * 3)],
    2 + Math.floor(random() * 9),
    behaviourArgument("behaviour", 2 + Math.floor(random() * 1_000_000))
  ];
}
