import type {LockOwner} from "./buildLock.js";

/** A build that failed; `log` is what it printed. */
export declare class SiteBuildFailed extends Error {
  readonly log: string;
  constructor(log: string);
}

/**
 * Builds dist/ unless it is current (siteStamp.js), under the build lock (buildLock.js), and resolves to
 * whether it built. Rejects with a SiteBuildFailed when the build fails; aborting `signal` stops a
 * build under way and rejects.
 */
export declare function ensureSite(options?: {
  signal?: AbortSignal;
  ceilingMs?: number;
  onWait?: (owner: LockOwner | undefined) => void;
  onBuild?: () => void;
}): Promise<boolean>;
