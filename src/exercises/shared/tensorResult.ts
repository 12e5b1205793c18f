import * as tf from "@convlab/tfjs";

/**
 * Sandbox side: a student may return nested arrays or a tf.Tensor; both become nested arrays.
 * Whatever this returns is validated again on the trusted side.
 */
export function plainResult(value: unknown): unknown {
  return value instanceof tf.Tensor ? value.arraySync() : value;
}
