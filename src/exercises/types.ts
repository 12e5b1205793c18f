import type {CheckCase, CheckedExercise} from "../check/checkCase.js";
import type {HiddenCategory} from "../check/hiddenCategories.js";
import type {ModelSummary} from "../check/modelSummary.js";
import type {TensorData} from "../check/tensorData.js";
import type {Json, TF} from "../core/types.js";
import type {Localized} from "../i18n/index.js";

export type {CheckCase, Json, TF};

/** Where a documented case comes from: `data/expected/<exercise-id>.json`. */
export interface DocumentedFile {
  exercise: string;
  document: string;
  cases: DocumentedCase[];
}

export interface DocumentedCase {
  id: string;
  title: Localized;
  /** The document's cell the call and its printed output come from. */
  cell: string;
  args: Json[];
  expected: Json;
  /** Set when the document printed the output rounded (`np.around(…, 5)`): the check allows half a unit in that place. */
  decimals?: number;
}

export interface CaseOptions {
  /** Include the grader's hidden checks. */
  hidden: boolean;
  /** Seed of the run; each exercise draws its hidden inputs from a seed derived from it and its id. */
  seed: number;
  /**
   * The exercise's reference solution (its export), for hidden checks whose expected outputs come from
   * running it on the trusted side. Only the grader passes this: pages never load solutions/.
   */
  reference?: () => Promise<(...args: unknown[]) => unknown>;
}

/** A visible reference check: its id, its title (which may name its inputs) and its arguments. */
export interface ReferenceCall {
  id: string;
  title: Localized;
  args: Json[];
}

/**
 * An exercise, declared: everything `src/exercises/buildCases.ts` needs to make its checks, and what
 * runs in the sandbox. Each exercise's folder holds one (`src/exercises/<id>/spec.ts`).
 */
export interface ExerciseSpec {
  id: string;
  /** The export the submission file must have, in camelCase (DESIGN.md's contract). */
  exportName: string;
  /** The exported function's signature as the README's exercise table gives it. */
  signature: string;
  title: Localized;
  /** The document and its cells this exercise comes from. */
  source: {document: string; cells: string};
  /** Starter code with the document's gaps (`...`) to fill in; comments in the reader's language. */
  starter: Localized;
  /** Seconds one check run may take, when the runners' defaults (browser 10 s, grader 30 s) are too short. */
  timeLimitSeconds?: number;
  /**
   * What a check compares: `tensor`, nested arrays of numbers; `summary`, a returned model's summary,
   * layer by layer (the documented cases then hold a summary and its totals).
   */
  check: "tensor" | "summary";
  /** Visible reference checks (the browser runs them too); their expected outputs come from `expected`. */
  visibleCalls?(): ReferenceCall[];
  /**
   * Visible checks of a returned model's behaviour: their expected outputs come from the reference
   * solution, run through `invoke` on the trusted side, so only the grader (and the tests) build them.
   */
  behaviourCalls?(): ReferenceCall[];
  /** The arguments of the grader's hidden checks, drawn from `random` (seeded by the exercise id and the run's seed). */
  hiddenCalls(random: () => number): Json[][];
  /** What the n-th hidden check (from 0) tries, named in reports when it fails (src/check/hiddenCategories.ts). */
  hiddenCategory?(args: Json[], index: number): HiddenCategory;
  /**
   * What a call's output is compared as, when it is not `check`: `behaviour` for a model described by
   * src/models/modelBehaviour.ts and compared with the reference's (src/check/modelBehaviour.ts).
   */
  callCheck?(args: Json[]): "tensor" | "summary" | "behaviour";
  /**
   * Where the hidden checks' expected outputs come from: `tensorflow`, computed here by `expected`;
   * `solution`, `solutions/<id>.ts` run through `invoke` on the grader's side.
   */
  hiddenFrom: "tensorflow" | "solution";
  /** Trusted-side expected output of a call: TensorFlow's own ops (src/ops/tfReference.ts), or arithmetic. */
  expected?(args: Json[]): TensorData;
  /**
   * Runs inside the sandbox: calls the student's function with a case's arguments and reduces
   * what it returns to plain data (nested arrays of numbers, a model summary). Never trusted by the checker.
   */
  invoke(fn: (...args: unknown[]) => unknown, args: Json[]): unknown | Promise<unknown>;
  /** Optional advice from a wrong output, e.g. "this is what the document's own code returns". */
  diagnose?(check: CheckCase, got: TensorData, gotSummary?: ModelSummary): Localized | undefined;
}

/** Everything about one exercise; the browser's Check button, the grader and the tests all read this. */
export interface Exercise extends CheckedExercise {
  id: string;
  exportName: string;
  signature: string;
  title: Localized;
  source: {document: string; cells: string};
  starter: Localized;
  timeLimitSeconds?: number;
  /** The declaration it was built from. */
  spec: ExerciseSpec;
  /**
   * Runs inside the sandbox (see ExerciseSpec.invoke). `tf` is the runner's TensorFlow.js, the same
   * `@convlab/tfjs` instance the library imports; it is accepted for the runners' sake and not needed.
   */
  invoke(fn: (...args: unknown[]) => unknown, args: Json[], tf?: TF): unknown | Promise<unknown>;
  /** Runs on the trusted side: every case, the documented ones first (src/exercises/buildCases.ts). `tf` as for invoke. */
  cases(tf: TF | undefined, documented: DocumentedFile, options: CaseOptions): Promise<CheckCase[]>;
}
