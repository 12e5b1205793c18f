import * as tf from "@convlab/tfjs";
import {convBlock, dense, flatten, maxPool, withDocumentBlocks} from "./blocks.js";

// The answer to the le-net exercise: for the grader, the tests and the benchmarks only. No lesson
// page, and nothing a page imports, may import this module (lesson 1 trains the student's leNet;
// its tables come from ./leNetShapes.ts).

/**
 * LeNet as document 004 builds it (`le_net`): two convolutional blocks of 5×5 filters (6, then 16)
 * with `valid` padding, each followed by 2×2 max pooling, then dense layers of 120, 84 and
 * `classes` units with no activation between them. Returns the logits.
 *
 * Inside {@link withDocumentBlocks} the convolutions pad `same` whatever they are asked, as the
 * document's `conv_layer` does, and a 32×32 input reaches `fc1` as 1024 numbers instead of 400.
 */
export function leNet(input: tf.SymbolicTensor, {classes = 10}: {classes?: number} = {}): tf.SymbolicTensor {
  const conv1 = convBlock(input, 6, {name: "conv1", kernelSize: [5, 5], padding: "valid"});
  const pool1 = maxPool(conv1, {name: "pool1"});
  const conv2 = convBlock(pool1, 16, {name: "conv2", kernelSize: [5, 5], padding: "valid"});
  const pool2 = maxPool(conv2, {name: "pool2"});
  const flat = flatten(pool2, {name: "flatten"});
  const fc1 = dense(flat, 120, {name: "fc1"});
  const fc2 = dense(fc1, 84, {name: "fc2"});
  return dense(fc2, classes, {name: "fc3"});
}

export interface LeNetOptions {
  /** `[height, width, channels]`; MNIST padded to 32×32 is `[32, 32, 1]` (the default). */
  inputShape?: [number, number, number];
  classes?: number;
  /** Build with the document's `conv_layer`, which ignores `padding` (see {@link withDocumentBlocks}). */
  asInDocument?: boolean;
}

/** An uncompiled LeNet model with logits as its output. */
export function createLeNet({
  inputShape = [32, 32, 1],
  classes = 10,
  asInDocument = false
}: LeNetOptions = {}): tf.LayersModel {
  const input = tf.input({shape: inputShape, name: "digits"});
  const logits = asInDocument ? withDocumentBlocks(() => leNet(input, {classes})) : leNet(input, {classes});
  return tf.model({inputs: input, outputs: logits, name: "le_net"});
}

export {leNetShapes, type LeNetStage} from "./leNetShapes.js";
