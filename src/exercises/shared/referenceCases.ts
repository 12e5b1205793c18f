import type {Tolerance} from "../../check/compare.js";
import {parseSummary, summaryTotals} from "../../check/modelSummary.js";
import {parseNested} from "../../check/tensorData.js";
import type {Json} from "../../core/types.js";
import type {CaseOptions, CheckCase, ExerciseSpec} from "../types.js";
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
  if (!reference) {
    throw new Error(
      `the hidden checks of ${spec.id} need its reference solution (solutions/${spec.id}.ts), which only the grader loads`
    );
  }
  const solve = await reference();
  const cases: CheckCase[] = [];
  for (const [i, args] of calls.entries()) {
    const output = await spec.invoke(solve, structuredClone(args));
    const base = {id: `hidden-${i + 1}`, title: hiddenTitle(i + 1), kind: "reference" as const, hidden: true, args};
    if (spec.check === "summary") {
      const summary = parseSummary(output);
      if (!summary.ok)
        throw new Error(
          `the reference solution of ${spec.id} gave no model summary for hidden check ${i + 1}: ${summary.problem.en}`
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
        throw new Error(
          `the reference solution of ${spec.id} gave no tensor for hidden check ${i + 1}: ${tensor.problem.en}`
        );
      cases.push({...base, expected: tensor.value, tolerance: referenceTolerance});
    }
  }
  return cases;
}
