/**
 * The grader's sandbox process: the harness around one submission's runs. It reads a request, a JSON
 * line `{seq, resultBytes, request}`, from file descriptor 3, answers `{seq, started}`, runs the
 * request and writes back `{seq, result}` (the outcome as JSON text, in a string), then waits for the
 * next request of the same submission. The grader keeps a process only while its runs answer; after
 * a timeout, a crash or a limit it is killed and replaced (see nodeRunner.ts), and it never serves
 * another submission.
 *
 * Every run gets a vm context of its own, made for it and never used again: a fresh copy of tfjs,
 * the initializers and JavaScript's built-ins, so nothing a run did in its context (patched
 * built-ins or tfjs, values kept in globals) reaches the next run. The harness holds every timer of
 * a context (the context's `setTimeout` and the like are the harness's `schedule`), and when a run
 * has answered it cancels them all and the context's calls to the harness do nothing from then on.
 * What can outlive a run is only its context's own code, woken by a promise or by V8
 * (`Atomics.waitAsync`, a `FinalizationRegistry`): it reaches nothing but that context's objects and
 * the harness's dead functions, so at most it takes CPU time or memory from the same submission's
 * later runs, which count against their own limits.
 *
 * Student code never runs in this harness's context. It runs in a `node:vm` context of its own
 * (sandboxRealm.ts, bundled with tfjs and evaluated there), which has JavaScript's own globals and
 * what the realm sets up (console, timers, tfjs), and no `process`, `require`, module loader or
 * `import()`. Only the harness holds the channel: in this closure, out of the realm's reach. The
 * realm calls back with strings and numbers only, and the harness hands it nothing but functions
 * that take those: no object of this context, whose `Function` would give `process`, ever crosses.
 * The vm context is not a security boundary on its own: the process still starts under Node's
 * permission model with nothing readable and, where the machine allows, in namespaces of its own.
 *
 * The bundle is built into a startup snapshot where Node can (see sandboxBundle.ts); a vm context
 * cannot be part of one, so the realm is evaluated at start, before the request is read.
 */
import {readSync, writeSync} from "node:fs";
import {startupSnapshot} from "node:v8";
import {compileFunction, createContext, Script} from "node:vm";
import {graderBaseline} from "../core/caches.js";
import type {Realm, RealmHost} from "./sandboxRealm.js";
import {intrinsicNames} from "./sandboxIntrinsics.js";
import {lockDown} from "./sandboxLockdown.js";
import {LineReader} from "./sandboxWire.js";

/** The realm's bundle (sandboxRealm.ts with tfjs), put here as text when the sandbox is bundled. */
declare const CONVLAB_SANDBOX_REALM: string;

/** The wire to the grader: a pipe the grader passes as the child's fourth stdio entry. */
const channelFd = 3;
/** Requests come from the grader, which is trusted; this only bounds a broken one. */
const maxRequestBytes = 256 * 1024 * 1024;

/**
 * The realm's bundle as one expression, its `realm` variable kept out of the context's global object
 * and JavaScript's globals passed in as local variables (see sandboxIntrinsics.ts).
 */
const realmSource = `(function (${intrinsicNames.join(", ")}) {\n${CONVLAB_SANDBOX_REALM}\nreturn realm;\n})(${intrinsicNames.join(", ")})`;
const realmFile = "convlab-sandbox-realm.js";
/**
 * The realm's script, compiled once per process and run in every run's fresh context: the compiled
 * code is shared, the objects it makes are not. It is compiled from V8's code cache, made when the
 * startup snapshot is built (compiling 2 MB costs about 0.1 s); a cache consumed again for every
 * context, as before, cost more than it saved (about 0.4 s of CPU over a submission's twelve runs).
 */
let realmScript: Script | undefined;
/** V8's code cache of the realm's script, made when the startup snapshot is built. */
let realmCache: Buffer | undefined;

/** Refuses `import()` with a string: an Error made here would carry this context's `Function` into the realm. */
function refuseImport(): never {
  throw "import() is not allowed in a submission: import tfjs and the course's modules with import … from";
}

interface Channel {
  read(): string | undefined;
  write(text: string): void;
}

