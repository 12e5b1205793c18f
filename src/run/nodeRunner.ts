import {graderBaseline} from "../core/caches.js";
import type {RunOutcome, RunRequest} from "./protocol.js";
import {SandboxProcess, type SandboxLimitKind, type SandboxLimits} from "./sandboxProcess.js";
import {defaultResultLimits, type ResultLimits} from "./sandboxWire.js";

export type {ResultLimits, SandboxLimitKind, SandboxLimits};

export const defaultLimits: SandboxLimits = {seconds: 30, memoryMB: 1024, outputBytes: 1024 * 1024};

/** A run's outcome as the grader sees it: what the sandbox answered, or why it did not. */
export type SandboxOutcome = RunOutcome & {
  /** The start of what the run printed (at most 64 KB), for the instructor, never for the student. */
  output: string;
  /** Set when the process was stopped for going over a limit. */
  limit?: SandboxLimitKind;
};

/** The sandbox process could not be started at all: a problem of this machine, not of a submission. */
export class SandboxStartError extends Error {}

/**
 * The sandbox process that serves one submission's runs, each in a vm context made for it alone
 * (see nodeSandbox.ts). A process is kept for the next run only while its runs answer: after a
 * timeout, a crash, a limit or anything else it is killed and the next run gets a new one. One
 * exercise that hangs or crashes costs the others nothing, and no process ever serves two
 * submissions. A process that is found dead before it took its request is replaced once, and so is
 * a kept process that does not take the next request (a run that left an endless chain of promises
 * behind): that run starts again in a new process.
 *
 * With the grader's baseline switch (src/core/caches.ts), every run gets a process of its own, as
 * before, and the next run's process starts while a run goes on (`more`).
 */
export class SandboxSession {
  private current: Promise<SandboxProcess> | undefined;
  /** The process whose last run answered: the next run's, unless it died since. */
  private kept: SandboxProcess | undefined;
  private starts = 0;
  private readonly oneRunPerProcess = graderBaseline();

  /** `cpuSeconds` bounds each process's CPU time in all (a kernel backstop behind the per-run clocks). */
  constructor(
    private readonly limits: SandboxLimits = defaultLimits,
    private readonly cpuSeconds = 10 * limits.seconds
  ) {}

  /** Starts the next run's process now, so that its start-up overlaps other work. */
  warmUp(): void {
    if (this.kept?.alive) return;
    if (!this.current) ++this.starts;
    this.current ??= SandboxProcess.start(this.limits, this.cpuSeconds);
    this.current.catch(() => (this.current = undefined));
  }

  /**
   * Runs one request with `seconds` on the clock (the limits' seconds unless given), in a context of
   * its own; its result may be as large as `resultLimits` say (see src/grader/resultLimits.ts), no
   * larger. With `more` and the baseline switch, the next run's process starts while this one runs.
   */
  async run(
    request: RunRequest,
    seconds = this.limits.seconds,
    resultLimits: ResultLimits = defaultResultLimits,
    {more = false}: {more?: boolean} = {}
  ): Promise<SandboxOutcome> {
    let sandbox = this.kept?.alive ? this.kept : undefined;
    const reused = !!sandbox;
    this.kept = undefined;
    if (!sandbox) {
      sandbox = await this.started();
      this.current = undefined;
      if (!sandbox.alive) sandbox = await this.started();
      this.current = undefined;
    }
    if (more && this.oneRunPerProcess) this.warmUp();
    const {outcome, answered, started, output, limit} = await sandbox.run(request, seconds, resultLimits);
    if (answered && !this.oneRunPerProcess && sandbox.alive) this.kept = sandbox;
    else sandbox.kill();
    if (answered) return {...outcome, output};
    // A kept process that never took the request: what the last run left behind holds it. A new one runs it.
    if (!started && reused) return this.run(request, seconds, resultLimits, {more});
    if (!started)
      throw new SandboxStartError(
        `the sandbox process did not start: ${outcome.kind === "crashed" ? outcome.message : outcome.kind}${output ? `\n${output}` : ""}`
      );
    return {...outcome, output, ...(limit ? {limit} : {})};
  }

  /** Processes started so far: one per submission while its runs answer, one more after each run that did not. */
  get processesStarted(): number {
    return this.starts;
  }

  private started(): Promise<SandboxProcess> {
    this.warmUp();
    return this.current!;
  }

  /** Stops the current process. */
  close(): void {
    const current = this.current;
    this.current = undefined;
    this.kept?.kill();
    this.kept = undefined;
    current?.then((sandbox) => sandbox.kill()).catch(() => undefined);
  }
}

/**
 * Runs one request in a sandbox process of its own: no file is readable (the source arrives on the
 * wire), nothing may be written, spawned or started as a worker; where the machine allows, no
 * network and no other process is reachable (see sandboxIsolation.ts).
 */
export async function runInSandbox(
  request: RunRequest,
  limits: SandboxLimits = defaultLimits
): Promise<SandboxOutcome> {
  const session = new SandboxSession(limits, limits.seconds + 10);
  try {
    return await session.run(request, limits.seconds);
  } finally {
    session.close();
  }
}
