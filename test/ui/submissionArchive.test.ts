import {strToU8, unzipSync, zipSync, strFromU8} from "fflate";
import {beforeEach, describe, expect, it} from "vitest";
import {exercises} from "../../src/exercises/index.js";
import {readSavedCode, savedCodeEvent, writeSavedCode} from "../../src/ui/savedCode.js";
import {exportSubmission, importSubmission} from "../../src/ui/submissionArchive.js";
import {MemoryStorage} from "./memoryStorage.js";

beforeEach(() => {
  Object.defineProperty(globalThis, "localStorage", {value: new MemoryStorage(), configurable: true});
  // A page's window, where open editors listen for imports.
  const window = new EventTarget();
  Object.assign(globalThis, {
    addEventListener: window.addEventListener.bind(window),
    dispatchEvent: window.dispatchEvent.bind(window)
  });
});

describe("exportSubmission(exercises)", () => {
  it("zips the saved code as <exercise-id>.ts files, the grader's format", () => {
    writeSavedCode("max-pooling", "export function maxPooling() {}");
    const files = unzipSync(exportSubmission(exercises)!);
    expect(Object.keys(files)).toEqual(["max-pooling.ts"]);
    expect(strFromU8(files["max-pooling.ts"])).toBe("export function maxPooling() {}");
  });

  it("has nothing to export before any edit", () => {
    expect(exportSubmission(exercises)).toBeUndefined();
  });
});

describe("importSubmission(zip, exercises)", () => {
  it("restores exercise files found at any depth, ignores the rest, and tells open editors", () => {
    const heard: string[][] = [];
    addEventListener(savedCodeEvent, (event) => heard.push((event as CustomEvent<string[]>).detail));
    const zip = zipSync({
      "student/conv2d-one-filter.ts": strToU8("A"),
      "notes.txt": strToU8("B"),
      "other.ts": strToU8("C")
    });
    expect(importSubmission(zip, exercises)).toEqual(["conv2d-one-filter"]);
    expect(readSavedCode("conv2d-one-filter")).toEqual({kind: "saved", code: "A"});
    expect(heard).toEqual([["conv2d-one-filter"]]);
  });

  it("skips a file too large to be an exercise", () => {
    const zip = zipSync({"max-pooling.ts": new Uint8Array(2 * 1024 * 1024)});
    expect(importSubmission(zip, exercises)).toEqual([]);
  });

  it("throws on something that is not a zip", () => {
    expect(() => importSubmission(strToU8("not a zip at all"), exercises)).toThrow();
  });
});
