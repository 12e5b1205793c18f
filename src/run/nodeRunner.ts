import type {RunOutcome, RunRequest} from "./protocol.js";
import {SandboxProcess, type SandboxLimitKind, type SandboxLimits} from "./sandboxProcess.js";

export type {SandboxLimitKind, SandboxLimits};

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
 * The sandbox processes that serve one submission: one process runs its exercises in turn, and
 * when a run ends in a timeout, a crash or a limit, the next run gets a new process, so one
 * exercise that hangs costs the others nothing. A run that fails before the process even took the
 * request (something an earlier exercise left behind) is retried once in a new process.
 */
export class SandboxSession {
  private current: Promise<SandboxProcess> | undefined;
  private starts = 0;

  /** `cpuSeconds` bounds each process's CPU time in all (a kernel backstop behind the per-run clocks). */
  constructor(
    private readonly limits: SandboxLimits = defaultLimits,
    private readonly cpuSeconds = 10 * limits.seconds
  ) {}

  /** Starts a process now, so that its start-up overlaps the grader's own work. */
  warmUp(): void {
    if (!this.current) ++this.starts;
    this.current ??= SandboxProcess.start(this.limits, this.cpuSeconds);
    this.current.catch(() => (this.current = undefined));
  }

  /** Runs one request with `seconds` on the clock (the limits' seconds unless given). */
  async run(request: RunRequest, seconds = this.limits.seconds): Promise<SandboxOutcome> {
    for (let attempt = 0; ; ++attempt) {
      let sandbox = await this.started();
      if (!sandbox.alive) {
        this.current = undefined;
        sandbox = await this.started();
      }
      const fresh = !sandbox.used;
      const {outcome, answered, tainted, started, output, limit} = await sandbox.run(request, seconds);
      if (answered && tainted) this.retire(sandbox);
      if (answered) return {...outcome, output};
      sandbox.kill();
      this.current = undefined;
      if (!started && fresh)
        throw new SandboxStartError(
          `the sandbox process did not start: ${outcome.kind === "crashed" ? outcome.message : outcome.kind}${output ? `\n${output}` : ""}`
        );
      if (started || attempt > 0) return {...outcome, output, ...(limit ? {limit} : {})};
    }
  }

  /** Processes started so far (one, unless runs timed out, crashed or changed the built-ins). */
  get processesStarted(): number {
    return this.starts;
  }

  private retire(sandbox: SandboxProcess): void {
    sandbox.kill();
    this.current = undefined;
  }

  private started(): Promise<SandboxProcess> {
    this.warmUp();
    return this.current!;
  }

  /** Stops the current process. */
  close(): void {
    const current = this.current;
    this.current = undefined;
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
