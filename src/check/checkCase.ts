import type {Json} from "../core/types.js";
import type {Localized} from "../i18n/index.js";
import type {Tolerance} from "./compare.js";
import type {HiddenCategory} from "./hiddenCategories.js";
import type {ModelBehaviour} from "./modelBehaviour.js";
import type {ModelSummary} from "./modelSummary.js";
import type {TensorData} from "./tensorData.js";

/**
 * One check of an exercise: arguments for the student's function and the output it must give.
 * Built on the trusted side (the page's main thread, the grader's own process).
 */
export interface CheckCase {
  /** Stable within the exercise, e.g. `documented-same` or `tf-k2-valid-s2`. */
  id: string;
  title: Localized;
  /** `documented`: the document's own call and output; `reference`: compared with TensorFlow or a reference solution. */
  kind: "documented" | "reference";
  /** Hidden checks run only in the grader; their inputs are never reported. */
  hidden: boolean;
  args: Json[];
  expected: TensorData;
  /**
   * Set when the function returns a model: its summary is compared layer by layer (src/check/modelSummary.ts)
   * and `expected` holds the summary's parameter totals: all, trainable, non-trainable.
   */
  expectedSummary?: ModelSummary;
  /**
   * Set when a returned model is compared with the reference by behaviour (src/check/modelBehaviour.ts):
   * the reference's graph and outputs with the check's seeded weights and inputs.
   */
  expectedBehaviour?: ModelBehaviour;
  /** What a hidden check tries (src/check/hiddenCategories.ts): a report names the categories that failed. */
  category?: HiddenCategory;
  tolerance?: Tolerance;
  hint?: Localized;
}

/** What grading an outcome needs to know of an exercise (src/exercises' `Exercise` is one). */
export interface CheckedExercise {
  id: string;
  /** The export the submission file must have, in camelCase (DESIGN.md's contract). */
  exportName: string;
  title: Localized;
  /** Optional advice from a wrong output, e.g. "this is what the document's own code returns". */
  diagnose?(check: CheckCase, got: TensorData, gotSummary?: ModelSummary): Localized | undefined;
}
