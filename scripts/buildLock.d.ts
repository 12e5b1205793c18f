/** The course's build lock (`.convlab/build.lock`). */
export declare const siteBuildLock: string;

/** Who holds a lock: written inside it before it exists under its name, so a lock always says its owner. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner process started, as the kernel counts it (/proc/<pid>/stat), to tell a reused pid apart. */
  processStart: string | null;
  /** When the lock was taken (ISO time), for the message of someone waiting. */
  since: string;
}

/** The start time of a live process (field 22 of /proc/<pid>/stat), or null where the kernel does not say. */
export declare function processStart(pid: number): string | null;

/** Whether the lock's owner is known to be gone (a process of this machine that no longer runs, or a reused pid). */
export declare function ownerIsDead(owner: LockOwner): boolean;

/**
 * Takes the lock at `lockPath` (a folder) for this process and returns its release. A dead owner's lock
 * is taken over at once; a live owner's is waited for, polling, up to `ceilingMs` (then it throws).
 */
export declare function acquireLock(
  lockPath: string,
  options?: {pid?: number; pollMs?: number; ceilingMs?: number; onWait?: (owner: LockOwner | undefined) => void}
): Promise<() => void>;
