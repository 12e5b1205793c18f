// The lock that keeps two builds of dist/ apart: `npm start` and the browser tests (and benchmarks)
// take it around "is dist/ current? if not, build it" (siteStamp.js).
import {randomBytes} from "node:crypto";
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {hostname} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

/** The course's build lock. */
export const siteBuildLock = join(dirname(fileURLToPath(import.meta.url)), "..", ".convlab", "build.lock");

const ownerFile = "owner.json";

/** The start time of a live process (field 22 of /proc/<pid>/stat), or null where the kernel does not say. */
export function processStart(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count the fields after it.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM"; // alive, someone else's
  }
}

/**
 * Whether the lock's owner is known to be gone: a process of this machine that no longer runs, or
 * whose pid now belongs to a process started later. An owner on another host (a shared disk) is
 * never presumed dead.
 */
export function ownerIsDead(owner) {
  if (owner.host !== hostname()) return false;
  if (!isAlive(owner.pid)) return true;
  const start = processStart(owner.pid);
  return owner.processStart !== null && start !== null && start !== owner.processStart;
}

function readOwner(lockPath) {
  try {
    return JSON.parse(readFileSync(join(lockPath, ownerFile), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock at `lockPath` (a folder) for this process and returns its release. The folder is
 * made aside with its owner inside, then renamed into place: one rename succeeds, and a lock is
 * never seen without its owner. A lock whose owner is dead (a run that was killed) is taken over at
 * once; a live owner's lock is waited for, polling, up to `ceilingMs` (a ceiling that only catches a
 * hang: then it throws).
 */
export async function acquireLock(lockPath, {pid = process.pid, pollMs = 250, ceilingMs = Infinity, onWait} = {}) {
  mkdirSync(dirname(lockPath), {recursive: true});
  const me = {pid, host: hostname(), processStart: processStart(pid), since: new Date().toISOString()};
  const started = Date.now();
  for (;;) {
    const aside = `${lockPath}.${pid}.${randomBytes(4).toString("hex")}`;
    mkdirSync(aside);
    writeFileSync(join(aside, ownerFile), JSON.stringify(me));
    try {
      renameSync(aside, lockPath); // fails while a lock (a folder with its owner in it) is there
      return () => {
        if (readOwner(lockPath)?.pid === pid) rmSync(lockPath, {recursive: true, force: true});
      };
    } catch {
      rmSync(aside, {recursive: true, force: true});
    }
    const owner = readOwner(lockPath);
    if (owner && ownerIsDead(owner)) {
      takeOver(lockPath, owner);
      continue;
    }
    if (Date.now() - started > ceilingMs) {
      const held = owner ? ` (held by process ${owner.pid} on ${owner.host} since ${owner.since})` : "";
      throw new Error(`waited ${ceilingMs / 60_000} minutes for ${lockPath}${held}; remove it if no build is running`);
    }
    onWait?.(owner);
    await new Promise((resolve) => setTimeout(resolve, pollMs)); // how often to look, not a budget
  }
}

/**
 * Moves a dead owner's lock out of the way. Two waiters may both find it dead: the one whose rename
 * comes second could move the first one's fresh lock, so it checks what it moved and puts a live
 * lock back.
 */
function takeOver(lockPath, dead) {
  const grave = `${lockPath}.stale.${randomBytes(4).toString("hex")}`;
  try {
    renameSync(lockPath, grave);
  } catch {
    return; // someone else moved it
  }
  const moved = readOwner(grave);
  if (moved && (moved.pid !== dead.pid || moved.since !== dead.since)) {
    try {
      renameSync(grave, lockPath);
      return;
    } catch {
      // a third process locked meanwhile: the live lock we moved is lost, its owner releases nothing
    }
  }
  rmSync(grave, {recursive: true, force: true});
}
