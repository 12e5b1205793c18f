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
}

const exerciseFiles = new Set(exercises.map((exercise) => `${exercise.id}.ts`));
/** What archivers add beside a student's files. */
const isClutter = (name: string) => name.startsWith(".") || name === "__MACOSX";

/**
 * Finds a submission's files at `path`: a folder of `<exercise-id>.ts` files, a zip archive of
 * them (the lesson's **Export my work**), or a folder that holds only one such folder or archive
 * (what hosted autograders and archivers tend to make). Archives are unpacked, safely, into a
 * temporary folder.
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
  const names = (await readdir(path)).filter((name) => !isClutter(name));
  if (names.some((name) => exerciseFiles.has(name)) || names.length !== 1)
    return {folder: resolve(path), cleanUp: async () => undefined};
  const only = join(path, names[0]);
  const onlyInfo = await lstat(only);
  if (onlyInfo.isDirectory()) return {folder: resolve(only), cleanUp: async () => undefined};
  if (archives && !onlyInfo.isSymbolicLink() && names[0].toLowerCase().endsWith(".zip")) return unpack(only, zipLimits);
  return {folder: resolve(path), cleanUp: async () => undefined};
}

/**
 * An archive's bytes, read only once its handle (opened without blocking, see openRegular) is known
 * to be a regular file within the size limit: a named pipe cannot hang the grader, and a 2 GB file
 * is refused unread.
 */
async function readArchive(archive: string, limits: ZipLimits): Promise<Uint8Array> {
  let file;
  try {
    file = await openRegular(archive);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") throw new ZipError("the archive is a symbolic link");
    throw error;
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) throw new ZipError("the archive is not a regular file (a named pipe, a socket or a device)");
    if (info.size > limits.archiveBytes) throw new ZipError(`the archive is larger than ${limits.archiveBytes} bytes`);
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
  const files = readZip(await readArchive(archive, zipLimits), zipLimits);
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
