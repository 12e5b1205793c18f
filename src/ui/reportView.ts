import type {CheckResult, ExerciseReport, SourcePlace} from "../check/gradeOutcome.js";
import {cellDifferences} from "../check/compare.js";
import {messages} from "../check/messages.js";
import {both, exerciseMessages, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";
import {matrixView} from "./matrixView.js";

export interface ReportViewOptions {
  lang?: Lang;
  /** Shows a place in the student's editor; with it, each error's place is a button that goes there. */
  goTo?(position: SourcePlace): void;
}

/**
 * The result of a check: a summary line, each error the function threw (once, however many checks
 * threw it, with its line), then each check with pass/fail and, when it fails, expected next to got
 * with every differing value marked.
 */
export function reportView(report: ExerciseReport, {lang = "en", goTo}: ReportViewOptions = {}): HTMLElement {
  const passed = report.checks.filter((check) => check.passed).length;
  const allPassed = passed === report.checks.length;
  const root = element("div", {
    class: `convlab-report ${allPassed ? "convlab-pass" : "convlab-fail"}`,
    "data-status": report.status,
    "data-passed": String(passed),
    "data-total": String(report.checks.length)
  });
  root.append(
    element(
      "p",
      {class: "convlab-summary"},
      allPassed
        ? exerciseMessages.passedAll(passed)[lang]
        : exerciseMessages.passedSome(passed, report.checks.length)[lang]
    )
  );
  if (report.problem) {
    root.append(
      element(
        "p",
        {class: "convlab-problem", ...lineAttribute(report.position)},
        report.problem[lang],
        ...goToButton(report.position, lang, goTo)
      )
    );
    if (report.hint)
      root.append(element("p", {class: "convlab-hint"}, `${exerciseMessages.hint[lang]}: ${report.hint[lang]}`));
    return root;
  }
  for (const error of distinctErrors(report.checks)) {
    const where = error.position ? messages.where(error.position) : both("", "");
    root.append(
      element(
        "div",
        {class: "convlab-error", ...lineAttribute(error.position)},
        element("p", {}, exerciseMessages.threwIn(where, error.count)[lang], ...goToButton(error.position, lang, goTo)),
        element("pre", {class: "convlab-error-text"}, error.text)
      )
    );
  }
  const list = element("ol", {class: "convlab-checks"});
  for (const check of report.checks) list.append(checkView(check, lang));
  root.append(list);
  return root;
}

/** The errors that visible checks threw, each once (same text, same place), with how many checks threw it. */
function distinctErrors(checks: CheckResult[]): Array<{text: string; position?: SourcePlace; count: number}> {
  const errors = new Map<string, {text: string; position?: SourcePlace; count: number}>();
  for (const check of checks) {
    if (check.passed || !check.error) continue;
    const {text, position} = check.error;
    const key = JSON.stringify([text, position?.line, position?.column]);
    const seen = errors.get(key);
    if (seen) ++seen.count;
    else errors.set(key, {text, position, count: 1});
  }
  return [...errors.values()];
}

const lineAttribute = (position: SourcePlace | undefined): Record<string, string> =>
  position ? {"data-line": String(position.line)} : {};

function goToButton(
  position: SourcePlace | undefined,
  lang: Lang,
  goTo: ReportViewOptions["goTo"]
): Array<HTMLElement | string> {
  if (!position || !goTo) return [];
  const button = element(
    "button",
    {type: "button", class: "convlab-go-to-line"},
    exerciseMessages.goToLine(position.line)[lang]
  );
  button.addEventListener("click", () => goTo(position));
  return [" ", button];
}

function checkView(check: CheckResult, lang: Lang): HTMLElement {
  const item = element(
    "li",
    {class: check.passed ? "convlab-pass" : "convlab-fail", "data-check": check.id},
    element("span", {class: "convlab-mark-icon"}, check.passed ? "✓" : "✗"),
    " ",
    check.title[lang]
  );
  if (check.passed) return item;
  // The error itself is shown once, above the list.
  item.append(
    element("div", {class: "convlab-message"}, check.error ? exerciseMessages.threwAbove[lang] : check.message[lang])
  );
  if (check.hint)
    item.append(element("div", {class: "convlab-hint"}, `${exerciseMessages.hint[lang]}: ${check.hint[lang]}`));
  if (check.expected && check.got) {
    const marks = check.differences ?? cellDifferences(check.expected, check.got);
    item.append(
      element(
        "div",
        {class: "convlab-diff"},
        matrixView(check.expected, {
          marks,
          caption: `${exerciseMessages.expected[lang]} (${check.expected.shape.join("×")})`
        }),
        matrixView(check.got, {marks, caption: `${exerciseMessages.got[lang]} (${check.got.shape.join("×")})`})
      )
    );
    if (marks.length)
      item.append(element("div", {class: "convlab-diff-legend"}, exerciseMessages.differencesMarked[lang]));
  }
  return item;
}
