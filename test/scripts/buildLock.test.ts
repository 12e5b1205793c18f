import {spawn} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {hostname, tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {acquireLock, ownerIsDead, processStart, type LockOwner} from "../../scripts/buildLock.js";

let folder: string;
let lockPath: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "convlab-lock-test-"));
  lockPath = join(folder, ".convlab", "build.lock");
});
afterEach(() => rmSync(folder, {recursive: true, force: true}));

/** The pid of a process that has run and ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], {stdio: "ignore"});
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

/** A lock as a killed run leaves it: the folder with its owner inside, nobody to remove it. */
function leftBehind(owner: LockOwner): void {
  mkdirSync(lockPath, {recursive: true});
  writeFileSync(join(lockPath, "owner.json"), JSON.stringify(owner));
}

const owner = (lockPath: string): LockOwner => JSON.parse(readFileSync(join(lockPath, "owner.json"), "utf8"));
const me = (): LockOwner => ({pid: process.pid, host: hostname(), processStart: processStart(process.pid), since: "x"});

describe("acquireLock(lockPath)", () => {
  it("records its owner's pid, host and start time, and removes the lock on release", async () => {
    const release = await acquireLock(lockPath);
    expect(owner(lockPath)).toMatchObject({
      pid: process.pid,
      host: hostname(),
      processStart: processStart(process.pid)
    });
    expect(owner(lockPath).processStart).not.toBeNull();
    release();
    expect(existsSync(lockPath)).toBe(false);
    expect(readdirSync(join(folder, ".convlab"))).toEqual([]); // nothing left aside either
  });

  it("takes over at once a lock whose owner is dead, without waiting a single poll", async () => {
    leftBehind({pid: await deadPid(), host: hostname(), processStart: "1", since: "2026-01-01T00:00:00.000Z"});
    const waits: unknown[] = [];
    const release = await acquireLock(lockPath, {onWait: (found) => waits.push(found)});
    expect(waits).toEqual([]);
    expect(owner(lockPath).pid).toBe(process.pid);
    release();
    expect(readdirSync(join(folder, ".convlab"))).toEqual([]);
  });

  it("takes over a lock whose pid now belongs to a process started later (a reused pid)", async () => {
    leftBehind({...me(), processStart: "0"});
    const waits: unknown[] = [];
    const release = await acquireLock(lockPath, {onWait: (found) => waits.push(found)});
    expect(waits).toEqual([]);
    release();
  });

  it("waits for a live owner's lock until it is released, then takes it", async () => {
    const first = await acquireLock(lockPath);
    let waited = 0;
    const second = acquireLock(lockPath, {
      pollMs: 10,
      // Released only once the second has found the lock held, twice: a wait proven by events, not by time.
      onWait: (found) => {
        expect(found?.pid).toBe(process.pid);
        if (++waited === 2) first();
      }
    });
    const release = await second;
    expect(waited).toBe(2);
    expect(owner(lockPath).pid).toBe(process.pid);
    release();
  });
});

describe("ownerIsDead(owner)", () => {
  it("is false for a live process, true for an ended one, and false for another host's (it cannot be seen)", async () => {
    expect(ownerIsDead(me())).toBe(false);
    const dead = {pid: await deadPid(), host: hostname(), processStart: null, since: ""};
    expect(ownerIsDead(dead)).toBe(true);
    expect(ownerIsDead({...dead, host: `not-${hostname()}`})).toBe(false);
  });
});