function openChannel(): Channel {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const retrying = (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    Atomics.wait(pause, 0, 0, 5);
  };
  const reader = new LineReader(maxRequestBytes);
  const lines: string[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  return {
    read() {
      while (!lines.length) {
        let count: number;
        try {
          count = readSync(channelFd, buffer, 0, buffer.length, null);
        } catch (error) {
          retrying(error);
          continue;
        }
        if (count === 0) return undefined;
        lines.push(...reader.push(buffer.subarray(0, count)));
        if (reader.overflowed) return undefined;
      }
      return lines.shift();
    },
    write(text) {
      const bytes = Buffer.from(text, "utf8");
      for (let offset = 0; offset < bytes.length;) {
        try {
          offset += writeSync(channelFd, bytes, offset, bytes.length - offset);
        } catch (error) {
          retrying(error);
        }
      }
    }
  };
}

/**
 * The realm: a fresh context, the bundle evaluated in it, and its `install` called with the host's
 * functions (each checks its arguments' types and never throws: an error made here would cross).
 */
function createRealm(): Realm & {retire(): void} {
  // The context's global object stands in front of this object: with a prototype, `globalThis.constructor`
  // would be this context's `Object`. No code from strings in the realm (`eval`, `Function`): code
  // made that way would get Node's own `import()`, which answers with errors of this context.
  const context = createContext(Object.create(null) as object, {
    codeGeneration: {strings: false, wasm: false},
    importModuleDynamically: refuseImport as never
  });
  realmScript ??= new Script(realmSource, {
    filename: realmFile,
    importModuleDynamically: refuseImport as never,
    ...(realmCache ? {cachedData: realmCache} : {})
  });
  realmCache = undefined;
  const exports = realmScript.runInContext(context) as {install(host: RealmHost): Realm};
  const handles = new Map<number, NodeJS.Timeout>();
  let fire: Realm["fire"] = () => undefined;
  /** Set when the run is over: whatever of the realm's code still runs (a promise, `Atomics.waitAsync`) gets nothing from the harness. */
  let retired = false;
  const host: RealmHost = {
    baseline: graderBaseline(),
    print(text) {
      if (retired || typeof text !== "string") return;
      try {
        writeSync(1, text);
      } catch {
        // the output limit: the grader stops the process
      }
    },
    now: () => performance.now(),
    schedule(id, ms) {
      if (retired || typeof id !== "number" || typeof ms !== "number") return;
      handles.set(
        id,
        setTimeout(() => {
          handles.delete(id);
          try {
            fire(id);
          } catch {
            // the realm's own failure: its run goes on or times out
          }
        }, ms)
      );
    },
    cancel(id) {
      if (typeof id !== "number") return;
      clearTimeout(handles.get(id));
      handles.delete(id);
    },
    compile(code) {
      if (retired || typeof code !== "string") return "not code";
      try {
        return compileFunction(code, ["exports", "require", "module", ...intrinsicNames], {
          parsingContext: context,
          importModuleDynamically: refuseImport as never
        }) as ReturnType<RealmHost["compile"]>;
      } catch (error) {
        return error instanceof Error ? `${error.name}: ${error.message}` : "the code could not be compiled";
      }
    }
  };
  const installed = exports.install(host);
  fire = installed.fire;
  return {
    run: installed.run,
    fire,
    retire() {
      retired = true;
      fire = () => undefined;
      for (const handle of handles.values()) clearTimeout(handle);
      handles.clear();
    }
  };
}

function start(): void {
  const reallyExit = (process as unknown as {reallyExit: (code: number) => never}).reallyExit.bind(process);
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const failed = (error: unknown): never => {
    // Before any student code runs, or the harness's own failure: for the instructor's eyes (stderr).
    try {
      writeSync(2, `the sandbox failed: ${String((error as Error)?.stack ?? error)}\n`);
    } catch {
      // nothing more to say
    }
    return reallyExit(70);
  };
  // The grader's baseline (src/core/caches.ts): one run per process, as before, and no context made in advance.
  const oneRun = graderBaseline();
  try {
    const channel = openChannel();
    let next: ReturnType<typeof createRealm> | undefined = createRealm();
    // A submission's stray asynchronous error must not end the process before it answers.
    process.on("uncaughtException", () => undefined);
    process.on("unhandledRejection", () => undefined);
    lockDown();
    const serve = (): void => {
      const line = channel.read();
      if (line === undefined) return reallyExit(0);
      const {seq, resultBytes, request} = parse(line) as {seq: number; resultBytes: number; request: unknown};
      const sequence = Number(seq);
      // Every run in a context of its own, made before its request arrived and never used before.
      const realm = next ?? createRealm();
      next = undefined;
      channel.write(`{"seq":${sequence},"started":true}\n`);
      let answered = false;
      realm.run(stringify({request}), (text) => {
        if (answered) return;
        answered = true;
        // The run is over: its timers are cancelled and its calls to the harness do nothing from now on.
        realm.retire();
        // Refused here already, to spare the pipe: the grader refuses it anyway (sandboxProcess.ts).
        if (typeof text !== "string" || text.length > resultBytes)
          channel.write(`{"seq":${sequence},"tooLarge":true}\n`);
        else channel.write(`{"seq":${sequence},"result":${stringify(text)}}\n`);
        if (oneRun) return reallyExit(0);
        // Out of the realm's call stack: the next run's context is made while the grader reads this
        // result, then the next request is waited for.
        setImmediate(() => {
          try {
            next = createRealm();
            serve();
          } catch (error) {
            failed(error);
          }
        });
      });
    };
    serve();
  } catch (error) {
    failed(error);
  }
}

// Built into a startup snapshot, the bundle only registers what runs when the snapshot starts.
if (startupSnapshot?.isBuildingSnapshot?.()) {
  realmCache = new Script(realmSource, {filename: realmFile}).createCachedData();
  startupSnapshot.setDeserializeMainFunction(start);
} else start();
