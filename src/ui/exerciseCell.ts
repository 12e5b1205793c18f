import {javascript} from "@codemirror/lang-javascript";
import {indentWithTab} from "@codemirror/commands";
import {keymap} from "@codemirror/view";
import * as tf from "@convlab/tfjs";
import {basicSetup, EditorView} from "codemirror";
import {gradeOutcome, type ExerciseReport} from "../check/gradeOutcome.js";
import type {CheckCase, DocumentedFile, Exercise} from "../exercises/types.js";
import {exerciseMessages, type Lang} from "../i18n/index.js";
import {browserTimeLimit, runInBrowser, warmUpRunner} from "../run/browserRunner.js";
import {runBusy} from "./busyWork.js";
import {element} from "./dom.js";
import {clearLastCheck, recordCheck} from "./lastCheck.js";
import {reportView} from "./reportView.js";
import {clearSavedCode, readSavedCode, savedCodeEvent, writeSavedCode} from "./savedCode.js";

export interface ExerciseCellOptions {
  lang: Lang;
  /** The exercise's `data/expected/<id>.json`, e.g. `await FileAttachment("../data/expected/max-pooling.json").json()`. */
  documented: DocumentedFile;
  /** Called after each check with its report and the code that was checked (e.g. to use a passing solution on the page). */
  onCheck?(report: ExerciseReport, source: string): void;
}

/**
 * An exercise cell: the editor with the starter code, Check and Reset, and the result of the last check.
 * The code is saved on every edit and restored on reload; Check runs it in a Web Worker with a time limit.
 */
export function exerciseCell(exercise: Exercise, {lang, documented, onCheck}: ExerciseCellOptions): HTMLElement {
  const fileName = `${exercise.id}.ts`;
  const notice = element("p", {class: "convlab-notice", role: "status"});
  const saved = readSavedCode(exercise.id);
  if (saved.kind === "corrupt") notice.textContent = exerciseMessages.corruptSaved[lang];
  else if (saved.kind === "saved" && saved.code !== exercise.starter[lang])
    notice.textContent = exerciseMessages.restored[lang];

  const editorHost = element("div", {class: "convlab-editor"});
  const editor = new EditorView({
    doc: saved.kind === "saved" ? saved.code : exercise.starter[lang],
    parent: editorHost,
    extensions: [
      basicSetup,
      keymap.of([indentWithTab]),
      javascript({typescript: true}),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !writeSavedCode(exercise.id, update.state.doc.toString()))
          notice.textContent = exerciseMessages.storageUnavailable[lang];
      })
    ]
  });
  const setCode = (code: string) => editor.dispatch({changes: {from: 0, to: editor.state.doc.length, insert: code}});

  const result = element("div", {class: "convlab-result", "aria-live": "polite"});
  const checkButton = element("button", {type: "button", class: "convlab-check"}, exerciseMessages.check[lang]);
  const resetButton = element("button", {type: "button", class: "convlab-reset"}, exerciseMessages.reset[lang]);

  let cases: CheckCase[] | undefined;
  checkButton.addEventListener("click", () => {
    result.replaceChildren(element("p", {class: "convlab-running"}, exerciseMessages.checking[lang]));
    const check = async () => {
      cases ??= await exercise.cases(tf, documented, {hidden: false, seed: 0});
      const source = editor.state.doc.toString();
      const request = {exerciseId: exercise.id, fileName, source, cases: cases.map(({id, args}) => ({id, args}))};
      const outcome = await runInBrowser(request, Math.max(browserTimeLimit, exercise.timeLimitSeconds ?? 0));
      const report = gradeOutcome(exercise, cases, outcome, {fileName, source});
      result.replaceChildren(reportView(report, {lang}));
      recordCheck(exercise.id, report, source);
      onCheck?.(report, source);
    };
    void runBusy(checkButton, check, (message) =>
      result.replaceChildren(element("p", {class: "convlab-problem"}, message))
    );
  });
  resetButton.addEventListener("click", () => {
    if (!confirm(exerciseMessages.resetConfirm[lang])) return;
    setCode(exercise.starter[lang]);
    clearSavedCode(exercise.id);
    clearLastCheck(exercise.id);
    notice.textContent = "";
    result.replaceChildren();
  });
  addEventListener(savedCodeEvent, (event) => {
    if (!(event as CustomEvent<string[]>).detail?.includes(exercise.id)) return;
    const imported = readSavedCode(exercise.id);
    if (imported.kind === "saved") setCode(imported.code);
  });

  warmUpRunner();
  return element(
    "section",
    {class: "convlab-exercise", "data-exercise": exercise.id},
    element("div", {class: "convlab-exercise-title"}, exercise.title[lang], " ", element("code", {}, fileName)),
    notice,
    editorHost,
    element("div", {class: "convlab-buttons"}, checkButton, resetButton),
    result
  );
}
