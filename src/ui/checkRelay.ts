import type {ExerciseReport} from "../check/gradeOutcome.js";

/** What an exercise cell's `onCheck` receives: the report and the code that was checked. */
export type CheckListener = (report: ExerciseReport, source: string) => void;

/** Carries one exercise's checks to the sections of its page that act on them. */
export interface CheckRelay {
  /** The exercise cell's `onCheck`. */
  readonly publish: CheckListener;
  /**
   * Calls `listener` with the checks made so far that matter to it (the last one with full marks, then
   * the last one if it came after), then with every later check.
   */
  subscribe(listener: CheckListener): void;
}

/**
 * Passes an exercise cell's checks on to the sections that unlock or run on them (a training panel,
 * a demo), whichever cell runs first. An exercise cell does not name those sections: a cell that
 * names another waits for it, and the sections wait for tfjs's backend, which the editors need not.
 * Checks made before a section subscribes are handed to it when it does, so a passing check is never
 * lost in the second or so between the editor being ready and the backend starting.
 */
export function checkRelay(): CheckRelay {
  type Check = [ExerciseReport, string];
  let lastPassed: Check | undefined;
  let last: Check | undefined;
  const listeners: CheckListener[] = [];
  return {
    publish(report, source) {
      last = [report, source];
      if (report.status === "graded" && report.score === report.maxScore) lastPassed = last;
      for (const listener of listeners) listener(report, source);
    },
    subscribe(listener) {
      listeners.push(listener);
      for (const check of lastPassed === last ? [last] : [lastPassed, last]) if (check) listener(...check);
    }
  };
}
