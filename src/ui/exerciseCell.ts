import {javascript} from "@codemirror/lang-javascript";
import {indentWithTab} from "@codemirror/commands";
import {ensureSyntaxTree} from "@codemirror/language";
import {EditorState, StateEffect, StateField, type Text} from "@codemirror/state";
import {Decoration, keymap, type DecorationSet} from "@codemirror/view";
import * as tf from "@convlab/tfjs";
import {basicSetup, EditorView} from "codemirror";
import {setupBrowserTf} from "../backends/browser.js";
import {gradeOutcome, type ExerciseReport, type SourcePlace} from "../check/gradeOutcome.js";
import {yieldToEventLoop} from "../core/yieldToEventLoop.js";
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
  /** Called after each check with its report and the code that was checked (e.g. a {@link checkRelay}'s `publish`, which hands a passing solution to the sections that use it). */
  onCheck?(report: ExerciseReport, source: string): void;
}

/**
 * Finishes the parse of the editor's code at once, in slices of 25 ms, each in a task of its own (the
 * first after the view's). CodeMirror's parse worker would finish it once the page is idle, in slices
 * of up to 100 ms where Chromium has isInputPending: traces of lesson 2's load had tasks of 87–100 ms
 * of it. The worker starts 100 ms after the view at the earliest, finds the parse done, and only
 * applies the tree (up to 50–60 ms in some loads, as its highlighting is redrawn).
 */
export async function finishParsing(editor: EditorView): Promise<void> {
  do await yieldToEventLoop();
  while (!ensureSyntaxTree(editor.state, editor.state.doc.length, 25));
}

/**
 * An exercise cell: the editor with the starter code, Check and Reset, and the result of the last check.
 * The code is saved on every edit and restored on reload; Check runs it in a Web Worker with a time limit.
 * Resolves once the editor is made, two tasks later.
 */
export async function exerciseCell(
  exercise: Exercise,
  {lang, documented, onCheck}: ExerciseCellOptions
): Promise<HTMLElement> {
  const fileName = `${exercise.id}.ts`;
  const notice = element("p", {class: "convlab-notice", role: "status"});
  const saved = readSavedCode(exercise.id);
  if (saved.kind === "corrupt") notice.textContent = exerciseMessages.corruptSaved[lang];
  else if (saved.kind === "saved" && saved.code !== exercise.starter[lang])
    notice.textContent = exerciseMessages.restored[lang];

  const editorHost = element("div", {class: "convlab-editor"});
  const state = EditorState.create({
    doc: saved.kind === "saved" ? saved.code : exercise.starter[lang],
    extensions: [
      basicSetup,
      keymap.of([indentWithTab]),
      javascript({typescript: true}),
      errorLines,
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        // What was said of the code before (restored, corrupt, the last check's report) is stale now.
        notice.textContent = writeSavedCode(exercise.id, update.state.doc.toString())
          ? ""
          : exerciseMessages.storageUnavailable[lang];
        markStale();
      })
    ]
  });
  // Work imported into this exercise (Import, Insert the blocks) replaces the code; heard from now on,
  // an import that comes before the view exists is applied once it does.
  let importedMeanwhile = false;
  let takeImport = () => void (importedMeanwhile = true);
  addEventListener(savedCodeEvent, (event) => {
    if ((event as CustomEvent<string[]>).detail?.includes(exercise.id)) takeImport();
  });
  // The state (with the TypeScript parser's first pass over the code) and the view are made in two
  // tasks: a page's first editor took one task of 80–155 ms on 2 cores, made apart 25–50 and 40–75.
  await yieldToEventLoop();
  const editor = new EditorView({state, parent: editorHost});
  void finishParsing(editor);
  const goTo = ({line, column = 1}: SourcePlace) => {
    const doc = editor.state.doc;
    const at = doc.line(Math.min(line, doc.lines));
    editor.dispatch({selection: {anchor: at.from + Math.min(column - 1, at.length)}, scrollIntoView: true});
    editor.focus();
  };
  const setCode = (code: string) => editor.dispatch({changes: {from: 0, to: editor.state.doc.length, insert: code}});

  const result = element("div", {class: "convlab-result", "aria-live": "polite"});
  const checkButton = element("button", {type: "button", class: "convlab-check"}, exerciseMessages.check[lang]);
  const resetButton = element("button", {type: "button", class: "convlab-reset"}, exerciseMessages.reset[lang]);

  const markStale = () => {
    const report = result.querySelector(".convlab-report");
    if (!report || report.hasAttribute("data-stale")) return;
    report.setAttribute("data-stale", "");
    report.prepend(element("p", {class: "convlab-stale"}, exerciseMessages.stale[lang]));
  };

  let cases: CheckCase[] | undefined;
  checkButton.addEventListener("click", () => {
    notice.textContent = "";
    editor.dispatch({effects: setErrorLines.of([])});
    result.replaceChildren(element("p", {class: "convlab-running"}, exerciseMessages.checking[lang]));
    const check = async () => {
      // The editor may be ready before the page's backend has started (its cell does not wait for
      // tfjs): the cases are built once it has, never on tfjs's default backend.
      await setupBrowserTf();
      cases ??= await exercise.cases(tf, documented, {hidden: false, seed: 0});
      const source = editor.state.doc.toString();
      const request = {exerciseId: exercise.id, fileName, source, cases: cases.map(({id, args}) => ({id, args}))};
      const outcome = await runInBrowser(request, Math.max(browserTimeLimit, exercise.timeLimitSeconds ?? 0));
      const report = gradeOutcome(exercise, cases, outcome, {fileName, source});
      result.replaceChildren(reportView(report, {lang, goTo}));
      recordCheck(exercise.id, report, source);
      // Only the code that was checked is marked: an edit during the check leaves the editor unmarked.
      if (editor.state.doc.toString() === source)
        editor.dispatch({effects: setErrorLines.of(errorPlaces(report, lang))});
      else markStale();
      onCheck?.(report, source);
    };
    void runBusy(checkButton, check, (message) =>
      result.replaceChildren(element("p", {class: "convlab-problem"}, message))
    );
  });
  resetButton.addEventListener("click", () => {
    if (!confirm(exerciseMessages.resetConfirm[lang])) return;
    editor.dispatch({effects: setErrorLines.of([])});
    setCode(exercise.starter[lang]);
    clearSavedCode(exercise.id);
    clearLastCheck(exercise.id);
    notice.textContent = "";
    result.replaceChildren();
  });
  takeImport = () => {
    const imported = readSavedCode(exercise.id);
    if (imported.kind === "saved") setCode(imported.code);
  };
  if (importedMeanwhile) takeImport();

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

