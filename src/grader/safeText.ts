import {createHash} from "node:crypto";

export {escapeControl} from "../check/controlText.js";

/** Bytes of a report file's stem: well under the 255 bytes file systems allow, with room for `.json`. */
const maxStemBytes = 160;

/**
 * The file name (without extension) of a student's reports in a batch: a readable stem (letters,
 * digits, `.`, `-`, `_` kept; anything else, path separators and controls included, becomes `_`;
 * cut to fit the file system) followed by a short hash of the exact name. Two names that read the
 * same once sanitized (`john\smith`, `john_smith`), or that differ only in case (`John_Smith`, on a
 * case-insensitive file system), still get files of their own; a very long name gets both its
 * reports.
 */
export function reportFileStem(student: string): string {
  const hash = createHash("sha256").update(student, "utf8").digest("hex").slice(0, 10);
  let stem = student
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]/gu, "_")
    .replace(/^[.]+/, "_");
  while (Buffer.byteLength(stem, "utf8") > maxStemBytes) stem = [...stem].slice(0, -1).join("");
  return `${stem || "_"}-${hash}`;
}
