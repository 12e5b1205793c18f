import * as tf from "@convlab/tfjs";
import type {GradConfig, SumAttrs} from "@convlab/tfjs";

/**
 * Wraps tfjs's gradient of `Sum` or `Mean`. tfjs spreads dy over x's shape by multiplying it with a
 * tensor of ones as big as x, which it fills in JavaScript and copies into the wasm heap each time: in
 * a ResNet-50 training step in Chromium, filling them alone was 1.5 s of 10.7 (CPU profile), for the
 * two means of every batch norm. On `wasm` this repeats dy with `Tile` instead (block copies here),
 * dividing the small dy by the count first for a mean: the same float32 operations on the same
 * values, so the same numbers. Other backends, and dtypes other than float32, keep tfjs's own.
 */
export function tilingReductionGradient(original: GradConfig, mean: boolean): GradConfig {
  return {
    ...original,
    gradFunc: (dy, saved, attrs) => {
      const gradient = Array.isArray(dy) ? dy[0] : dy;
      const [x] = saved as tf.Tensor[];
      if (tf.getBackend() !== "wasm" || gradient.dtype !== "float32" || x.dtype !== "float32")
        return original.gradFunc(dy, saved, attrs);
      const axes = tf.util.parseAxisParam((attrs as unknown as SumAttrs).axis, x.shape);
      const reduced = new Set(axes);
      const expandedShape = x.shape.map((size, axis) => (reduced.has(axis) ? 1 : size));
      const count = axes.reduce((product, axis) => product * x.shape[axis], 1);
      return {
        x: () => {
          const expanded = tf.reshape(gradient, expandedShape);
          return tf.tile(
            mean ? tf.div(expanded, count) : expanded,
            x.shape.map((size, axis) => (reduced.has(axis) ? size : 1))
          );
        }
      };
    }
  };
}
