import {spawn, type ChildProcess} from "node:child_process";
import {closeSync, fstatSync, ftruncateSync, mkdtempSync, openSync, readFileSync, readSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Duplex} from "node:stream";
import {graderBaseline} from "../core/caches.js";
import type {RunOutcome, RunRequest} from "./protocol.js";
import {cpuWaitNs, RunClock} from "./runClock.js";
import {sandboxProgram, sandboxV8Flags} from "./sandboxBundle.js";
import {isolatedCommand, sandboxIsolation} from "./sandboxIsolation.js";
import {
  decodeLine,
  defaultResultLimits,
  encodeLine,
  LineReader,
  withinShape,
  type ResultLimits
} from "./sandboxWire.js";

export interface SandboxLimits {
  /**
   * Seconds for one run (one exercise's visible or hidden checks), start-up included: wall-clock time
   * less the time the process waited for a CPU that other processes held (see runClock.ts).
   */
  seconds: number;
  /** The JavaScript heap, in megabytes; typed arrays and tensors may take as much again. */
  memoryMB: number;
  /** What one run may print (stdout and stderr together); more stops the process. */
  outputBytes: number;
}

/** Why the grader stopped a sandbox process, when it was not the clock. */
export type SandboxLimitKind = "memory" | "output" | "result-size";

/** One run's result: the outcome, whether the process had started on it, and the start of what it printed. */
export interface SandboxRun {
  outcome: RunOutcome;
  /** The outcome is the sandbox's own answer; otherwise the grader stopped the run (timeout, limit, crash). */
  answered: boolean;
  /** The process acknowledged the request: whatever happened next happened while running it. */
  started: boolean;
  /** At most 64 KB of what the run printed; never shown to a student (it could hold hidden inputs). */
  output: string;
  /** Set when the process was stopped for going over a limit. */
  limit?: SandboxLimitKind;
}

/**
 * glibc's allocator, where typed arrays' memory comes from (tensors, weights): large blocks in
 * transparent huge pages, and blocks up to 32 MB taken from and given back to a heap that keeps up to
 * 64 MB free. A run allocates and frees hundreds of megabytes (ResNet-50's weights alone are 94 MB),
 * and on a virtual machine each new 4 KB page of a fresh mapping costs a fault that can take tens of
 * microseconds: drawing ResNet-50's behaviour weights took 0.6 s, most of it page faults. Only how
 * memory is obtained changes: the kernel's limits (`prlimit`) and the grader's watchdog still count it.
 */
const mallocTunables =
  "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=67108864";

/** The longest result line the grader reads when a request does not say; a longer one stops the process. */
export const maxResultBytes = defaultResultLimits.bytes;
/** The lines that say a run started, and anything before the result, are short. */
const maxNoticeBytes = 256;
const keptOutputBytes = 64 * 1024;
const watchdogMs = 100;

interface PendingRun {
  seq: number;
  started: boolean;
  finish(run: Omit<SandboxRun, "started" | "output" | "answered">, answered?: boolean): void;
}

/**
 * One sandbox process (src/run/nodeSandbox.ts) inside whatever isolation the machine allows, and
 * the grader's side of its wire. It runs requests one at a time, each against its own clock; a
 * watchdog checks its memory and what it printed. After a timeout, a crash or a limit the process
 * is gone: start another.
 */
