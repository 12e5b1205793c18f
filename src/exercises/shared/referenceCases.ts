import type {Tolerance} from "../../check/compare.js";
import {parseBehaviour} from "../../check/modelBehaviour.js";
import {parseSummary, summaryTotals} from "../../check/modelSummary.js";
import {parseNested} from "../../check/tensorData.js";
import {cachesEnabled, graderBaseline} from "../../core/caches.js";
import type {Json} from "../../core/types.js";
import type {CaseOptions, CheckCase, ExerciseSpec, ReferenceCall} from "../types.js";
import {hiddenTitle} from "./hiddenTitle.js";

/**
 * Allows for another order of the same float32 operations (a hand-written batch norm, `tf.relu` for
 * a layer); every mistake these checks look for changes the output far more.
 */
export const referenceTolerance: Tolerance = {rtol: 1e-4, atol: 1e-5};

/**
 * Hidden checks whose expected outputs come from the exercise's reference solution, run here on the
 * trusted side through the exercise's own `invoke`, exactly as the student's function is run.
 * Only the grader can build them: it alone passes `reference`.
 */
export async function referenceCases(
  spec: ExerciseSpec,
  calls: Json[][],
  reference: CaseOptions["reference"]
): Promise<CheckCase[]> {
  return casesFromReference(
    spec,
    calls.map((args, i) => ({id: `hidden-${i + 1}`, title: hiddenTitle(i + 1), args})),
    true,
    reference
  );
}

/**
 * The reference solution's outputs, kept per solution function by the call's arguments: the same
 * call is run once per process however many variants ask for it. ResNet-50's and LeNet's visible
 * behaviour checks are the same in every variant (a batch used to describe the reference's
 * ResNet-50 sixteen times over), and two variants may draw the same hidden call. A reference
 * solution is deterministic (seeded weights, no randomness of its own), so its output is the
 * same every time. Only the grader's trusted side runs reference solutions; nothing here is
 * reachable from a sandbox. Calls whose arguments are large (tensors) are not kept: they differ
 * from variant to variant anyway.
 */
const keptOutputs = new WeakMap<object, Map<string, Promise<unknown>>>();
const maxKeptArgumentsLength = 4096;
const maxKeptOutputsPerSolution = 256;

/** Reference outputs kept outside the process (the grader sets src/grader/referenceStore.ts's). */
export interface ReferenceOutputStore {
  read(exercise: string, args: Json[]): {value: unknown} | undefined;
  write(exercise: string, args: Json[], value: unknown): void;
}

let outputStore: ReferenceOutputStore | undefined;

export function setReferenceOutputStore(store: ReferenceOutputStore | undefined): void {
  outputStore = store;
}

function referenceOutput(spec: ExerciseSpec, solve: (...args: unknown[]) => unknown, args: Json[]): Promise<unknown> {
  const run = async () => {
    const store = graderBaseline() || !cachesEnabled() ? undefined : outputStore;
    const stored = store?.read(spec.id, args);
    if (stored) return stored.value;
    const value = await spec.invoke(solve, structuredClone(args));
    store?.write(spec.id, args, value);
    return value;
  };
  const key = `${spec.id}\0${JSON.stringify(args)}`;
  if (graderBaseline() || key.length > maxKeptArgumentsLength) return run();
  let kept = keptOutputs.get(solve);
  if (!kept) keptOutputs.set(solve, (kept = new Map()));
  let output = kept.get(key);
  if (!output) {
    output = run();
    kept.set(key, output);
    output.catch(() => kept.delete(key));
    if (kept.size > maxKeptOutputsPerSolution) kept.delete(kept.keys().next().value!);
  }
  return output;
}

/** Checks (visible or hidden) whose expected outputs are the reference solution's on their calls. */
export async function casesFromReference(
  spec: ExerciseSpec,
  calls: ReferenceCall[],
  hidden: boolean,
  reference: CaseOptions["reference"]
): Promise<CheckCase[]> {
  if (!reference) {
    throw new Error(
      `the reference checks of ${spec.id} need its reference solution (solutions/${spec.id}.ts), which only the grader loads`
    );
  }
  const solve = await reference();
  const cases: CheckCase[] = [];
  for (const [i, {id, title, args}] of calls.entries()) {
    const output = await referenceOutput(spec, solve, args);
    const base = {id, title, kind: "reference" as const, hidden, args};
    const what = `${hidden ? "hidden" : "reference"} check ${hidden ? i + 1 : id}`;
    const check = spec.callCheck?.(args) ?? spec.check;
    if (check === "behaviour") {
      const behaviour = parseBehaviour(output);
      if (!behaviour.ok)
        throw new Error(
          `the reference solution of ${spec.id} gave no model description for ${what}: ${behaviour.problem.en}`
        );
      cases.push({...base, expected: {shape: [0], values: []}, expectedBehaviour: behaviour.value});
    } else if (check === "summary") {
      const summary = parseSummary(output);
      if (!summary.ok)
        throw new Error(
          `the reference solution of ${spec.id} gave no model summary for ${what}: ${summary.problem.en}`
        );
      const totals = summaryTotals(summary.value);
      cases.push({
        ...base,
        expected: {shape: [3], values: [totals.total, totals.trainable, totals.nonTrainable]},
        expectedSummary: summary.value
      });
    } else {
      const tensor = parseNested(output);
      if (!tensor.ok)
        throw new Error(`the reference solution of ${spec.id} gave no tensor for ${what}: ${tensor.problem.en}`);
      cases.push({...base, expected: tensor.value, tolerance: referenceTolerance});
    }
  }
  return cases;
}
