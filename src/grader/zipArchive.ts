import {Inflate} from "fflate";

/** How much of an archive the grader is willing to unpack. */
export interface ZipLimits {
  /** The archive file itself. */
  archiveBytes: number;
  entries: number;
  /** One file, unpacked. */
  entryBytes: number;
  /** Every file together, unpacked. */
  totalBytes: number;
}

export const defaultZipLimits: ZipLimits = {
  archiveBytes: 20 * 2 ** 20,
  entries: 500,
  entryBytes: 4 * 2 ** 20,
  totalBytes: 32 * 2 ** 20
};

/** An archive the grader refuses, with the reason in its message. */
export class ZipError extends Error {}

export interface ZipFile {
  /** A relative path with `/` separators, checked to stay inside the folder it unpacks to. */
  path: string;
  data: Uint8Array;
  /** The Unix permission bits, when the archive was made on Unix. */
  mode?: number;
}

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;
const unixFileType = 0o170000;
const unixRegular = 0o100000;
const unixDirectory = 0o040000;

/**
 * Reads the regular files of a zip archive that a student handed in, refusing anything a hostile
 * archive could use: paths that climb out (`../`, absolute, drive letters, backslashes), symbolic
 * links and other special files, encryption, ZIP64, and sizes over the limits (checked while
 * inflating, not only as the archive declares them). Directories are skipped.
 */
export function readZip(archive: Uint8Array, limits: ZipLimits = defaultZipLimits): ZipFile[] {
  try {
    return readEntries(archive, limits);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(`the archive is damaged (${(error as Error).message})`);
  }
}

function readEntries(archive: Uint8Array, limits: ZipLimits): ZipFile[] {
  if (archive.length > limits.archiveBytes)
    throw new ZipError(`the archive is larger than ${limits.archiveBytes} bytes`);
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.length);
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError("ZIP64 archives are not accepted");
  if (count > limits.entries) throw new ZipError(`the archive has more than ${limits.entries} entries`);
  const files: ZipFile[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (let i = 0; i < count; ++i) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== directoryEntry)
      throw new ZipError("the archive is damaged (its directory)");
    const madeBy = bytes.readUInt8(offset + 5);
    const flags = bytes.readUInt16LE(offset + 8);
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const next = offset + 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    const mode = bytes.readUInt32LE(offset + 38) >>> 16;
    const local = bytes.readUInt32LE(offset + 42);
    const name = bytes.subarray(offset + 46, offset + 46 + nameLength).toString("utf8");
    offset = next;
    const path = checkedPath(name);
    const type = madeBy === 3 ? mode & unixFileType : 0;
    if (name.endsWith("/") || type === unixDirectory) continue;
    if (type !== 0 && type !== unixRegular)
      throw new ZipError(`${name} is ${type === 0o120000 ? "a symbolic link" : "not a regular file"}`);
    if (flags & 1) throw new ZipError(`${name} is encrypted`);
    if (size > limits.entryBytes) throw new ZipError(`${name} is larger than ${limits.entryBytes} bytes`);
    if (seen.has(path)) throw new ZipError(`${name} appears twice`);
    seen.add(path);
    const data = entryData(
      bytes,
      local,
      name,
      method,
      compressedSize,
      Math.min(limits.entryBytes, limits.totalBytes - total)
    );
    if (data.length !== size) throw new ZipError(`${name} is damaged (its size)`);
    total += data.length;
    files.push({path, data, ...(madeBy === 3 && mode ? {mode: mode & 0o7777} : {})});
  }
  return files;
}

function findEndOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); --at) {
    if (bytes.readUInt32LE(at) === endOfDirectory) return at;
  }
  throw new ZipError("this is not a zip archive");
}

/** A relative path that stays where it is unpacked, or an error. */
function checkedPath(name: string): string {
  const parts = name.replace(/\/$/, "").split("/");
  const bad =
    name.includes("\\") ||
    name.includes("\0") ||
    name.startsWith("/") ||
    /^[A-Za-z]:/.test(name) ||
    parts.some((part) => part === ".." || part === "." || part === "");
  if (bad) throw new ZipError(`the archive holds a path that leaves its folder: ${JSON.stringify(name)}`);
  return parts.join("/");
}

function entryData(
  bytes: Buffer,
  local: number,
  name: string,
  method: number,
  compressedSize: number,
  maxBytes: number
): Uint8Array {
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== localHeader)
    throw new ZipError(`${name} is damaged (its header)`);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + compressedSize > bytes.length) throw new ZipError(`${name} is damaged (it is cut short)`);
  const compressed = bytes.subarray(start, start + compressedSize);
  if (method === 0) return compressed;
  if (method !== 8) throw new ZipError(`${name} uses a compression method the grader does not read (${method})`);
  return inflateLimited(compressed, name, maxBytes);
}

/** Compressed bytes fed to the inflater at a time: at most about 16 MB comes out of one (DEFLATE expands at most 1032 times). */
const inflateChunk = 16 * 1024;

/**
 * Inflates one entry as a stream, a small chunk at a time, and stops as soon as its output passes
 * `maxBytes` (the smaller of the per-file limit and what the total limit leaves): a zip bomb costs
 * no more than the limit, whatever size the archive declares.
 */
function inflateLimited(compressed: Uint8Array, name: string, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > maxBytes) throw new ZipError(`${name} unpacks to more than the grader accepts`);
    // fflate may hand out views of a buffer it reuses: keep a copy.
    chunks.push(chunk.slice());
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < compressed.length || !at; at += inflateChunk) {
      inflater.push(compressed.subarray(at, at + inflateChunk), at + inflateChunk >= compressed.length);
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(`${name} is damaged (${(error as Error).message})`);
  }
  if (!ended) throw new ZipError(`${name} is damaged (it is cut short)`);
  const data = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return data;
}
