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
 * Every check of an exercise, in order: the documented cases of `data/expected/<id>.json`, the
 * visible reference calls, then (with `hidden`) the hidden calls, `hidden-1`, `hidden-2`…, whose
 * titles say nothing of their inputs. The one builder of every exercise's cases.
 */
export async function buildCases(
  spec: ExerciseSpec,
  documented: DocumentedFile,
  {hidden, seed, reference}: CaseOptions
): Promise<CheckCase[]> {
  const cases =
    spec.check === "summary" ? documentedSummaryCases(documented, spec.id) : documentedCases(documented, spec.id);
  for (const call of spec.visibleCalls?.() ?? []) {
    cases.push({...call, kind: "reference", hidden: false, expected: trustedExpected(spec)(call.args)});
  }
  // Behaviour checks need the reference solution, which pages never load: only the grader and the tests build them.
  const behaviourCalls = spec.behaviourCalls?.() ?? [];
  if (reference && behaviourCalls.length)
    cases.push(...(await casesFromReference(spec, behaviourCalls, false, reference)));
  if (!hidden) return cases;
  const calls = spec.hiddenCalls(seededRandom(hiddenSeed(spec.id, seed)));
  const first = cases.length;
  if (spec.hiddenFrom === "solution") {
    cases.push(...(await referenceCases(spec, calls, reference)));
  } else {
    const expected = trustedExpected(spec);
    calls.forEach((args, i) =>
      cases.push({
        id: `hidden-${i + 1}`,
        title: hiddenTitle(i + 1),
        kind: "reference",
        hidden: true,
        args,
        expected: expected(args)
      })
    );
  }
  if (spec.hiddenCategory) {
    calls.forEach((args, i) => {
      cases[first + i].category = spec.hiddenCategory!(args, i);
    });
  }
  return cases;
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