/** The lines a report names: its problem's, or those where the function threw. */
function errorPlaces(report: ExerciseReport, lang: Lang): Array<SourcePlace & {text: string}> {
  if (report.problem) return report.position ? [{...report.position, text: report.problem[lang]}] : [];
  const places: Array<SourcePlace & {text: string}> = [];
  for (const check of report.checks) {
    if (!check.passed && check.error?.position) places.push({...check.error.position, text: check.error.text});
  }
  return places;
}

const setErrorLines = StateEffect.define<Array<SourcePlace & {text: string}>>();

/**
 * The lines of the student's code where the last check found an error, marked (`.convlab-error-line`).
 * A marked line loses its mark once edited; the others follow the text around them.
 */
const errorLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    for (const effect of transaction.effects) {
      if (effect.is(setErrorLines)) return lineMarks(transaction.state.doc, effect.value);
    }
    if (!transaction.docChanged) return marks;
    const before = transaction.startState.doc;
    const edited = (from: number) => {
      const line = before.lineAt(from);
      let touched = false;
      transaction.changes.iterChangedRanges((fromA, toA) => {
        if (fromA <= line.to && toA >= line.from) touched = true;
      });
      return touched;
    };
    return marks.update({filter: (from) => !edited(from)}).map(transaction.changes);
  },
  provide: (field) => EditorView.decorations.from(field)
});

function lineMarks(doc: Text, places: Array<SourcePlace & {text: string}>): DecorationSet {
  const starts = new Map<number, string>();
  for (const {line, text} of places) {
    if (line >= 1 && line <= doc.lines && !starts.has(line)) starts.set(line, text);
  }
  return Decoration.set(
    [...starts]
      .sort(([a], [b]) => a - b)
      .map(([line, text]) =>
        Decoration.line({class: "convlab-error-line", attributes: {title: text}}).range(doc.line(line).from)
      )
  );
}
