import {readFileSync} from "node:fs";

/**
 * How long a process's main thread has waited, ready to run, for a CPU that other processes held:
 * the second field of `/proc/<pid>/schedstat`, in nanoseconds. Undefined where the kernel does not
 * say (not Linux, no schedstat, the process gone).
 */
export function cpuWaitNs(pid: number): number | undefined {
  try {
    const waited = Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").trim().split(/\s+/)[1]);
    return Number.isFinite(waited) ? waited : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The clock of one sandbox run: wall-clock time less the time the sandbox waited for a CPU. A run
 * that computes, sleeps or waits for memory is timed as on an idle machine, so other work on the
 * same cores makes it slower but never turns it into a timeout (nor decides whether a memory bomb
 * is stopped by its memory or by the clock). Where the wait is not known it is plain wall-clock time.
 */
export class RunClock {
  private readonly startedMs: number;
  private readonly waitedAtStart: number | undefined;
  private lastWaited: number | undefined;

  /**
   * `waited()` reads the process's CPU wait in nanoseconds (undefined when unknown). A process that
   * cannot be read when the clock starts has not started yet: its whole wait counts as this run's.
   */
  constructor(
    private readonly waited: () => number | undefined,
    private readonly now: () => number = () => performance.now()
  ) {
    this.startedMs = now();
    this.waitedAtStart = waited();
  }

  /** Milliseconds of the run's own time so far. */
  elapsedMs(): number {
    const waited = this.waited();
    if (waited !== undefined) this.lastWaited = waited;
    const wallMs = this.now() - this.startedMs;
    if (this.lastWaited === undefined) return wallMs;
    return Math.max(0, wallMs - (this.lastWaited - (this.waitedAtStart ?? 0)) / 1e6);
  }
}
