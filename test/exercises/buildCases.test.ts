import {describe, expect, it} from "vitest";
import {seededRandom} from "../../src/core/random.js";
import {
  buildCases,
  caseSkeleton,
  defineExercise,
  exercises,
  hiddenSeed,
  type CheckCase,
  type DocumentedFile,
  type ExerciseSpec
} from "../../src/exercises/index.js";
import {readDocumentedFile} from "./helpers.js";
import {referenceTolerance} from "../../src/exercises/shared/referenceCases.js";

/** A tiny exercise: `double(x)` on a list of numbers, hidden inputs drawn from the random stream it is given. */
function doubling(id: string, hiddenFrom: ExerciseSpec["hiddenFrom"] = "tensorflow"): ExerciseSpec {
  return {
    id,
    exportName: "double",
    signature: "double(xs)",
    title: {ru: "удвоение", en: "doubling"},
    source: {document: "none", cells: "none"},
    starter: {ru: "", en: ""},
    check: "tensor",
    visibleCalls: () => [{id: "two", title: {ru: "два", en: "two"}, args: [[1, 2]]}],
    hiddenCalls: (random) => [0, 1, 2].map(() => [[Math.round(random() * 100), Math.round(random() * 100)]]),
    hiddenFrom,
    expected: ([xs]) => ({shape: [2], values: (xs as number[]).map((x) => 2 * x)}),
    invoke: (fn, args) => fn(...args)
  };
}
const documented = (id: string): DocumentedFile => ({
  exercise: id,
  document: "none",
  cases: [{id: "one", title: {ru: "", en: ""}, cell: "", args: [[1]], expected: [2]}]
});

describe("hiddenSeed(exerciseId, seed)", () => {
  it("is the same for the same exercise and seed, and differs between exercises and between seeds", () => {
    const ids = exercises.map((exercise) => exercise.id);
    for (const seed of [0, 1, 2, 2024, 987654321]) {
      expect(ids.map((id) => hiddenSeed(id, seed))).toEqual(ids.map((id) => hiddenSeed(id, seed)));
      expect(new Set(ids.map((id) => hiddenSeed(id, seed))).size).toBe(ids.length);
    }
    for (const id of ids) expect(new Set([0, 1, 2, 3, 2024].map((seed) => hiddenSeed(id, seed))).size).toBe(5);
  });
});

describe("buildCases(spec, documented, options)", () => {
  it("gives the documented cases, then the visible reference ones, then hidden-1… with titles that name nothing", async () => {
    const cases = await buildCases(doubling("double"), documented("double"), {hidden: true, seed: 5});
    expect(cases.map((check) => [check.id, check.kind, check.hidden])).toEqual([
      ["documented-one", "documented", false],
      ["two", "reference", false],
      ["hidden-1", "reference", true],
      ["hidden-2", "reference", true],
      ["hidden-3", "reference", true]
    ]);
    expect(cases.slice(2).map((check) => check.title.en)).toEqual([
      "hidden check 1",
      "hidden check 2",
      "hidden check 3"
    ]);
    expect(cases[1].expected).toEqual({shape: [2], values: [2, 4]});
  });

  it("draws the hidden calls from the seed derived from the exercise's id and the run's seed", async () => {
    const spec = doubling("double");
    const hiddenArgs = async (id: string, seed: number) =>
      (await buildCases({...spec, id}, documented(id), {hidden: true, seed}))
        .filter((check) => check.hidden)
        .map((check) => check.args);
    expect(await hiddenArgs("double", 5)).toEqual(spec.hiddenCalls(seededRandom(hiddenSeed("double", 5))));
    expect(await hiddenArgs("double", 5)).toEqual(await hiddenArgs("double", 5));
    expect(await hiddenArgs("double", 5)).not.toEqual(await hiddenArgs("double", 6));
    expect(await hiddenArgs("double", 5)).not.toEqual(await hiddenArgs("triple", 5));
  });

  it("leaves the hidden cases out unless asked", async () => {
    const cases = await buildCases(doubling("double"), documented("double"), {hidden: false, seed: 5});
    expect(cases.some((check) => check.hidden)).toBe(false);
  });

  it("takes the expected values of `solution` exercises from the reference solution, with the reference tolerance", async () => {
    const spec = doubling("double", "solution");
    const cases = await buildCases(spec, documented("double"), {
      hidden: true,
      seed: 5,
      reference: async () => (xs) => (xs as number[]).map((x) => 2 * x + 1)
    });
    const hidden = cases.filter((check) => check.hidden);
    expect(hidden.map((check) => check.expected.values)).toEqual(
      spec.hiddenCalls(seededRandom(hiddenSeed("double", 5))).map(([xs]) => (xs as number[]).map((x) => 2 * x + 1))
    );
    expect(hidden.every((check) => check.tolerance === referenceTolerance)).toBe(true);
    await expect(buildCases(spec, documented("double"), {hidden: true, seed: 5})).rejects.toThrow(
      "solutions/double.ts"
    );
  });

  it("refuses a documented file of another exercise", async () => {
    await expect(buildCases(doubling("double"), documented("triple"), {hidden: false, seed: 1})).rejects.toThrow(
      "data/expected/double.json does not describe exercise double"
    );
  });
});

