/**
 * Keeps track of everything code can leave scheduled in the sandbox process, so that nothing one
 * exercise left behind fires in the middle of the next: timers (timeouts, intervals, immediates and
 * `AbortSignal.timeout`) are cancelled, message ports closed, and what cannot be cancelled — the
 * promise of `Atomics.waitAsync` (with or without a timeout), of `WebAssembly.compile` and
 * `instantiate`, a `FinalizationRegistry`'s clean-up — is held back: it settles, or is called, only
 * in the run that scheduled it.
 */
export function trackTimers(): {cancelAll(): void} {
  const global = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
  const [setTimeout, setInterval, setImmediate] = [global.setTimeout, global.setInterval, global.setImmediate];
  const [clearTimeout, clearInterval, clearImmediate] = [
    global.clearTimeout,
    global.clearInterval,
    global.clearImmediate
  ];
  const then = Promise.prototype.then;
  const apply = Reflect.apply;
  const call = <T>(fn: (...args: never[]) => T, self: unknown, ...args: unknown[]): T => apply(fn, self, args);
  let pending: Array<() => void> = [];
  /** Which run this is: anything held back settles only while it is unchanged. */
  let generation = 0;
  const tracked =
    (schedule: (...args: unknown[]) => unknown, clear: (handle: unknown) => unknown) =>
    (...args: unknown[]) => {
      const handle = schedule(...args);
      pending[pending.length] = () => clear(handle);
      return handle;
    };
  global.setTimeout = tracked(setTimeout, clearTimeout);
  global.setInterval = tracked(setInterval, clearInterval);
  global.setImmediate = tracked(setImmediate, clearImmediate);

  /** A promise that follows `promise` only within this run; after it, it never settles. */
  const thisRunOnly = <T>(promise: Promise<T>): Promise<T> => {
    const run = generation;
    return new Promise<T>((resolve, reject) => {
      call(
        then as (onFulfilled: (value: T) => void, onRejected: (error: unknown) => void) => unknown,
        promise,
        (value: T) => run === generation && resolve(value),
        (error: unknown) => run === generation && reject(error)
      );
    });
  };

  const atomics = Atomics as unknown as {waitAsync?: (...args: unknown[]) => {async: boolean; value: unknown}};
  const waitAsync = atomics.waitAsync;
  if (waitAsync) {
    atomics.waitAsync = (...args: unknown[]) => {
      const result = call(waitAsync, Atomics, ...args);
      return result.async ? {async: true, value: thisRunOnly(result.value as Promise<unknown>)} : result;
    };
  }

  const wasm = (globalThis as unknown as {WebAssembly?: Record<string, (...args: unknown[]) => Promise<unknown>>})
    .WebAssembly;
  for (const name of ["compile", "instantiate"] as const) {
    const original = wasm?.[name];
    if (original) wasm[name] = (...args: unknown[]) => thisRunOnly(call(original, wasm, ...args));
  }

  const abortSignal = (globalThis as unknown as {AbortSignal?: {timeout?: (ms: number) => AbortSignal}}).AbortSignal;
  if (abortSignal?.timeout) {
    abortSignal.timeout = (ms: number) => {
      const controller = new AbortController();
      global.setTimeout(
        () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
        ms
      );
      return controller.signal;
    };
  }

  const Registry = globalThis.FinalizationRegistry;
  if (Registry) {
    global.FinalizationRegistry = class<T> extends Registry<T> {
      constructor(cleanUp: (held: T) => void) {
        const run = generation;
        super((held) => run === generation && cleanUp(held));
      }
    } as unknown as (...args: unknown[]) => unknown;
  }

  for (const name of ["MessageChannel", "BroadcastChannel"] as const) {
    const Original = (globalThis as unknown as Record<string, new (...args: unknown[]) => object>)[name];
    if (!Original) continue;
    const closing = (port: unknown) => {
      pending[pending.length] = () => {
        try {
          (port as {close(): void}).close();
        } catch {
          // already closed
        }
      };
    };
    global[name] = class extends Original {
      constructor(...args: unknown[]) {
        super(...args);
        if (name === "BroadcastChannel") closing(this);
        else for (const port of [(this as {port1?: unknown}).port1, (this as {port2?: unknown}).port2]) closing(port);
      }
    } as unknown as (...args: unknown[]) => unknown;
  }

  return {
    cancelAll() {
      ++generation;
      const cancels = pending;
      pending = [];
      for (let i = 0; i < cancels.length; ++i) cancels[i]();
    }
  };
}
