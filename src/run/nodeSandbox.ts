/**
 * The grader's sandbox process: the harness around one run. It reads one request, a JSON line
 * `{seq, resultBytes, request}`, from file descriptor 3, answers `{seq, started}`, runs the request
 * and writes back `{seq, result}` (the outcome as JSON text, in a string), then ends: a process
 * serves one run, so nothing a submission did to it outlives that run (see nodeRunner.ts).
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
/** V8's compiled code of the realm, made when the startup snapshot is built: a start saves compiling 2 MB. */
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
function createRealm(): Realm {
  // The context's global object stands in front of this object: with a prototype, `globalThis.constructor`
  // would be this context's `Object`. No code from strings in the realm (`eval`, `Function`): code
  // made that way would get Node's own `import()`, which answers with errors of this context.
  const context = createContext(Object.create(null) as object, {
    codeGeneration: {strings: false, wasm: false},
    importModuleDynamically: refuseImport as never
  });
  const script = new Script(realmSource, {
    filename: realmFile,
    importModuleDynamically: refuseImport as never,
    ...(realmCache ? {cachedData: realmCache} : {})
  });
  const exports = script.runInContext(context) as {install(host: RealmHost): Realm};
  const handles = new Map<number, NodeJS.Timeout>();
  let fire: Realm["fire"] = () => undefined;
  const host: RealmHost = {
    baseline: graderBaseline(),
    print(text) {
      if (typeof text !== "string") return;
      try {
        writeSync(1, text);
      } catch {
        // the output limit: the grader stops the process
      }
    },
    now: () => performance.now(),
    schedule(id, ms) {
      if (typeof id !== "number" || typeof ms !== "number") return;
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
      if (typeof code !== "string") return "not code";
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
  return {run: installed.run, fire};
}

function start(): void {
  const reallyExit = (process as unknown as {reallyExit: (code: number) => never}).reallyExit.bind(process);
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  try {
    const channel = openChannel();
    const realm = createRealm();
    // A submission's stray asynchronous error must not end the process before it answers.
    process.on("uncaughtException", () => undefined);
    process.on("unhandledRejection", () => undefined);
    lockDown();
    const line = channel.read();
    if (line === undefined) return reallyExit(0);
    const {seq, resultBytes, request} = parse(line) as {seq: number; resultBytes: number; request: unknown};
    const sequence = Number(seq);
    channel.write(`{"seq":${sequence},"started":true}\n`);
    let answered = false;
    realm.run(stringify({request}), (text) => {
      if (answered) return;
      answered = true;
      // Refused here already, to spare the pipe: the grader refuses it anyway (sandboxProcess.ts).
      if (typeof text !== "string" || text.length > resultBytes) channel.write(`{"seq":${sequence},"tooLarge":true}\n`);
      else channel.write(`{"seq":${sequence},"result":${stringify(text)}}\n`);
      reallyExit(0);
    });
  } catch (error) {
    // Before any student code runs, or the harness's own failure: for the instructor's eyes (stderr).
    try {
      writeSync(2, `the sandbox failed: ${String((error as Error)?.stack ?? error)}\n`);
    } catch {
      // nothing more to say
    }
    reallyExit(70);
  }
}

// Built into a startup snapshot, the bundle only registers what runs when the snapshot starts.
if (startupSnapshot?.isBuildingSnapshot?.()) {
  realmCache = new Script(realmSource, {filename: realmFile}).createCachedData();
  startupSnapshot.setDeserializeMainFunction(start);
} else start();
