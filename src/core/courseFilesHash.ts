import {createHash} from "node:crypto";
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";

/**
 * A sha256 (hex) of the course files something built from them depends on (the sandbox's bundle, the
 * grader's stored reference outputs): every file under `folders` and each of `files`, by its path
 * relative to `root` and its content. A file that cannot be read counts as empty and a missing folder
 * as holding nothing (a course shipped without its lock file still grades). Node only.
 */
export function courseFilesHash(root: string, folders: string[], files: string[] = []): string {
  const hash = createHash("sha256");
  const listed = folders.flatMap((folder) => filesUnder(join(root, folder)));
  for (const file of [...listed, ...files.map((name) => join(root, name))]) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      content = Buffer.alloc(0);
    }
    hash.update(relative(root, file)).update("\0").update(content).update("\0");
  }
  return hash.digest("hex");
}

function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}
