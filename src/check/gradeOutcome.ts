import type {Localized} from "../i18n/index.js";
import type {ErrorPosition, RunOutcome} from "../core/protocol.js";
import type {CheckCase, CheckedExercise as Exercise} from "./checkCase.js";
import {cellDifferences, compareTensors, float32Tolerance, type CellDifference, type Comparison} from "./compare.js";
import {escapeControl} from "./controlText.js";
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
  /** Every value of `got` that differs from `expected`, and by how much (visible checks only). */
  differences?: CellDifference[];
  /**
   * A visible check whose function threw: the error's text (control characters escaped) and where in
   * the student's file it was raised, when known; checks that threw the same error show it once.
   */
  error?: {text: string; position?: SourcePlace};
}

/** A place in the student's file, checked against it: 1-based line, and column when known. */
export interface SourcePlace {
  line: number;
  column?: number;
}

export type ExerciseStatus =
  "graded" | "missing" | "syntax-error" | "import-error" | "missing-export" | "timeout" | "crashed";

export interface ExerciseReport {
  exerciseId: string;
  title: Localized;
  status: ExerciseStatus;
  /** Why nothing could be checked, when status is not `graded`. */
  problem?: Localized;
  /** Where in the student's file the problem is (a syntax error, an error raised while loading), when known. */
  position?: SourcePlace;
  hint?: Localized;
  checks: CheckResult[];
  score: number;
  maxScore: number;
}

/** What a check's result repeats of the check, whatever happened: all a report of checks that never ran needs. */
type CaseBase = Pick<CheckCase, "id" | "title" | "kind" | "hidden" | "category">;

/** Every check failed for one reason, the exercise's problem (its checks need no expected outputs). */
export function failEveryCheck(
  exercise: Exercise,
  cases: readonly CaseBase[],
  status: ExerciseStatus,
  problem: Localized,
  hint?: Localized,
  position?: SourcePlace
): ExerciseReport {
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    maxScore: cases.length,
    status,
    problem,
    hint,
    ...(position ? {position} : {}),
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
  const failAll = (status: ExerciseStatus, problem: Localized, hint?: Localized, position?: SourcePlace) =>
    failEveryCheck(exercise, cases, status, problem, hint, position);
  const lines = source ? source.split("\n") : undefined;
  switch (outcome?.kind) {
    case "syntax-error": {
      const line = source.split("\n")[Number(outcome.line) - 1] ?? "";
      const gap = /\.\.\./.test(line) ? messages.fillTheGap : undefined;
      return failAll(
        "syntax-error",
        messages.syntaxError(fileName, Number(outcome.line), Number(outcome.column), String(outcome.message)),
        gap,
        readPosition(outcome, lines)
      );
    }
    case "import-error": {
      const position = readPosition(outcome, lines);
      return failAll(
        "import-error",
        messages.importError(fileName, String(outcome.message), position),
        undefined,
        position
      );
    }
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
      return checkOne(exercise, check, outputs.get(check.id), lines);
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
  result: ({output?: unknown; error?: string} & ErrorPosition) | undefined,
  lines: string[] | undefined
): CheckResult {
  const base = caseBase(check);
  const visible = (fields: Partial<CheckResult>) => (check.hidden ? {} : fields);
  if (!result) return {...base, passed: false, message: messages.noOutput};
  if (result.error !== undefined) {
    // A hidden check's error says nothing: neither its text nor where it was raised (a line is a number the submission chooses).
    if (check.hidden) return {...base, passed: false, message: messages.hiddenThrew};
    const text = String(result.error);
    const position = readPosition(result, lines);
    return {
      ...base,
      passed: false,
      message: messages.threw(text, position),
      error: {text: escapeControl(text), ...(position ? {position} : {})}
    };
  }
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
    ...visible({
      expected: check.expected,
      got: parsed.value,
      differences: cellDifferences(check.expected, parsed.value, check.tolerance ?? float32Tolerance)
    })
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

/** Lines a position may name when the source is not known. */
const maxLines = 1_000_000;

/**
 * A position the sandbox reported, as untrusted data: whole numbers, a line the file has, a column
 * within that line (or just past its end); otherwise nothing, or the line alone.
 */
function readPosition(raw: {line?: unknown; column?: unknown}, lines: string[] | undefined): SourcePlace | undefined {
  const {line, column} = raw;
  if (!Number.isSafeInteger(line) || (line as number) < 1 || (line as number) > (lines?.length ?? maxLines))
    return undefined;
  const width = lines ? lines[(line as number) - 1].length + 1 : maxLines;
  return Number.isSafeInteger(column) && (column as number) >= 1 && (column as number) <= width
    ? {line: line as number, column: column as number}
    : {line: line as number};
}

function caseBase(check: CaseBase): Pick<CheckResult, "id" | "title" | "kind" | "hidden" | "category"> {
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
