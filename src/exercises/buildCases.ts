import {deriveSeed, seededRandom} from "../core/random.js";
import {documentedCases, documentedSummaryCases} from "./shared/documented.js";
import {hiddenTitle} from "./shared/hiddenTitle.js";
import {casesFromReference, referenceCases} from "./shared/referenceCases.js";
import type {CaseOptions, CheckCase, DocumentedFile, Exercise, ExerciseSpec} from "./types.js";

/**
 * The seed an exercise's hidden checks are drawn from in a run with `seed`: a hash of the exercise's
 * id mixed with the run's seed, so exercises never share a stream and a seed repeats a run.
 */
export function hiddenSeed(exerciseId: string, seed: number): number {
  return deriveSeed(exerciseId, seed);
}

/**
 * A check before its expected output is computed: its id, title, kind, arguments and category, all a
 * report needs of an exercise that never ran (a missing file), without running a reference solution.
 */
export type CaseSkeleton = Omit<CheckCase, "expected" | "expectedSummary" | "expectedBehaviour" | "tolerance">;

function skeletonOf({
  expected: _expected,
  expectedSummary: _summary,
  expectedBehaviour: _behaviour,
  tolerance: _tolerance,
  ...skeleton
}: CheckCase): CaseSkeleton {
  return skeleton;
}

/** A run of consecutive checks: their skeletons, and how their expected outputs are computed. */
interface CaseGroup {
  skeleton: CaseSkeleton[];
  build(): CheckCase[] | Promise<CheckCase[]>;
}

/**
 * Every check of an exercise, in order: the documented cases of `data/expected/<id>.json`, the
 * visible reference calls, then (with `hidden`) the hidden calls, `hidden-1`, `hidden-2`…, whose
 * titles say nothing of their inputs. The one list of every exercise's cases: {@link buildCases}
 * computes their expected outputs, {@link caseSkeleton} leaves them out.
 */
function caseGroups(
  spec: ExerciseSpec,
  documented: DocumentedFile,
  {hidden, seed, reference}: CaseOptions
): CaseGroup[] {
  const documentedChecks =
    spec.check === "summary" ? documentedSummaryCases(documented, spec.id) : documentedCases(documented, spec.id);
  const groups: CaseGroup[] = [{skeleton: documentedChecks.map(skeletonOf), build: () => documentedChecks}];
  const visibleCalls = spec.visibleCalls?.() ?? [];
  const visible = visibleCalls.map((call) => ({...call, kind: "reference" as const, hidden: false}));
  groups.push({
    skeleton: visible,
    build: () => visible.map((call) => ({...call, expected: trustedExpected(spec)(call.args)}))
  });
  // Behaviour checks need the reference solution, which pages never load: only the grader and the tests build them.
  const behaviourCalls = spec.behaviourCalls?.() ?? [];
  if (reference && behaviourCalls.length) {
    groups.push({
      skeleton: behaviourCalls.map((call) => ({...call, kind: "reference", hidden: false})),
      build: () => casesFromReference(spec, behaviourCalls, false, reference)
    });
  }
  if (!hidden) return groups;
  const calls = spec.hiddenCalls(seededRandom(hiddenSeed(spec.id, seed)));
  const withCategories = <T extends CaseSkeleton>(cases: T[]): T[] => {
    if (spec.hiddenCategory) calls.forEach((args, i) => (cases[i].category = spec.hiddenCategory!(args, i)));
    return cases;
  };
  const skeleton = (): CaseSkeleton[] =>
    calls.map((args, i) => ({id: `hidden-${i + 1}`, title: hiddenTitle(i + 1), kind: "reference", hidden: true, args}));
  groups.push({
    skeleton: withCategories(skeleton()),
    build: async () => {
      if (spec.hiddenFrom === "solution") return withCategories(await referenceCases(spec, calls, reference));
      const expected = trustedExpected(spec);
      return withCategories(skeleton().map((check) => ({...check, expected: expected(check.args)})));
    }
  });
  return groups;
}

/** Every check of an exercise (see {@link caseGroups}) with its expected output. The one builder of every exercise's cases. */
export async function buildCases(
  spec: ExerciseSpec,
  documented: DocumentedFile,
  options: CaseOptions
): Promise<CheckCase[]> {
  const cases: CheckCase[] = [];
  for (const group of caseGroups(spec, documented, options)) cases.push(...(await group.build()));
  return cases;
}

/**
 * The checks {@link buildCases} makes with the same options, without their expected outputs: nothing
 * is computed and no reference solution runs (`reference` is only asked whether it is there).
 */
export function caseSkeleton(spec: ExerciseSpec, documented: DocumentedFile, options: CaseOptions): CaseSkeleton[] {
  return caseGroups(spec, documented, options).flatMap((group) => group.skeleton);
}

function trustedExpected(spec: ExerciseSpec): NonNullable<ExerciseSpec["expected"]> {
  if (!spec.expected)
    throw new Error(`exercise ${spec.id} has reference checks computed on the trusted side but no expected(args)`);
  return spec.expected.bind(spec);
}

/** The exercise a spec declares: what the registry, the Check button, the grader and the tests use. */
export function defineExercise(spec: ExerciseSpec): Exercise {
  return {
    id: spec.id,
    exportName: spec.exportName,
    signature: spec.signature,
    title: spec.title,
    source: spec.source,
    starter: spec.starter,
    ...(spec.timeLimitSeconds === undefined ? {} : {timeLimitSeconds: spec.timeLimitSeconds}),
    spec,
    invoke: (fn, args) => spec.invoke(fn, args),
    cases: (_tf, documented, options) => buildCases(spec, documented, options),
    ...(spec.diagnose ? {diagnose: spec.diagnose.bind(spec)} : {})
  };
}
