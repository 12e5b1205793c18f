import type {ExerciseReport} from "../check/gradeOutcome.js";
import {studentTrainingMessages, type Lang, type Localized} from "../i18n/index.js";
import {element} from "./dom.js";

export interface StudentTrainingOptions {
  lang: Lang;
  /** The exercise whose passing code is trained here, and the name of the function that code exports. */
  exercise: {id: string; exportName: string};
  /** The root's class, beside `convlab-student-training`. */
  className: string;
  /** Extra attributes of the root (e.g. `data-key`), for styles and tests. */
  attributes?: Record<string, string>;
  words: {
    /** Shown while locked: what to pass to unlock. */
    locked: Localized;
    /** The button that presses the exercise's Check (after a reload, the saved code is checked again). */
    checkSaved: Localized;
    /** Shown above the content once unlocked. */
    unlocked: Localized;
  };
  /**
   * What the section shows once unlocked, given the student's code (which passed its check). The code
   * runs in the page's compute worker, never on the page itself.
   */
  content(source: string): Node[];
  /** The exercise's Check button (default: the page's cell for `exercise.id`). */
  checkButton?: () => HTMLButtonElement | null;
}

/**
 * A section that trains the student's own network: locked until the exercise that builds it passes
 * every check (`unlock`, called from the exercise cell's onCheck with the report and the code), then
 * built around the student's code, which the page's compute worker runs. The answer to the exercise never ships with
 * the page. Nothing is unlocked by itself after a reload: a button presses the exercise's Check, which
 * runs the saved code again.
 */
export function studentTraining({
  lang,
  exercise,
  className,
  attributes = {},
  words,
  content,
  checkButton = () => exerciseCheckButton(exercise.id)
}: StudentTrainingOptions): {element: HTMLElement; unlock(report: ExerciseReport, source: string): void} {
  const checkSaved = element("button", {type: "button", class: "convlab-check-saved"}, words.checkSaved[lang]);
  checkSaved.addEventListener("click", () => checkButton()?.click());
  const notice = element("p", {class: "convlab-notice"}, words.locked[lang]);
  const slot = element(
    "div",
    {class: "convlab-training-slot"},
    notice,
    element("div", {class: "convlab-buttons"}, checkSaved)
  );
  const rootAttributes = {
    ...attributes,
    class: `convlab-student-training ${className}`,
    "data-exercise": exercise.id,
    "data-state": "locked"
  };
  const root = element("section", rootAttributes, slot);
  return {
    element: root,
    unlock(report, source) {
      if (root.dataset.state === "unlocked" || report.status !== "graded" || report.score !== report.maxScore) return;
      let nodes: Node[];
      try {
        nodes = content(source);
      } catch (error) {
        notice.textContent = studentTrainingMessages.failed(error instanceof Error ? error.message : String(error))[
          lang
        ];
        return;
      }
      slot.replaceChildren(element("p", {class: "convlab-notice"}, words.unlocked[lang]), ...nodes);
      root.dataset.state = "unlocked";
    }
  };
}

/** The Check button of an exercise cell on the page. */
export function exerciseCheckButton(exerciseId: string): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>(
    `.convlab-exercise[data-exercise="${exerciseId}"] button.convlab-check`
  );
}
