import {constants} from "node:fs";
import {open, type FileHandle} from "node:fs/promises";

/**
 * Opens a file that a submission supplied, never blocking and never through a link: O_NONBLOCK, so
 * that a named pipe (or a device) opens at once instead of waiting forever for a writer, which
 * would hang the grader and hold one of libuv's few threads; O_NOFOLLOW, since a symbolic link (say,
 * unpacked from an archive) could point at the reference solution. The caller checks the handle's
 * `stat` (a regular file, its size) before it reads anything.
 */
export function openRegular(path: string): Promise<FileHandle> {
  return open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
}
