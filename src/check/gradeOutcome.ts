import type {Localized} from "../i18n/index.js";
import type {RunOutcome} from "../core/protocol.js";
import type {CheckCase, CheckedExercise as Exercise} from "./checkCase.js";
import {compareTensors, float32Tolerance, type Comparison} from "./compare.js";
import type {HiddenCategory} from "./hiddenCategories.js";
import {describeComparison, messages, readContractBreach} from "./messages.js";
import {compareBehaviour, describeBehaviourComparison, parseBehaviour, type ModelBehaviour} from "./modelBehaviour.js";
import {
  compareSummaries,
  describeSummaryComparison,
  parseSummary,
  summaryTotals,
  type ModelSummary
} from "./modelSummary.js";
import {parseNested, type TensorData} from "./tensorData.js";

export interface CheckResult {
  id: string;
  title: Localized;
  kind: CheckCase["kind"];
  hidden: boolean;
  /** What a hidden check tries: a report names the categories of the failed ones (src/check/hiddenCategories.ts). */
  category?: HiddenCategory;
  passed: boolean;
  message: Localized;
  hint?: Localized;
  /** Shown for visible checks only. */
  expected?: TensorData;
  got?: TensorData;
}

export type ExerciseStatus =
  "graded" | "missing" | "syntax-error" | "import-error" | "missing-export" | "timeout" | "crashed";

export interface ExerciseReport {
  exerciseId: string;
  title: Localized;
  status: ExerciseStatus;
  /** Why nothing could be checked, when status is not `graded`. */
  problem?: Localized;
  hint?: Localized;
  checks: CheckResult[];
  score: number;
  maxScore: number;
}

/** Every check failed for one reason, the exercise's problem. */
export function failEveryCheck(
  exercise: Exercise,
  cases: CheckCase[],
  status: ExerciseStatus,
  problem: Localized,
  hint?: Localized
): ExerciseReport {
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    maxScore: cases.length,
    status,
    problem,
    hint,
    score: 0,
    checks: cases.map((check) => ({
      ...caseBase(check),
      passed: false,
      message: problem
    }))
  };
}

/**
 * The trusted side of a check: compares what the sandbox returned with the expected outputs.
 * Everything from the sandbox is treated as untrusted data and parsed before it is compared.
 */
export function gradeOutcome(
  exercise: Exercise,
  cases: CheckCase[],
  outcome: RunOutcome,
  {fileName = `${exercise.id}.ts`, source = ""}: {fileName?: string; source?: string} = {}
): ExerciseReport {
  const base = {exerciseId: exercise.id, title: exercise.title, maxScore: cases.length};
  const failAll = (status: ExerciseStatus, problem: Localized, hint?: Localized) =>
    failEveryCheck(exercise, cases, status, problem, hint);
  switch (outcome?.kind) {
    case "syntax-error": {
      const line = source.split("\n")[Number(outcome.line) - 1] ?? "";
      const gap = /\.\.\./.test(line) ? messages.fillTheGap : undefined;
      return failAll(
        "syntax-error",
        messages.syntaxError(fileName, Number(outcome.line), Number(outcome.column), String(outcome.message)),
        gap
      );
    }
    case "import-error":
      return failAll("import-error", messages.importError(fileName, String(outcome.message)));
    case "missing-export":
      return failAll(
        "missing-export",
        messages.missingExport(
          fileName,
          exercise.exportName,
          Array.isArray(outcome.exports) ? outcome.exports.map(String) : []
        )
      );
    case "timeout":
      return failAll("timeout", messages.timeout(Number(outcome.seconds)));
    case "ran":
      break;
    default:
      return failAll(
        "crashed",
        messages.crashed(outcome?.kind === "crashed" ? String(outcome.message) : "no answer from the sandbox")
      );
  }
  const outputs = new Map<string, {output?: unknown; error?: string}>();
  for (const result of Array.isArray(outcome.results) ? outcome.results : []) {
    if (result && typeof result.id === "string" && !outputs.has(result.id)) outputs.set(result.id, result);
  }
  const checks = cases.map((check) => {
    try {
      return checkOne(exercise, check, outputs.get(check.id));
    } catch {
      // e.g. a getter that throws: never crash the grader on what a submission returned
      return {...caseBase(check), passed: false, message: messages.unreadable};
    }
  });
  return {...base, status: "graded", checks, score: checks.filter((check) => check.passed).length};
}

