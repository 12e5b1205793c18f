/**
 * Builds whose initial weights nobody looks at: a model that is only summarized, or whose every
 * weight a behaviour check overwrites (src/models/modelBehaviour.ts). Inside
 * {@link withUnobservedInitialValues} the course's seeded initializers are still constructed and
 * applied exactly as the code calls them (so how a submission calls its initializer factory is
 * still seen), but they return zeros instead of drawing values (ResNet-50 holds 23.5 million), all views of one
 * array.
 *
 * Not exported to submissions (`convlab/initializers` is index.ts, which does not re-export this):
 * only the exercises' own `invoke` sets it, around the call of the student's function, and a
 * submission that could set it would only zero its own weights.
 */
let depth = 0;
/** One array of zeros that every unobserved weight views: a build allocates (and the kernel zeroes) nothing. */
let zeros = new Float32Array(0);

export function withUnobservedInitialValues<T>(build: () => T): T {
  ++depth;
  try {
    return build();
  } finally {
    --depth;
  }
}

/**
 * `size` zeros, a view of one array kept for the context's unobserved builds: tfjs's cpu backend keeps
 * the array it is given, and its tensors are never written, so every weight may share it. (Code that
 * wrote into a weight's `dataSync()` would change its own run's zeros only, which nothing reads.)
 */
export function unobservedValues(size: number): Float32Array {
  if (zeros.length < size) zeros = new Float32Array(size);
  return zeros.subarray(0, size);
}

/** Whether the build running now has its initial values overwritten or ignored. */
export function initialValuesUnobserved(): boolean {
  return depth > 0;
}
