import {strFromU8, strToU8, unzipSync, zipSync} from "fflate";
import {readSavedCode, savedCodeEvent, writeSavedCode} from "./savedCode.js";

/** A file inside an imported archive larger than this is not an exercise; it is skipped unread. */
const maxFileBytes = 1024 * 1024;

/** The saved code of every exercise the student has worked on, as a zip of `<exercise-id>.ts` files: the grader's submission format. */
export function exportSubmission(exercises: readonly {id: string}[]): Uint8Array | undefined {
  const files: Record<string, Uint8Array> = {};
  for (const exercise of exercises) {
    const saved = readSavedCode(exercise.id);
    if (saved.kind === "saved") files[`${exercise.id}.ts`] = strToU8(saved.code);
  }
  return Object.keys(files).length ? zipSync(files, {level: 6}) : undefined;
}

/**
 * Reads a submission zip back: every `<exercise-id>.ts` (at any depth) replaces the saved code of
 * that exercise. Returns the exercise ids imported; anything else in the archive is ignored.
 */
export function importSubmission(zip: Uint8Array, exercises: readonly {id: string}[]): string[] {
  const byFile = new Map(exercises.map((exercise) => [`${exercise.id}.ts`, exercise.id]));
  const entries = unzipSync(zip, {
    filter: (file) => byFile.has(basename(file.name)) && file.originalSize <= maxFileBytes
  });
  const imported: string[] = [];
  for (const [name, content] of Object.entries(entries)) {
    const id = byFile.get(basename(name))!;
    if (imported.includes(id)) continue;
    writeSavedCode(id, strFromU8(content));
    imported.push(id);
  }
  if (imported.length) globalThis.dispatchEvent?.(new CustomEvent(savedCodeEvent, {detail: imported}));
  return imported;
}

const basename = (path: string) => path.slice(path.lastIndexOf("/") + 1);
