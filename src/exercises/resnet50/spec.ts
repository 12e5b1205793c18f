import * as tf from "@convlab/tfjs";
import type {Json} from "../../core/types.js";
import {both} from "../../i18n/index.js";
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
  hiddenCalls: (random) => hiddenCalls(random),
  hiddenFrom: "solution",

  invoke(fn, args) {
    const model = fn(...args);
    if (!(model instanceof tf.LayersModel)) {
      throw new TypeError(
        "ResNet50 must return a tf.LayersModel: end it with return tf.model({inputs: XInput, outputs: X})"
      );
    }
    try {
      return summarizeModel(model);
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