function checkOne(
  exercise: Exercise,
  check: CheckCase,
  result: {output?: unknown; error?: string} | undefined
): CheckResult {
  const base = caseBase(check);
  const visible = (fields: Partial<CheckResult>) => (check.hidden ? {} : fields);
  if (!result) return {...base, passed: false, message: messages.noOutput};
  if (result.error !== undefined)
    return {
      ...base,
      passed: false,
      message: check.hidden ? messages.hiddenThrew : messages.threw(String(result.error))
    };
  const breach = readContractBreach(result.output);
  if (breach) return {...base, passed: false, message: messages.initializerCall(breach, check.hidden)};
  if (check.expectedBehaviour) return checkBehaviour(check, check.expectedBehaviour, result.output);
  if (check.expectedSummary) return checkSummary(exercise, check, check.expectedSummary, result.output);
  const parsed = parseNested(result.output);
  if (!parsed.ok) return {...base, passed: false, message: check.hidden ? messages.hiddenFailed : parsed.problem};
  const comparison = compareTensors(check.expected, parsed.value, check.tolerance ?? float32Tolerance);
  if (comparison.kind === "equal") return {...base, passed: true, message: messages.passed};
  // Advice names input sizes, so hidden checks give none.
  const hint = check.hidden ? undefined : safeDiagnose(exercise, check, parsed.value);
  return {
    ...base,
    passed: false,
    message: check.hidden ? hiddenDifference(comparison) : describeComparison(comparison),
    ...(hint ? {hint} : {}),
    ...visible({expected: check.expected, got: parsed.value})
  };
}

/** A check of a returned model: its summary, parsed as untrusted data, then compared layer by layer. */
function checkSummary(exercise: Exercise, check: CheckCase, expected: ModelSummary, output: unknown): CheckResult {
  const base = caseBase(check);
  const parsed = parseSummary(output);
  if (!parsed.ok) return {...base, passed: false, message: check.hidden ? messages.hiddenFailed : parsed.problem};
  const comparison = compareSummaries(expected, parsed.value);
  if (comparison.kind === "equal") return {...base, passed: true, message: messages.passed};
  if (check.hidden) return {...base, passed: false, message: messages.hiddenFailed};
  const totals = summaryTotals(parsed.value);
  const got = {shape: [3], values: [totals.total, totals.trainable, totals.nonTrainable]};
  const hint = safeDiagnose(exercise, check, got, parsed.value);
  return {
    ...base,
    passed: false,
    message: describeSummaryComparison(comparison),
    ...(hint ? {hint} : {}),
    expected: check.expected,
    got
  };
}

/**
 * A check of a returned model's behaviour: its graph and outputs, parsed as untrusted data, against the
 * reference's. A visible check names the first layer where the model parts from the reference; a hidden
 * one says only whether the graph or the outputs differ.
 */
function checkBehaviour(check: CheckCase, expected: ModelBehaviour, output: unknown): CheckResult {
  const base = caseBase(check);
  const parsed = parseBehaviour(output);
  if (!parsed.ok) return {...base, passed: false, message: check.hidden ? messages.hiddenFailed : parsed.problem};
  const comparison = compareBehaviour(expected, parsed.value);
  if (comparison.kind === "equal") return {...base, passed: true, message: messages.passed};
  if (check.hidden)
    return {
      ...base,
      passed: false,
      message: comparison.kind === "graph" ? messages.hiddenWrongGraph : messages.hiddenWrongOutputs
    };
  return {...base, passed: false, message: describeBehaviourComparison(comparison)};
}

function caseBase(check: CheckCase): Pick<CheckResult, "id" | "title" | "kind" | "hidden" | "category"> {
  return {
    id: check.id,
    title: check.title,
    kind: check.kind,
    hidden: check.hidden,
    ...(check.category ? {category: check.category} : {})
  };
}

/**
 * A hidden check says what kind of difference there is (shape or values), never the values, nor how
 * many differ: a count is a number the submission chooses, so it could carry the inputs.
 */
function hiddenDifference(comparison: Comparison): Localized {
  return comparison.kind === "shape" ? messages.hiddenWrongShape : messages.hiddenWrongValues;
}

function safeDiagnose(
  exercise: Exercise,
  check: CheckCase,
  got: TensorData,
  gotSummary?: ModelSummary
): Localized | undefined {
  try {
    return exercise.diagnose?.(check, got, gotSummary);
  } catch {
    return undefined;
  }
}
