import {failEveryCheck, gradeOutcome, type ExerciseReport} from "../check/gradeOutcome.js";
import {messages} from "../check/messages.js";
import type {CheckCase, Exercise} from "../exercises/types.js";
import type {CaseOutput, RunOutcome} from "../run/protocol.js";

/**
 * A submission's checks run in two phases, in one sandbox process: first the visible checks of
 * every exercise, then the hidden ones. Nothing a submission returns after it has seen a hidden
 * check's inputs is ever shown, so it cannot smuggle those inputs into a visible result.
 */
export function splitPhases(cases: CheckCase[]): {visible: CheckCase[]; hidden: CheckCase[]} {
  return {visible: cases.filter((check) => !check.hidden), hidden: cases.filter((check) => check.hidden)};
}

/**
 * One exercise's report from its two runs. A visible run that could not load the file speaks for
 * every check. A hidden run (and any run of the hidden phase: the process may keep an earlier
 * exercise's hidden inputs) says only which of a fixed set of verdicts it ended in — timed out or
 * crashed — never its text or numbers; a hidden run that failed after the visible one ran keeps
 * the visible results and fails only the hidden checks. Each run's results count only for its own
 * phase's checks: a hidden run cannot answer a visible check.
 */
export function gradePhases(
  exercise: Exercise,
  cases: CheckCase[],
  visible: RunOutcome | undefined,
  hidden: RunOutcome | undefined,
  context: {fileName: string; source: string}
): ExerciseReport {
  if (visible && visible.kind !== "ran") return gradeOutcome(exercise, cases, visible, context);
  if (!hidden || hidden.kind === "ran") {
    const results = [...resultsOf(visible, cases, false), ...resultsOf(hidden, cases, true)];
    return gradeOutcome(exercise, cases, {kind: "ran", results}, context);
  }
  const failed = hiddenRunFailed(exercise, cases, hidden);
  if (!visible) return failed;
  const ran = gradeOutcome(exercise, cases, {kind: "ran", results: resultsOf(visible, cases, false)}, context);
  const checks = cases.map((check, i) => (check.hidden ? failed.checks[i] : ran.checks[i]));
  return {...failed, checks, score: checks.filter((check) => check.passed).length};
}

/** A run of the hidden phase that did not run to the end: its kind, in the grader's words only. */
function hiddenRunFailed(exercise: Exercise, cases: CheckCase[], outcome: RunOutcome): ExerciseReport {
  if (outcome?.kind === "timeout") return failEveryCheck(exercise, cases, "timeout", messages.hiddenTimeout);
  return failEveryCheck(exercise, cases, "crashed", messages.hiddenCrashed);
}

/** The results of a run that answer checks of its own phase. */
function resultsOf(outcome: RunOutcome | undefined, cases: CheckCase[], hidden: boolean): CaseOutput[] {
  if (outcome?.kind !== "ran" || !Array.isArray(outcome.results)) return [];
  const ids = new Set(cases.filter((check) => check.hidden === hidden).map((check) => check.id));
  return outcome.results.filter((result) => result && typeof result === "object" && ids.has(result.id));
}
