import type * as tf from "@convlab/tfjs";
import {interruptibly, putBack, StepInterrupted, stopRequested} from "../ops/interruptibly.js";

/**
 * Runs `step` (a `model.trainOnBatch`) so that a Stop written to `flag` interrupts it at the next
 * kernel of its forward or backward pass, with {@link StepInterrupted}. A message from the page could
 * only be read after the step: ResNet-50's takes about a second on a 2-core CPU, so Stop would wait for
 * it. The optimizer's update is never interrupted: `optimizer.minimize` computes the gradients, then
 * applies them, and once `applyGradients` has begun the step runs to its end. So an interrupted step
 * leaves every weight as the last whole step left it. (Batch normalization's moving statistics are
 * updated during the forward pass, layer by layer: those of the layers already passed keep the
 * interrupted batch's update, as a running average that took one batch more.)
 *
 * The check is installed only while `minimize` runs, which is synchronous, so no other work of the
 * worker runs into it (see {@link interruptibly}).
 */
export async function interruptibleStep<T>(
  flag: Int32Array | undefined,
  optimizer: tf.Optimizer,
  step: () => Promise<T>
): Promise<T> {
  if (!flag) return step();
  const minimize = optimizer.minimize;
  const applyGradients = optimizer.applyGradients;
  let updating = false;
  const checkedMinimize: typeof minimize = function (this: tf.Optimizer, ...args) {
    return interruptibly(flag, () => minimize.apply(this, args), {unlessWhile: () => updating});
  };
  const fullApply: typeof applyGradients = function (this: tf.Optimizer, ...args) {
    updating = true;
    try {
      return applyGradients.apply(this, args);
    } finally {
      updating = false;
    }
  };
  const ownMethods = {
    minimize: Object.hasOwn(optimizer, "minimize"),
    apply: Object.hasOwn(optimizer, "applyGradients")
  };
  optimizer.minimize = checkedMinimize;
  optimizer.applyGradients = fullApply;
  try {
    if (stopRequested(flag)) throw new StepInterrupted();
    return await step();
  } finally {
    putBack(optimizer, "minimize", minimize, ownMethods.minimize);
    putBack(optimizer, "applyGradients", applyGradients, ownMethods.apply);
  }
}
