import {lstat, mkdir, mkdtemp, readdir, realpath, rm, stat, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join, resolve, sep} from "node:path";
import {exercises} from "../exercises/index.js";
import {openRegular} from "./regularFile.js";
import {defaultZipLimits, readZip, ZipError, type ZipLimits} from "./zipArchive.js";

/** A submission ready to grade: the folder that holds its files, and what to remove afterwards. */
export interface SubmissionFolder {
  folder: string;
  /** Removes what unpacking an archive left behind (nothing for a plain folder). */
  cleanUp(): Promise<void>;
  /**
   * What was handed in but not graded, when several sources were merged (the folder then holds the
   * exercise files only): `notes.md`, `lesson-1.zip: draft/old.ts`. Otherwise the folder's own listing says it.
   */
  ignoredFiles?: string[];
}

const exerciseFiles = new Set(exercises.map((exercise) => `${exercise.id}.ts`));
/** What archivers add beside a student's files. */
const isClutter = (name: string) => name.startsWith(".") || name === "__MACOSX";

/**
 * Finds a submission's files at `path`: a folder of `<exercise-id>.ts` files, a zip archive of
 * them (the course's **Export all my work**, or an older lesson's export), or a folder that holds
 * only one such folder or archive (what hosted autograders and archivers tend to make). A folder
 * that holds archives beside other archives or beside exercise files is one student's work handed
 * in in parts: its archives and loose exercise files are merged (see mergeSources). Archives are
 * unpacked, safely, into a temporary folder.
 */
export async function openSubmission(
  path: string,
  zipLimits?: ZipLimits,
  {archives = true}: {archives?: boolean} = {}
): Promise<SubmissionFolder> {
  const info = await stat(path);
  // Anything but a folder is taken for an archive, which unpack() refuses unless it is a regular file
  // (the path itself may be a link: the grader's caller chose it; links inside a submission are refused).
  if (!info.isDirectory() && archives) return unpack(await realpath(path), zipLimits);
  if (!info.isDirectory()) throw Object.assign(new Error(`not a folder: ${path}`), {code: "ENOTDIR"});
  const names = (await readdir(path)).filter((name) => !isClutter(name)).sort();
  if (archives && names.length > 1) {
    const zips = await archivesIn(path, names);
    if (zips.length) return mergeSources(path, names, zips, zipLimits);
  }
  if (names.some((name) => exerciseFiles.has(name)) || names.length !== 1)
    return {folder: resolve(path), cleanUp: async () => undefined};
  const only = join(path, names[0]);
  const onlyInfo = await lstat(only);
  if (onlyInfo.isDirectory()) return {folder: resolve(only), cleanUp: async () => undefined};
  if (archives && !onlyInfo.isSymbolicLink() && names[0].toLowerCase().endsWith(".zip")) return unpack(only, zipLimits);
  return {folder: resolve(path), cleanUp: async () => undefined};
}

/**
 * A submitted file's bytes (an archive, or an exercise file beside archives), read only once its
 * handle (opened without blocking, see openRegular) is known to be a regular file within the size
 * limit: a named pipe cannot hang the grader, and a 2 GB file is refused unread. `label` names it in
 * the refusal ("the archive", "max-pooling.ts").
 */
async function readSubmitted(path: string, maxBytes: number, label = "the archive"): Promise<Uint8Array> {
  let file;
  try {
    file = await openRegular(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") throw new ZipError(`${label} is a symbolic link`);
    throw error;
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) throw new ZipError(`${label} is not a regular file (a named pipe, a socket or a device)`);
    if (info.size > maxBytes) throw new ZipError(`${label} is larger than ${maxBytes} bytes`);
    // Read what stat promised and no more: a file that grows meanwhile is cut, not followed.
    const bytes = new Uint8Array(info.size);
    let length = 0;
    while (length < bytes.length) {
      const {bytesRead} = await file.read(bytes, length, bytes.length - length, length);
      if (!bytesRead) break;
      length += bytesRead;
    }
    return bytes.subarray(0, length);
  } finally {
    await file.close();
  }
}

