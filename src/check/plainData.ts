/**
 * Type guards for data parsed from a submission's result: what it claims to be is checked, never
 * believed. Shared by the checks that read a model's summary and a model's behaviour.
 */

/** A count: a safe, non-negative integer. */
export function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** A plain object, as `JSON.parse` makes them (not an array, not an instance of a class). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
