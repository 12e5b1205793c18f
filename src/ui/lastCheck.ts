/** The result of each exercise's last check in this browser, kept in localStorage beside its saved code. */

const prefix = "convlab:last-check:";
const version = 1;

export interface LastCheck {
  /** Checks passed, of `total`. */
  passed: number;
  total: number;
  /** A fingerprint of the code that was checked (see codeFingerprint), to tell when the code changed since. */
  code: string;
  checkedAt: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A short fingerprint of a text (32-bit FNV-1a, in hex): equal texts, equal fingerprints. */
export function codeFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; ++i) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** Records a check's result (`score` checks passed of `maxScore`) for the code it checked. */
export function recordCheck(
  exerciseId: string,
  {score, maxScore}: {score: number; maxScore: number},
  code: string
): void {
  const entry = {
    version,
    exercise: exerciseId,
    passed: score,
    total: maxScore,
    code: codeFingerprint(code),
    checkedAt: new Date().toISOString()
  };
  try {
    storage()?.setItem(prefix + exerciseId, JSON.stringify(entry));
  } catch {
    // the browser refuses to save (private mode, quota): the home page shows no result
  }
}

/** The last check's result, or undefined when there is none or what is stored is not ours. */
export function readLastCheck(exerciseId: string): LastCheck | undefined {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(storage()?.getItem(prefix + exerciseId) ?? "null") as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!entry || entry.version !== version || entry.exercise !== exerciseId) return undefined;
  const {passed, total, code, checkedAt} = entry;
  const count = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
  if (!count(passed) || !count(total) || passed > total || typeof code !== "string" || typeof checkedAt !== "string")
    return undefined;
  return {passed, total, code, checkedAt};
}

/** Forgets the last check (Reset puts the starter code back: the result no longer applies). */
export function clearLastCheck(exerciseId: string): void {
  try {
    storage()?.removeItem(prefix + exerciseId);
  } catch {
    // nothing to clear
  }
}