export class SandboxProcess {
  private seq = 0;
  private pending: PendingRun | undefined;
  private resultLimits: ResultLimits = defaultResultLimits;
  private readonly reader = new LineReader(maxNoticeBytes);
  private exited: {code: number | null; signal: NodeJS.Signals | null} | undefined;
  private innerPid: number | undefined;
  /** Set once the process has been given a request. */
  used = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly wire: Duplex,
    private readonly outputFd: number,
    private readonly folder: string,
    private readonly limits: SandboxLimits,
    private readonly namespaced: boolean
  ) {
    // Lines are cut as they stream in; one longer than the pending run allows is refused before it is
    // even put together (the reader stops and keeps nothing), and the process with it.
    wire.on("data", (chunk: Buffer) => {
      for (const line of this.reader.push(chunk)) this.receive(line);
      if (this.reader.overflowed) this.fail(this.resultSizeLimit());
    });
    wire.on("error", () => undefined);
    child.once("error", (error) => this.ended(null, null, error.message));
    child.once("exit", (code, signal) => this.ended(code, signal));
  }

  /** Starts a process; `cpuSeconds` bounds its CPU time over all its runs (the kernel enforces it). */
  static async start(limits: SandboxLimits, cpuSeconds: number): Promise<SandboxProcess> {
    const program = await sandboxProgram(limits.memoryMB);
    const isolation = sandboxIsolation();
    const v8Flags = sandboxV8Flags(limits.memoryMB);
    const node = program.snapshot
      ? ["--snapshot-blob", program.snapshot, "--experimental-permission", "--no-warnings", ...v8Flags]
      : ["--experimental-permission", `--allow-fs-read=${program.script}`, "--no-warnings", ...v8Flags, program.script];
    const {command, args} = isolatedCommand(
      isolation,
      {dataBytes: 2 * limits.memoryMB * 2 ** 20 + 256 * 2 ** 20, cpuSeconds, fileBytes: limits.outputBytes},
      process.execPath,
      node
    );
    const folder = mkdtempSync(join(tmpdir(), "convlab-sandbox-"));
    // A file, not a pipe: the kernel caps its size (prlimit --fsize), and the process gets no socket
    // object to reuse. Removed at once: the open descriptor is all that is needed, and nothing is left
    // behind however the grader ends.
    const outputFd = openSync(join(folder, "output.txt"), "a+");
    removeFolder(folder);
    const child = spawn(command, args, {
      cwd: "/",
      // The switches of src/core/caches.ts are passed on, so that the grader without them is measurable.
      env: {
        NODE_ENV: "production",
        ...(process.env.CONVLAB_NO_CACHE ? {CONVLAB_NO_CACHE: process.env.CONVLAB_NO_CACHE} : {}),
        ...(graderBaseline() ? {CONVLAB_GRADER_BASELINE: "1"} : {GLIBC_TUNABLES: mallocTunables})
      },
      stdio: ["ignore", outputFd, outputFd, "pipe"]
    });
    return new SandboxProcess(child, child.stdio[3] as Duplex, outputFd, folder, limits, !!isolation.namespaces);
  }

  get alive(): boolean {
    return !this.exited;
  }

  /**
   * Runs one request with `seconds` on the clock. Its result may be at most as large as `limits`
   * say (by default: the most any exercise needs); a larger one ends the run unread.
   */
  run(request: RunRequest, seconds: number, limits: ResultLimits = defaultResultLimits): Promise<SandboxRun> {
    this.used = true;
    const seq = ++this.seq;
    if (this.exited)
      return Promise.resolve({
        outcome: {kind: "crashed", message: this.exitDescription()},
        answered: false,
        started: false,
        output: ""
      });
    ftruncateSync(this.outputFd, 0);
    this.resultLimits = limits;
    this.reader.maxBytes = limits.bytes;
    return new Promise((resolve) => {
      const clock = new RunClock(() => {
        const pid = this.nodePid();
        return pid === undefined ? undefined : cpuWaitNs(pid);
      });
      const watchdog = setInterval(() => {
        this.watch();
        // A process that has ended is reported as such (ended()), however late: never as a timeout.
        if (this.pending?.seq !== seq || this.exited || clock.elapsedMs() < seconds * 1000) return;
        // A result that arrived while the grader was busy is read in this loop turn's poll phase: count it.
        setImmediate(
          () => this.pending?.seq === seq && !this.exited && this.fail({outcome: {kind: "timeout", seconds}})
        );
      }, watchdogMs);
      this.pending = {
        seq,
        started: false,
        finish: (result, answered = false) => {
          clearInterval(watchdog);
          const started = this.pending?.started ?? false;
          this.pending = undefined;
          resolve({...result, answered, started, output: this.readOutput()});
        }
      };
      this.wire.write(encodeLine({seq, resultBytes: limits.bytes, request}));
    });
  }

  /** Stops the process (the kernel then stops what runs inside its namespace). */
  kill(): void {
    if (this.exited) return;
    if (this.innerPid && this.innerPid !== this.child.pid) {
      try {
        process.kill(this.innerPid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    this.child.kill("SIGKILL");
  }

  /**
   * One line from the process: `{seq, started}`, `{seq, tooLarge}`, or `{seq, result}` with the
   * outcome as JSON text in a string. Nothing in it is believed but what the grader checks: the
   * outcome is parsed only when within the run's limits, and a process is kept for the next run only
   * if it answered this one (see nodeRunner.ts), whatever it says.
   */
  private receive(line: string): void {
    const pending = this.pending;
    if (!pending) return;
    const notResult = {outcome: {kind: "crashed", message: "the sandbox sent something that is not a result"}} as const;
    let message: {seq?: unknown; started?: unknown; result?: unknown; tooLarge?: unknown};
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      return this.fail(notResult);
    }
    if (!message || typeof message !== "object" || message.seq !== pending.seq) return;
    if (message.started === true) pending.started = true;
    if (message.tooLarge === true) return this.fail(this.resultSizeLimit());
    if (message.result === undefined) return;
    if (this.printedTooMuch()) return this.fail(this.outputLimit());
    const text = message.result;
    if (typeof text !== "string") return this.fail(notResult);
    if (text.length > this.resultLimits.bytes || !withinShape(text, this.resultLimits))
      return this.fail(this.resultSizeLimit());
    let outcome: RunOutcome;
    try {
      outcome = decodeLine(text) as RunOutcome;
    } catch {
      return this.fail(notResult);
    }
    if (!outcome || typeof outcome !== "object" || Array.isArray(outcome)) return this.fail(notResult);
    pending.finish({outcome}, true);
  }

  private resultSizeLimit(): Omit<SandboxRun, "started" | "output" | "answered"> {
    return {outcome: {kind: "crashed", message: "its result is larger than its checks allow"}, limit: "result-size"};
  }

  /** Ends the pending run with `result` and the process with it. */
  private fail(result: Omit<SandboxRun, "started" | "output" | "answered">): void {
    if (!this.pending) return;
    this.kill();
    this.pending.finish(result);
  }

  private watch(): void {
    if (this.printedTooMuch()) return this.fail(this.outputLimit());
    const rss = this.residentBytes();
    if (rss !== undefined && rss > 2 * this.limits.memoryMB * 2 ** 20 + 512 * 2 ** 20) {
      this.fail({
        outcome: {kind: "crashed", message: `it used more than its memory (${rss >> 20} MB)`},
        limit: "memory"
      });
    }
  }

  private printedTooMuch(): boolean {
    try {
      return fstatSync(this.outputFd).size >= this.limits.outputBytes;
    } catch {
      return false;
    }
  }

  private outputLimit(): Omit<SandboxRun, "started" | "output" | "answered"> {
    return {
      outcome: {kind: "crashed", message: `it printed more than ${this.limits.outputBytes} bytes`},
      limit: "output"
    };
  }

  /** The Node process's id (inside unshare, the child of the child), once it can be found in /proc. */
  private nodePid(): number | undefined {
    if (this.innerPid === undefined && this.child.pid !== undefined) {
      try {
        this.innerPid = this.namespaced
          ? Number(
              readFileSync(`/proc/${this.child.pid}/task/${this.child.pid}/children`, "utf8").trim().split(/\s+/)[0]
            ) || undefined
          : this.child.pid;
      } catch {
        return undefined;
      }
    }
    return this.innerPid;
  }

  /** The resident memory of the Node process, from /proc. */
  private residentBytes(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.nodePid()}/status`, "utf8");
      const kilobytes = /VmRSS:\s*(\d+)/.exec(status)?.[1];
      return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
    } catch {
      return undefined;
    }
  }

  private readOutput(): string {
    try {
      const size = Math.min(fstatSync(this.outputFd).size, keptOutputBytes);
      const buffer = Buffer.alloc(size);
      readSync(this.outputFd, buffer, 0, size, 0);
      return buffer.toString("utf8");
    } catch {
      return "";
    }
  }

  /** The last bytes printed: where Node writes why it died. */
  private outputTail(): string {
    try {
      const size = fstatSync(this.outputFd).size;
      const length = Math.min(size, 4096);
      const buffer = Buffer.alloc(length);
      readSync(this.outputFd, buffer, 0, length, size - length);
      return buffer.toString("utf8");
    } catch {
      return "";
    }
  }

  private ended(code: number | null, signal: NodeJS.Signals | null, error?: string): void {
    if (this.exited) return;
    this.exited = {code, signal};
    const outOfMemory = /heap out of memory|Allocation failed|out of memory/i.test(this.outputTail());
    // A result already on the wire arrives before the exit is acted on.
    setTimeout(() => {
      this.fail(
        outOfMemory
          ? {outcome: {kind: "crashed", message: "it ran out of memory"}, limit: "memory"}
          : {
              outcome: {
                kind: "crashed",
                message: error ? `the sandbox could not start: ${error}` : this.exitDescription()
              }
            }
      );
      this.cleanUp();
    }, 50);
  }

  /** Says how the process ended, never what it printed: output could carry a hidden check's inputs. */
  private exitDescription(): string {
    const {code, signal} = this.exited ?? {code: null, signal: null};
    return `the process ended before the checks finished (${signal ? `signal ${signal}` : `exit code ${code}`})`;
  }

  private cleanUp(): void {
    try {
      closeSync(this.outputFd);
    } catch {
      // closed already
    }
    removeFolder(this.folder);
  }
}

function removeFolder(folder: string): void {
  try {
    rmSync(folder, {recursive: true, force: true});
  } catch {
    // Windows keeps a folder with an open file: removed again at the end.
  }
}
