/**
 * Stop within tfjs's work: a flag in shared memory that the page sets, read by the worker between the
 * kernels of a synchronous run (a training step's passes, a validation batch's forward pass).
 * src/train/interruptibleStep.ts builds a training step's interruption on it.
 */
import * as tf from "@convlab/tfjs";

/** Thrown out of a training step or a validation batch that Stop interrupted: no weight of the model has changed. */
export class StepInterrupted extends Error {
  constructor() {
    super("interrupted by Stop");
  }
}

/** Whether the page has asked to stop: `flag` is shared memory that the page sets to 1. */
export function stopRequested(flag: Int32Array | undefined): boolean {
  return flag !== undefined && Atomics.load(flag, 0) !== 0;
}

/**
 * Runs the synchronous `work` (a step's `minimize`, a validation batch's forward pass) so that a Stop
 * written to `flag` interrupts it before its next top-level kernel, with {@link StepInterrupted}, except
 * while `unlessWhile` says no. Only between two kernels: a kernel runs others inside it (a clone kept
 * for the backward pass). Every tensor the work made is then freed, Variables aside: a forward pass
 * under `tf.grads` keeps what the backward pass would have freed, and only the end of `tf.grads`
 * frees it. The engine is put back as it was either way.
 */
export function interruptibly<T>(
  flag: Int32Array | undefined,
  work: () => T,
  {unlessWhile = () => false}: {unlessWhile?: () => boolean} = {}
): T {
  if (!flag) return work();
  const engine = tf.engine() as unknown as Engine;
  const {runKernel, trackTensor} = engine;
  const own = {runKernel: Object.hasOwn(engine, "runKernel"), trackTensor: Object.hasOwn(engine, "trackTensor")};
  const made: tf.Tensor[] = [];
  let depth = 0;
  engine.runKernel = function (this: Engine, ...kernelArgs: unknown[]) {
    if (depth === 0 && !unlessWhile() && stopRequested(flag)) throw new StepInterrupted();
    ++depth;
    try {
      return runKernel.apply(this, kernelArgs);
    } finally {
      --depth;
    }
  };
  engine.trackTensor = function (this: Engine, tensor: tf.Tensor, ...rest: unknown[]) {
    made.push(tensor);
    return trackTensor.call(this, tensor, ...rest);
  };
  try {
    return work();
  } catch (error) {
    if (error instanceof StepInterrupted) {
      // What tf.grads does at its end: the tape of the forward pass, with the tensors it kept, goes.
      if (engine.state.gradientDepth === 0) engine.state.activeTape = null;
      tf.dispose(made.filter((tensor) => !(tensor instanceof tf.Variable)));
    }
    throw error;
  } finally {
    putBack(engine, "runKernel", runKernel, own.runKernel);
    putBack(engine, "trackTensor", trackTensor, own.trackTensor);
  }
}

/** {@link interruptibly}, giving `undefined` when Stop interrupted the work (a validation batch: no result). */
export function unlessInterrupted<T>(flag: Int32Array | undefined, work: () => T): T | undefined {
  try {
    return interruptibly(flag, work);
  } catch (error) {
    if (error instanceof StepInterrupted) return undefined;
    throw error;
  }
}

/** The parts of tfjs's engine (not in its public types) that a step's interruption uses. */
interface Engine {
  runKernel: (...args: unknown[]) => unknown;
  trackTensor: (tensor: tf.Tensor, ...rest: unknown[]) => unknown;
  state: {gradientDepth: number; activeTape: unknown[] | null};
}

/** Puts a method back as it was: the object's own, or its prototype's again. */
export function putBack<O extends object, K extends keyof O>(object: O, key: K, original: O[K], wasOwn: boolean): void {
  if (wasOwn) object[key] = original;
  else delete object[key];
}
