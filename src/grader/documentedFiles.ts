import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {DocumentedFile} from "../exercises/types.js";
import {courseRoot} from "../core/courseRoot.js";

/** Reads `data/expected/<exercise-id>.json`: the document's calls and outputs for one exercise. */
export async function readDocumented(exerciseId: string): Promise<DocumentedFile> {
  return JSON.parse(
    await readFile(join(courseRoot, "data", "expected", `${exerciseId}.json`), "utf8")
  ) as DocumentedFile;
}
