/**
 * Reference outputs kept on disk: a reference solution's output on one call, under
 * `<dir>/<exercise>/<hash of the call's arguments>.json`, so that it is computed once per machine
 * rather than once per grader process. Only values that JSON gives back exactly are stored (no NaN,
 * no -0, no typed arrays); a corrupt or unreadable entry reads as missing. Writes are atomic: a
 * temporary file, then a rename.
 */
import {createHash, randomBytes} from "node:crypto";
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {isDeepStrictEqual} from "node:util";
import {courseFilesHash} from "../core/courseFilesHash.js";
import type {ReferenceOutputStore} from "../exercises/shared/referenceCases.js";

function entryPath(dir: string, exercise: string, args: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(args)).digest("hex");
  return join(dir, exercise.replace(/[^\w-]/g, "_"), `${hash}.json`);
}

/** The stored output of `exercise` on `args`, or undefined when there is none or it cannot be read. */
export function readStoredOutput(dir: string, exercise: string, args: unknown): {value: unknown} | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryPath(dir, exercise, args), "utf8")) as unknown;
    if (typeof entry !== "object" || entry === null || !isDeepStrictEqual((entry as {args?: unknown}).args, args))
      return undefined;
    if (!("value" in entry)) return undefined;
    return {value: (entry as {value: unknown}).value};
  } catch {
    return undefined;
  }
}

/** Stores `value` when JSON gives it back exactly; returns whether it was stored. */
export function storeOutput(dir: string, exercise: string, args: unknown, value: unknown): boolean {
  const text = JSON.stringify({args, value});
  if (text === undefined || !isDeepStrictEqual((JSON.parse(text) as {value: unknown}).value, value)) return false;
  const path = entryPath(dir, exercise, args);
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    mkdirSync(join(path, ".."), {recursive: true});
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    return true;
  } catch {
    rmSync(temporary, {force: true});
    return false;
  }
}

/** The store of this machine's reference outputs for these sources and this node version. */
export function referenceOutputStore(dir: string): ReferenceOutputStore {
  return {
    read: (exercise, args) => readStoredOutput(dir, exercise, args),
    write: (exercise, args, value) => void storeOutput(dir, exercise, args, value)
  };
}

/** What a reference output depends on: the course's sources, its reference solutions and its packages. */
export function sourcesHash(root: string): string {
  return courseFilesHash(root, ["src", "solutions"], ["package-lock.json"]).slice(0, 16);
}

/** Where this machine keeps the reference outputs of these sources under this node version. */
export function referenceStoreDir(root: string): string {
  return join(root, ".convlab", "references", `${sourcesHash(root)}-${process.version}`);
}
