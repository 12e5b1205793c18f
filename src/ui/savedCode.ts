/** The student's code per exercise, kept in localStorage and checked when read back. */

const prefix = "convlab:code:";
const version = 1;

interface SavedEntry {
  version: typeof version;
  exercise: string;
  code: string;
  savedAt: string;
}

export type SavedCode = {kind: "none"} | {kind: "saved"; code: string} | {kind: "corrupt"};

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // e.g. storage disabled for this site
  }
}

/** Reads what was saved for an exercise; a value that is not ours (malformed, another exercise's, another version) is `corrupt`. */
export function readSavedCode(exerciseId: string): SavedCode {
  const raw = storage()?.getItem(prefix + exerciseId);
  if (raw == null) return {kind: "none"};
  try {
    const entry = JSON.parse(raw) as Partial<SavedEntry>;
    if (entry && entry.version === version && entry.exercise === exerciseId && typeof entry.code === "string")
      return {kind: "saved", code: entry.code};
  } catch {
    // fall through
  }
  return {kind: "corrupt"};
}

/** Saves the code; returns false when the browser refuses (private mode, quota). */
export function writeSavedCode(exerciseId: string, code: string): boolean {
  const entry: SavedEntry = {version, exercise: exerciseId, code, savedAt: new Date().toISOString()};
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(prefix + exerciseId, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

export function clearSavedCode(exerciseId: string): void {
  try {
    storage()?.removeItem(prefix + exerciseId);
  } catch {
    // nothing to clear
  }
}

/** Fired on window when saved code changes from outside an editor (an import), so open editors reload. */
export const savedCodeEvent = "convlab:saved-code";