describe("caseSkeleton(spec, documented, options)", () => {
  /** A check without what caseSkeleton leaves out. */
  const withoutExpected = ({
    expected: _expected,
    expectedSummary: _summary,
    expectedBehaviour: _behaviour,
    tolerance: _tolerance,
    ...rest
  }: CheckCase) => rest;
  const behaviourCall = {id: "behaviour", title: {ru: "поведение", en: "behaviour"}, args: [[3, 4]]};

  it("is buildCases' checks without their expected outputs, and runs no reference solution", async () => {
    for (const hiddenFrom of ["tensorflow", "solution"] as const) {
      const spec: ExerciseSpec = {
        ...doubling("double", hiddenFrom),
        behaviourCalls: () => [behaviourCall],
        hiddenCategory: (args, i) => (i === 0 ? "one-channel" : "other-sizes")
      };
      const solve = async () => (xs: unknown) => (xs as number[]).map((x) => 2 * x);
      for (const hidden of [true, false]) {
        const options = {hidden, seed: 7};
        let solutionAsked = 0;
        const skeleton = caseSkeleton(spec, documented("double"), {
          ...options,
          reference: () => (solutionAsked++, solve())
        });
        const built = await buildCases(spec, documented("double"), {...options, reference: solve});
        expect(skeleton).toEqual(built.map(withoutExpected));
        expect(skeleton.map((check) => check.id)).toEqual([
          "documented-one",
          "two",
          "behaviour",
          ...(hidden ? ["hidden-1", "hidden-2", "hidden-3"] : [])
        ]);
        expect(solutionAsked).toBe(0);
      }
    }
  });

  it("names the checks of every exercise of the course as the builder does, their hidden categories included", async () => {
    for (const exercise of exercises.filter(({spec}) => spec.hiddenFrom === "tensorflow")) {
      const file = readDocumentedFile(exercise.id);
      const options = {hidden: true, seed: 11};
      expect(caseSkeleton(exercise.spec, file, options)).toEqual(
        (await buildCases(exercise.spec, file, options)).map(withoutExpected)
      );
    }
  });
});

describe("defineExercise(spec)", () => {
  it("makes an exercise whose cases are the builder's and whose invoke is the spec's", async () => {
    const exercise = defineExercise(doubling("double"));
    expect(exercise).toMatchObject({id: "double", exportName: "double", signature: "double(xs)"});
    expect(await exercise.cases(undefined, documented("double"), {hidden: true, seed: 3})).toEqual(
      await buildCases(doubling("double"), documented("double"), {hidden: true, seed: 3})
    );
    expect(await exercise.invoke((xs: unknown) => xs, [[4]])).toEqual([4]);
  });
});
