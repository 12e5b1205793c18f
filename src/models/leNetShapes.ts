import {outputGeometry} from "../ops/tfReference.js";

/** One stage of LeNet and the shape of what it outputs for one example. */
export interface LeNetStage {
  layer: string;
  shape: number[];
}

/**
 * The shapes LeNet computes, by arithmetic alone: each stage's output for one example and the
 * shapes of the ten trainable variables. Used to explain a wrong answer without building a model.
 */
export function leNetShapes(
  [height, width, channels]: [number, number, number],
  {classes = 10, asInDocument = false}: {classes?: number; asInDocument?: boolean} = {}
): {stages: LeNetStage[]; variables: number[][]} {
  const convPadding = asInDocument ? "same" : "valid";
  const conv = (n: number) => outputGeometry(n, 5, 1, convPadding).out;
  const pool = (n: number) => outputGeometry(n, 2, 2, "same").out;
  const stages: LeNetStage[] = [{layer: "input", shape: [height, width, channels]}];
  const push = (layer: string, shape: number[]) => stages.push({layer, shape});
  push("conv1", [conv(height), conv(width), 6]);
  push("pool1", [pool(conv(height)), pool(conv(width)), 6]);
  const [h2, w2] = [conv(pool(conv(height))), conv(pool(conv(width)))];
  push("conv2", [h2, w2, 16]);
  push("pool2", [pool(h2), pool(w2), 16]);
  const flat = pool(h2) * pool(w2) * 16;
  push("flatten", [flat]);
  push("fc1", [120]);
  push("fc2", [84]);
  push("fc3", [classes]);
  const variables = [
    [5, 5, channels, 6],
    [6],
    [5, 5, 6, 16],
    [16],
    [flat, 120],
    [120],
    [120, 84],
    [84],
    [84, classes],
    [classes]
  ];
  return {stages, variables};
}
