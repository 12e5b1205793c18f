import type {CourseExercise} from "../exercises/catalog.js";
import {courseWorkMessages as m, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";
import {codeFingerprint, readLastCheck, type LastCheck} from "./lastCheck.js";
import {readSavedCode} from "./savedCode.js";

/**
 * Where an exercise stands in this browser: not started (no saved code, never checked), started
 * (code saved or checked, not passed), or passed (the last check passed every check, and the saved
 * code is the code it checked). `changed`: the code changed after the last check.
 */
export type ExerciseState =
  {kind: "not-started"} | {kind: "started"; last?: LastCheck; changed: boolean} | {kind: "passed"; last: LastCheck};

export function exerciseState(exerciseId: string): ExerciseState {
  const saved = readSavedCode(exerciseId);
  const code = saved.kind === "saved" ? saved.code : undefined;
  const last = readLastCheck(exerciseId);
  if (!last) return code === undefined ? {kind: "not-started"} : {kind: "started", changed: false};
  // No saved code beside a check: the starter code was checked as it stands (Reset forgets the check).
  const changed = code !== undefined && codeFingerprint(code) !== last.code;
  if (!changed && last.total > 0 && last.passed === last.total) return {kind: "passed", last};
  return {kind: "started", last, changed};
}

/** The words of a state: "passed · last check: 5 of 5", "started · last check: 2 of 5, the code changed since". */
export function stateText(state: ExerciseState, lang: Lang): string {
  if (state.kind === "not-started") return m.notStarted[lang];
  const last = state.last
    ? m.lastCheck(state.last.passed, state.last.total)[lang] +
      (state.kind === "started" && state.changed ? `, ${m.changedSince[lang]}` : "")
    : m.notChecked[lang];
  return `${(state.kind === "passed" ? m.passed : m.started)[lang]} · ${last}`;
}

/**
 * The home page's table of the course's exercises, each with its lesson (a link to its cell) and its
 * state from the work saved in this browser; redrawn when another tab changes the saved work and
 * when the page is shown again from the browser's history.
 */
export function courseProgress(exercises: readonly CourseExercise[], {lang}: {lang: Lang}): HTMLElement {
  const body = element("tbody");
  const draw = () =>
    body.replaceChildren(
      ...exercises.map((exercise) => {
        const state = exerciseState(exercise.id);
        return element(
          "tr",
          {"data-exercise": exercise.id, "data-state": state.kind},
          element(
            "td",
            {},
            element("a", {href: `./${exercise.lesson}#${exercise.section}`}, exercise.title[lang]),
            " ",
            element("code", {}, `${exercise.id}.ts`)
          ),
          element("td", {}, exercise.lesson.split("-")[0]),
          element("td", {class: "convlab-state"}, stateText(state, lang))
        );
      })
    );
  draw();
  addEventListener("storage", draw);
  addEventListener("pageshow", draw);
  return element(
    "div",
    {class: "convlab-progress"},
    element(
      "table",
      {class: "convlab-table"},
      element("caption", {}, m.progressCaption[lang]),
      element(
        "thead",
        {},
        element(
          "tr",
          {},
          element("th", {scope: "col"}, m.exercise[lang]),
          element("th", {scope: "col"}, m.lesson[lang]),
          element("th", {scope: "col"}, m.state[lang])
        )
      ),
      body
    ),
    element("p", {class: "convlab-notice"}, m.progressNote[lang])
  );
}
