import * as tf from "@convlab/tfjs";
import {withDocumentBlocks} from "../../models/blocks.js";
import {describeBehaviour} from "../../models/modelBehaviour.js";
import {shapeRows, trainableVariables} from "../../models/trainableVariables.js";
import type {ModelBehaviourData} from "../../check/modelBehaviour.js";

/**
 * What one check builds and reads: the student's `leNet` on `tf.input({shape: inputShape})`, with the
 * document's blocks (its `conv_layer` always pads `same`) or the lesson's (padding honoured).
 */
export interface LeNetCheck {
  blocks: "document" | "lesson";
  inputShape: [number, number, number];
  /**
   * `variables`: the trainable variables' shapes, one row each; `logits`: the shape of the output for a
   * batch of 2; `behaviour`: the graph and the outputs with seeded weights (src/models/modelBehaviour.ts).
   */
  report: "variables" | "logits" | "behaviour";
  /** The seed of a `behaviour` check's weights and inputs. */
  seed?: number;
}

/** The batch the `logits` report runs through the network. */
export const logitsBatch = 2;

/**
 * Builds `build(tf.input(...))` into a model and reduces it to numbers: the shapes of its trainable
 * variables (one zero-padded row each) or the shape of its output for a batch of 2. The model is
 * disposed before returning. Runs in the sandbox on the student's function and, on the trusted
 * side, on the reference.
 */
export function describeNetwork(
  build: (input: unknown) => unknown,
  {blocks, inputShape, report, seed = 0}: LeNetCheck
): number[][] | number[] | ModelBehaviourData {
  const input = tf.input({shape: inputShape});
  const output = blocks === "document" ? withDocumentBlocks(() => build(input)) : build(input);
  if (!(output instanceof tf.SymbolicTensor)) {
    throw new Error(
      `leNet(input) must return the logits as one tf.SymbolicTensor (the output of the last layer applied), not ${Array.isArray(output) ? "an array" : typeof output}`
    );
  }
  const model = tf.model({inputs: input, outputs: output});
  try {
    if (report === "behaviour") return describeBehaviour(model, seed);
    if (report === "variables") return shapeRows(trainableVariables(model).map((variable) => variable.shape));
    return tf.tidy(() => (model.predict(tf.zeros([logitsBatch, ...inputShape])) as {shape: number[]}).shape);
  } finally {
    model.dispose();
  }
}