async function unpack(archive: string, zipLimits: ZipLimits = defaultZipLimits): Promise<SubmissionFolder> {
  const files = readZip(await readSubmitted(archive, zipLimits.archiveBytes), zipLimits);
  const folder = await mkdtemp(join(tmpdir(), "convlab-submission-"));
  const cleanUp = () => rm(folder, {recursive: true, force: true});
  try {
    for (const file of files) {
      const target = resolve(folder, ...file.path.split("/"));
      if (!target.startsWith(folder + sep)) throw new Error(`refused path ${file.path}`);
      await mkdir(dirname(target), {recursive: true});
      // wx: never through a file or link already there.
      await writeFile(target, file.data, {flag: "wx", mode: 0o600});
    }
    // An archive inside the archive stays packed: one level of unpacking only.
    const inner = await openSubmission(folder, zipLimits, {archives: false});
    return {folder: inner.folder, cleanUp};
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** The archives among a folder's entries: regular files named `*.zip` (a link is never followed). */
async function archivesIn(folder: string, names: string[]): Promise<string[]> {
  const zips: string[] = [];
  for (const name of names) {
    if (!name.toLowerCase().endsWith(".zip")) continue;
    if ((await lstat(join(folder, name))).isFile()) zips.push(name);
  }
  return zips;
}

/** At most this many names are listed as not graded; the rest are counted. */
const maxIgnoredListed = 50;

/**
 * One student's work handed in in parts: the course zip, several lesson zips, loose `<exercise-id>.ts`
 * files beside them. Each archive's exercise files are those at its top, or inside its only folder
 * (as for a single archive); nothing deeper, and an archive inside an archive stays packed. The parts
 * are merged into one temporary folder of exercise files, by one rule: **an exercise handed in more
 * than once must have the same code in every part** (byte for byte), else the whole submission is
 * refused with a message naming the exercise and the parts that disagree. Nothing the student
 * controls (file dates, archive metadata, the order of names) decides which code is graded.
 *
 * All the archives together are held to one archive's limits: their sizes added up (checked from
 * the folder before any is read), their entries and their unpacked bytes.
 */
async function mergeSources(
  folder: string,
  names: string[],
  zips: string[],
  limits: ZipLimits = defaultZipLimits
): Promise<SubmissionFolder> {
  const zipSet = new Set(zips);
  let archiveBytes = 0;
  for (const zip of zips) archiveBytes += (await lstat(join(folder, zip))).size;
  if (archiveBytes > limits.archiveBytes)
    throw new ZipError(`the archives together are larger than ${limits.archiveBytes} bytes`);

  const merged = new Map<string, {data: Uint8Array; from: string}>();
  const ignored: string[] = [];
  const add = (file: string, data: Uint8Array, from: string) => {
    const before = merged.get(file);
    if (!before) return void merged.set(file, {data, from});
    if (!Buffer.from(before.data).equals(data))
      throw new ZipError(
        `${file} is handed in more than once with different code (in ${before.from} and in ${from}): hand in one of them`
      );
  };

  for (const name of names) {
    if (zipSet.has(name)) continue;
    if (!exerciseFiles.has(name)) {
      ignored.push(name);
      continue;
    }
    add(name, await readSubmitted(join(folder, name), limits.entryBytes, name), name);
  }
  // What the archives read so far left of the limits.
  let {archiveBytes: bytesLeft, entries, totalBytes} = limits;
  for (const zip of zips) {
    let files;
    try {
      const bytes = await readSubmitted(join(folder, zip), bytesLeft);
      bytesLeft -= bytes.length;
      files = readZip(bytes, {...limits, archiveBytes: bytes.length, entries, totalBytes});
    } catch (error) {
      if (error instanceof ZipError) throw new ZipError(`${zip}: ${error.message}`);
      throw error;
    }
    entries -= files.length;
    totalBytes -= files.reduce((sum, file) => sum + file.data.length, 0);
    const {found, others} = exerciseFilesOf(files.map((file) => file.path));
    for (const file of files) {
      const name = found.get(file.path);
      if (name) add(name, file.data, zip);
    }
    ignored.push(...others.map((other) => `${zip}: ${other}`));
  }

  const target = await mkdtemp(join(tmpdir(), "convlab-submission-"));
  const cleanUp = () => rm(target, {recursive: true, force: true});
  try {
    for (const [name, {data}] of merged) await writeFile(join(target, name), data, {flag: "wx", mode: 0o600});
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const listed = ignored.slice(0, maxIgnoredListed);
  if (ignored.length > listed.length) listed.push(`… (${ignored.length - listed.length} more)`);
  return {folder: target, cleanUp, ignoredFiles: listed};
}

/**
 * Which of an archive's paths are its exercise files, by the rule a single archive follows: those at
 * its top, else those directly inside its only folder (besides what archivers add). `others` are the
 * names at that level that are not exercise files, for the report.
 */
export function exerciseFilesOf(paths: readonly string[]): {found: Map<string, string>; others: string[]} {
  const kept = paths.filter((path) => !path.split("/").some(isClutter));
  const tops = new Set(kept.map((path) => path.split("/")[0]));
  const top = kept.filter((path) => !path.includes("/"));
  const base = !top.length && tops.size === 1 ? `${[...tops][0]}/` : "";
  const found = new Map<string, string>();
  const others = new Set<string>();
  for (const path of kept) {
    if (!path.startsWith(base)) {
      others.add(path.split("/")[0]);
      continue;
    }
    const rest = path.slice(base.length);
    if (!rest.includes("/") && exerciseFiles.has(rest)) found.set(path, rest);
    else others.add(base + rest.split("/")[0]);
  }
  return {found, others: [...others].sort()};
}
