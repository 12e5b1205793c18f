import {describe, expect, it} from "vitest";
import {watchIntegrity} from "../../src/run/sandboxIntegrity.js";

/** Applies a change, asks the check, and undoes the change before anything else runs. */
function taintedBy(change: () => () => void, extra: object[] = []): boolean {
  const tainted = watchIntegrity(extra);
  const undo = change();
  try {
    return tainted();
  } finally {
    undo();
  }
}

function replaced<T extends object>(target: T, key: keyof T | PropertyKey, value: unknown): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, {value, writable: true, configurable: true});
  return () =>
    descriptor
      ? Object.defineProperty(target, key, descriptor)
      : delete (target as Record<PropertyKey, unknown>)[key as PropertyKey];
}

describe("watchIntegrity(extra)", () => {
  it("sees nothing after ordinary work", () => {
    const tainted = watchIntegrity();
    const work = [3, 1, 2].map((x) => x * 2).sort();
    JSON.parse(JSON.stringify({work, max: Math.max(...work)}));
    new Map([[1, 2]]).forEach(() => undefined);
    expect(tainted()).toBe(false);
  });

  it.each([
    ["Array.prototype.map", () => replaced(Array.prototype, "map", () => [])],
    ["Math.abs", () => replaced(Math, "abs", () => 0)],
    ["JSON.parse", () => replaced(JSON, "parse", () => ({}))],
    ["Number.isFinite", () => replaced(Number, "isFinite", () => true)],
    ["a new global", () => replaced(globalThis, "sneaky", 1)],
    [
      "a getter on Object.prototype",
      () => {
        Object.defineProperty(Object.prototype, "sneaky", {get: () => 1, configurable: true});
        return () => delete (Object.prototype as Record<string, unknown>).sneaky;
      }
    ],
    ["the species of Array", () => replaced(Array, Symbol.species, Object)],
    ["the array iterator", () => replaced(Object.getPrototypeOf([][Symbol.iterator]()), "next", () => ({done: true}))]
  ])("sees a change to %s", (_, change) => {
    expect(taintedBy(change)).toBe(true);
  });

  it("sees a change to an object it was given", () => {
    const library = {conv2d: () => 1};
    expect(taintedBy(() => replaced(library, "conv2d", () => 2), [library])).toBe(true);
  });

  it.each([
    ["Reflect.ownKeys", () => replaced(Reflect, "ownKeys", () => [])],
    ["Object.is", () => replaced(Object, "is", () => true)],
    ["Object.getOwnPropertyDescriptor", () => replaced(Object, "getOwnPropertyDescriptor", () => ({}))]
  ])("cannot be blinded by patching %s", (_, change) => {
    expect(taintedBy(change)).toBe(true);
  });
});
