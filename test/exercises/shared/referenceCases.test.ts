import {afterEach, describe, expect, it, vi} from "vitest";
import type {Json} from "../../../src/core/types.js";
import {referenceCases, setReferenceOutputStore} from "../../../src/exercises/shared/referenceCases.js";
import type {ExerciseSpec} from "../../../src/exercises/types.js";

// Only what referenceCases reads of a spec: its id, its check and how its function is called.
const spec = {id: "store-test", check: "tensor", invoke: (solve, args) => solve(...args)} as ExerciseSpec;

/** A reference solution of its own for each test: outputs are also kept in memory per solution function. */
const freshReference = () =>
  vi.fn((...args: unknown[]) => {
    const [a, b] = args as [number, number];
    return [a, b, a + b];
  });

function memoryStore(entries: Record<string, Json> = {}) {
  const key = (exercise: string, args: Json[]) => `${exercise}:${JSON.stringify(args)}`;
  return {
    read: vi.fn((exercise: string, args: Json[]) =>
      key(exercise, args) in entries ? {value: entries[key(exercise, args)]} : undefined
    ),
    write: vi.fn((exercise: string, args: Json[], value: unknown) => {
      entries[key(exercise, args)] = value as Json;
    })
  };
}

afterEach(() => {
  setReferenceOutputStore(undefined);
  vi.unstubAllEnvs();
});

describe("referenceCases with a store of reference outputs (the grader's, src/grader/referenceStore.ts)", () => {
  it("runs the reference once and stores its output; a later process reads it back instead of running it", async () => {
    const store = memoryStore();
    setReferenceOutputStore(store);
    const first = freshReference();
    const [check] = await referenceCases(spec, [[1, 2]], async () => first);
    expect(first).toHaveBeenCalledTimes(1);
    expect(check.expected).toEqual({shape: [3], values: [1, 2, 3]});
    expect(store.write).toHaveBeenCalledWith("store-test", [1, 2], [1, 2, 3]);

    // Another reference function stands for another process: its memory is empty, the store is not.
    const second = freshReference();
    const [again] = await referenceCases(spec, [[1, 2]], async () => second);
    expect(second).not.toHaveBeenCalled();
    expect(again.expected).toEqual(check.expected);
  });

  it("parses what the store gives back as it parses the reference's own output", async () => {
    setReferenceOutputStore(memoryStore({"store-test:[1,2]": "not a tensor"}));
    await expect(referenceCases(spec, [[1, 2]], async () => freshReference())).rejects.toThrow(/gave no tensor/);
  });

  it.each([["CONVLAB_NO_CACHE"], ["CONVLAB_GRADER_BASELINE"]])(
    "is neither read nor written under %s=1",
    async (name) => {
      vi.stubEnv(name, "1");
      const store = memoryStore({"store-test:[1,2]": [9, 9, 9]});
      setReferenceOutputStore(store);
      const reference = freshReference();
      const [check] = await referenceCases(spec, [[1, 2]], async () => reference);
      expect(check.expected).toEqual({shape: [3], values: [1, 2, 3]});
      expect(reference).toHaveBeenCalledTimes(1);
      expect(store.read).not.toHaveBeenCalled();
      expect(store.write).not.toHaveBeenCalled();
    }
  );
});
