/**
 * The grader's sandbox process. It reads run requests, one JSON line each, from file descriptor 3,
 * answers `{seq, started}` as soon as it has one (so the grader knows whose time it is), runs the
 * submission and writes back `{seq, outcome}`. It serves every exercise of one submission in turn.
 *
 * It is bundled to one CommonJS file and, where Node can, to a startup snapshot with TensorFlow.js
 * already loaded (see sandboxBundle.ts); it starts under Node's permission model with nothing
 * readable, so the submission's source, like everything else, arrives on the wire. Between two
 * requests it blocks in a read, so nothing a submission left scheduled runs in the meantime.
 */
import {readSync, writeSync} from "node:fs";
import {startupSnapshot} from "node:v8";
import {setupNodeTf} from "../backends/node.js";
import * as initializers from "../initializers/index.js";
import type {RunOutcome, RunRequest} from "./protocol.js";
import {runSubmission} from "./runSubmission.js";
import {watchIntegrity} from "./sandboxIntegrity.js";
import {trackTimers} from "./sandboxTimers.js";
import {lockDown} from "./sandboxLockdown.js";
import {encodeLine, LineReader} from "./sandboxWire.js";
import {submissionModules} from "./submissionModules.js";

/** The wire to the grader: a socket the grader passes as the child's fourth stdio entry. */
const channelFd = 3;
/** Requests come from the grader, which is trusted; this only bounds a broken one. */
const maxRequestBytes = 256 * 1024 * 1024;

/** What the loop needs, taken before any student code runs (which may replace globals). */
interface Channel {
  read(): string | undefined;
  write(text: string): void;
  exit(code: number): never;
  stringify: typeof JSON.stringify;
  parse: typeof JSON.parse;
}

function openChannel(): Channel {
  const [read, write, stringify, parse, from] = [
    readSync,
    writeSync,
    JSON.stringify,
    JSON.parse,
    Buffer.from.bind(Buffer)
  ];
  const reallyExit = (process as unknown as {reallyExit: (code: number) => never}).reallyExit.bind(process);
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
          count = read(channelFd, buffer, 0, buffer.length, null);
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
      const bytes = from(text, "utf8");
      for (let offset = 0; offset < bytes.length;) {
        try {
          offset += write(channelFd, bytes, offset, bytes.length - offset);
        } catch (error) {
          retrying(error);
        }
      }
    },
    exit: reallyExit,
    stringify,
    parse
  };
}

/**
 * The outcome as one line; what cannot be encoded (a cycle, a BigInt) becomes that case's error,
 * not the end of the run. `tainted` tells the grader not to reuse this process.
 */
function outcomeLine(seq: number, outcome: RunOutcome, tainted: boolean, stringify: typeof JSON.stringify): string {
  try {
    return encodeLine({seq, tainted, outcome}, stringify);
  } catch {
    // below: case by case
  }
  if (outcome.kind === "ran") {
    const results = outcome.results.map((result) => {
      try {
        encodeLine(result, stringify);
        return result;
      } catch (error) {
        return {id: result.id, error: `the result cannot be sent back: ${describeError(error)}`};
      }
    });
    try {
      return encodeLine({seq, tainted, outcome: {kind: "ran", results}}, stringify);
    } catch {
      // below: a line that needs no JSON.stringify at all
    }
  }
  return `{"seq":${Number(seq)},"tainted":true,"outcome":{"kind":"crashed","message":"the result cannot be sent back"}}\n`;
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an error that cannot be printed";
  }
}

async function serve(): Promise<void> {
  const channel = openChannel();
  const tf = await setupNodeTf();
  const modules = submissionModules(tf, initializers);
  // A submission's stray asynchronous error must not end the process that serves its other exercises.
  process.on("uncaughtException", () => undefined);
  process.on("unhandledRejection", () => undefined);
  const timers = trackTimers();
  lockDown();
  const tainted = watchIntegrity([
    tf,
    tf.Tensor.prototype,
    tf.LayersModel.prototype,
    tf.layers,
    ...Object.values(modules).filter((module): module is object => typeof module === "object" && module !== null)
  ]);
  for (let line = channel.read(); line !== undefined; line = channel.read()) {
    const {seq, request} = channel.parse(line) as {seq: number; request: RunRequest};
    channel.write(`{"seq":${Number(seq)},"started":true}\n`);
    let outcome: RunOutcome;
    try {
      outcome = await runSubmission(request, tf, modules);
    } catch (error) {
      outcome = {kind: "crashed", message: `the sandbox failed: ${describeError(error)}`};
    }
    timers.cancelAll();
    channel.write(outcomeLine(seq, outcome, tainted(), channel.stringify));
  }
  channel.exit(0);
}

function start(): void {
  const reallyExit = (process as unknown as {reallyExit: (code: number) => never}).reallyExit.bind(process);
  serve().catch(() => reallyExit(70));
}

// Built into a startup snapshot, the bundle only registers what runs when the snapshot starts.
if (startupSnapshot?.isBuildingSnapshot?.()) startupSnapshot.setDeserializeMainFunction(start);
else start();
