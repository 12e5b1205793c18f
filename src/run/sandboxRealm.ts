/**
 * The inside of the grader's sandbox: everything student code can reach. It is bundled on its own
 * (TensorFlow.js, the course's initializers and blocks, the exercises' `invoke`, the transpiler) and
 * evaluated in a `node:vm` context of its own (see nodeSandbox.ts), so every object a submission
 * touches, tfjs included, belongs to that context: its `Function` makes functions of that context,
 * whose global has no `process`, no `require`, no module loader and no file descriptors. The harness
 * outside talks to it through a few functions that take and return strings and numbers only.
 *
 * Bundled in strict mode throughout: a strict function's caller and arguments cannot be read, so no
 * chain of `.caller` leads from student code to the harness's functions.
 */
import * as tf from "@convlab/tfjs";
import {registerFastCpuConv} from "../backends/cpu/conv2d.js";
import {setGraderBaselineInRealm} from "../core/caches.js";
import type {TF} from "../core/types.js";
import * as initializers from "../initializers/index.js";
import type {RunOutcome, RunRequest} from "./protocol.js";
import {runSubmission} from "./runSubmission.js";
import {decodeLine, encodeLine} from "./sandboxWire.js";
import {intrinsicNames} from "./sandboxIntrinsics.js";
import {submissionModules} from "./submissionModules.js";

/** What the harness lends the realm: functions of strings and numbers, nothing else. */
export interface RealmHost {
  /** Writes text to the process's output (what the grader counts against the output limit). */
  print(text: string): void;
  /** Milliseconds, for `performance.now()` and tfjs's timing. */
  now(): number;
  /** Calls the realm's `fire(id)` after `ms` milliseconds. */
  schedule(id: number, ms: number): void;
  cancel(id: number): void;
  /**
   * The function of a module's code, compiled in the realm by the harness (the realm itself may not
   * make code from strings: no `eval`, no `Function`), whose `import()` is refused; or the compile
   * error's text. Its parameters: `exports`, `require`, `module`, then those of sandboxIntrinsics.ts.
   */
  compile(code: string): ((...args: unknown[]) => unknown) | string;
  /** tfjs's own cpu convolution instead of the faster one with the same sums (the grader's baseline). */
  readonly baseline: boolean;
}

/** What the harness gets back, before any student code runs. */
export interface Realm {
  /** Runs one request (`{"request": …}` as a line of the wire) and calls `done` once with the outcome as JSON text. */
  run(requestText: string, done: (outcomeText: string) => void): void;
  /** A timer of the realm is due. */
  fire(id: number): void;
}

type Callback = (...args: unknown[]) => unknown;

/**
 * Sets up the realm's globals (console, timers, performance) and tfjs, and returns what the harness
 * calls. Everything it uses later is taken now: student code may replace any global or prototype.
 */
