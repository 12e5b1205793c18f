import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {exercises, type CheckCase} from "../../src/exercises/index.js";
import {exerciseCases} from "../../src/grader/gradeSubmission.js";
import {resultLimitsFor} from "../../src/grader/resultLimits.js";
import {encodeLine, withinShape} from "../../src/run/sandboxWire.js";

/** The expected output as a student's function returns it: nested arrays of float64 numbers, each printed long. */
function asReturned({shape, values}: {shape: number[]; values: number[]}): unknown {
  const long = values.map((value) => value + 1e-9 * Math.PI);
  const nest = (level: number, offset: number): unknown => {
    if (level === shape.length) return long[offset];
    const size = shape.slice(level + 1).reduce((a, b) => a * b, 1);
    return Array.from({length: shape[level]}, (_, i) => nest(level + 1, offset + i * size));
  };
  return nest(0, 0);
}

let casesOf: (id: string) => Promise<CheckCase[]>;
beforeAll(async () => {
  const tf = await setupNodeTf();
  const source = exerciseCases(tf, {hidden: true, seed: 3});
  casesOf = (id) => source(exercises.find((exercise) => exercise.id === id)!);
});

describe("resultLimitsFor(checks)", () => {
  it.each(["conv2d-one-filter", "max-pooling", "identity-block", "convolutional-block"])(
    "lets %s's honest result through with room to spare, as it comes out of the sandbox",
    async (id) => {
      const checks = await casesOf(id);
      const limits = resultLimitsFor(checks);
      const honest = encodeLine({
        kind: "ran",
        results: checks.map((check) => ({id: check.id, output: asReturned(check.expected)}))
      });
      // Quoted in a string on the wire: at most twice as long.
      expect(2 * honest.length).toBeLessThan(limits.bytes);
      expect(withinShape(honest, limits)).toBe(true);
    }
  );

  it("lets a model's summary through, with its layers", async () => {
    const checks = await casesOf("resnet50");
    const limits = resultLimitsFor(checks);
    const honest = encodeLine({
      kind: "ran",
      results: checks.map((check) => ({id: check.id, output: check.expectedSummary}))
    });
    expect(2 * honest.length).toBeLessThan(limits.bytes);
    expect(withinShape(honest, limits)).toBe(true);
  });

  it("refuses a forged line of 32 MB of tiny objects, by its size and by its count of objects alike", async () => {
    for (const exercise of exercises) {
      const limits = resultLimitsFor(await casesOf(exercise.id));
      expect(limits.bytes).toBeLessThan(4 * 2 ** 20);
      const forged = `[${"{},".repeat(limits.bytes / 3)}{}]`;
      expect(withinShape(forged, limits)).toBe(false);
    }
  });
});