export function install(host: RealmHost): Realm {
  const stringify = JSON.stringify;
  const toText = String;
  const apply = Reflect.apply;
  const global = globalThis as unknown as Record<string, unknown>;
  // Every call out to the harness is caught here and never rethrown: an error raised while in the
  // harness's functions (a stack overflow at their entry, say) is an object of the harness's
  // context, and its constructor's constructor would be that context's `Function`.
  const outside =
    <A extends unknown[], R>(call: (...args: A) => R, otherwise: R) =>
    (...args: A): R => {
      try {
        return apply(call, undefined, args) as R;
      } catch {
        return otherwise;
      }
    };
  const print = outside(host.print, undefined);
  const now = outside(host.now, 0);
  const schedule = outside(host.schedule, undefined);
  const cancel = outside(host.cancel, undefined);
  const compileOutside = outside(host.compile, "the code could not be compiled");
  const intrinsics = intrinsicNames.map((name) => global[name]);
  const compile = (code: string) => {
    const compiled = compileOutside(code);
    if (typeof compiled === "string") throw new SyntaxError(compiled);
    return (exports: unknown, require: unknown, module: unknown) =>
      apply(compiled, undefined, [exports, require, module, ...intrinsics]);
  };

  // Node's own stack-trace hook reads the `Error.prepareStackTrace` of an error's context; fixed to
  // nothing here, student code cannot have call sites handed to it (frames of the harness included).
  for (const [target, name, value] of [
    [Error, "prepareStackTrace", undefined],
    [global, "Error", Error]
  ] as const) {
    Object.defineProperty(target, name, {value, writable: false, configurable: false, enumerable: false});
  }

  const format = (args: unknown[]): string => {
    let text = "";
    for (let i = 0; i < args.length; ++i) {
      let part: string;
      try {
        part = typeof args[i] === "string" ? (args[i] as string) : toText(args[i]);
      } catch {
        part = "[unprintable]";
      }
      text += (i ? " " : "") + part;
    }
    return text + "\n";
  };
  const log = (...args: unknown[]) => print(format(args));
  global.console = {log, info: log, warn: log, error: log, debug: log, trace: log};

  const timers: Record<number, {callback: Callback; args: unknown[]; ms: number; repeat: boolean} | undefined> =
    Object.create(null) as Record<number, undefined>;
  let lastTimer = 0;
  const start =
    (repeat: boolean) =>
    (callback: unknown, ms?: unknown, ...args: unknown[]) => {
      const id = ++lastTimer;
      const delay = Math.max(0, Number(ms) || 0);
      if (typeof callback === "function") {
        timers[id] = {callback: callback as Callback, args, ms: delay, repeat};
        schedule(id, delay);
      }
      return id;
    };
  const stop = (id: unknown) => {
    const key = Number(id);
    if (!timers[key]) return;
    timers[key] = undefined;
    cancel(key);
  };
  global.setTimeout = start(false);
  global.setInterval = start(true);
  global.setImmediate = (callback: unknown, ...args: unknown[]) => start(false)(callback, 0, ...args);
  global.clearTimeout = global.clearInterval = global.clearImmediate = stop;
  global.queueMicrotask = (callback: Callback) => void Promise.resolve().then(() => callback());
  global.performance = {now: () => now()};

  setGraderBaselineInRealm(host.baseline === true);
  const ready = setUpTf(host.baseline !== true);
  const modules = submissionModules(tf as unknown as TF, initializers);

  return {
    run(requestText, done) {
      let answered = false;
      const finish = outside(done, undefined);
      const answer = (text: string) => {
        if (answered) return;
        answered = true;
        finish(text);
      };
      const failed = (error: unknown) =>
        answer(outcomeText({kind: "crashed", message: `the sandbox failed: ${describe(error)}`}, stringify));
      try {
        const {request} = decodeLine(requestText) as {request: RunRequest};
        ready
          .then(() => runSubmission(request, tf as unknown as TF, modules, undefined, compile))
          .then((outcome) => answer(outcomeText(outcome, stringify)), failed);
      } catch (error) {
        failed(error);
      }
    },
    fire(id) {
      const timer = timers[id];
      if (!timer) return;
      if (timer.repeat) schedule(id, timer.ms);
      else timers[id] = undefined;
      try {
        apply(timer.callback, undefined, timer.args);
      } catch {
        // a stray error of student code ends nothing
      }
    }
  };
}

/**
 * tfjs as in the grader (production mode, the `cpu` backend), on a platform of this realm's own:
 * the context is neither a browser nor Node, and tfjs needs a clock and a text codec.
 */
async function setUpTf(fastKernels: boolean): Promise<void> {
  tf.setPlatform("convlab-sandbox", {
    fetch: () => Promise.reject(new Error("no network in the sandbox")),
    now: () => (globalThis as unknown as {performance: {now(): number}}).performance.now(),
    encode: (text: string) => {
      const binary = unescape(encodeURIComponent(text));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
      return bytes;
    },
    decode: (bytes: Uint8Array) => {
      let binary = "";
      for (let i = 0; i < bytes.length; ++i) binary += String.fromCharCode(bytes[i]);
      return decodeURIComponent(escape(binary));
    },
    isTypedArray: (value: unknown): value is Float32Array | Int32Array | Uint8Array | Uint8ClampedArray =>
      value instanceof Float32Array ||
      value instanceof Int32Array ||
      value instanceof Uint8Array ||
      value instanceof Uint8ClampedArray
  } as unknown as Parameters<typeof tf.setPlatform>[1]);
  tf.enableProdMode();
  if (!(await tf.setBackend("cpu"))) throw new Error("the tfjs 'cpu' backend failed to start");
  await tf.ready();
  registerFastCpuConv(fastKernels);
}

/** The outcome as JSON text; what cannot be encoded (a cycle, a BigInt) becomes that case's error, not the end of the run. */
export function outcomeText(outcome: RunOutcome, stringify: typeof JSON.stringify): string {
  try {
    return encodeLine(outcome, stringify).slice(0, -1);
  } catch {
    // below: case by case
  }
  if (outcome.kind === "ran") {
    const results = outcome.results.map((result) => {
      try {
        encodeLine(result, stringify);
        return result;
      } catch (error) {
        return {id: result.id, error: `the result cannot be sent back: ${describe(error)}`};
      }
    });
    try {
      return encodeLine({kind: "ran", results}, stringify).slice(0, -1);
    } catch {
      // below: text that needs no JSON.stringify at all
    }
  }
  return `{"kind":"crashed","message":"the result cannot be sent back"}`;
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an error that cannot be printed";
  }
}
