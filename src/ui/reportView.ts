import type {CheckResult, ExerciseReport} from "../check/gradeOutcome.js";
import {compareTensors} from "../check/compare.js";
import {exerciseMessages, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";
import {matrixView} from "./matrixView.js";

/** The result of a check: a summary line, then each check with pass/fail and, when it fails, expected next to got. */
export function reportView(report: ExerciseReport, {lang = "en"}: {lang?: Lang} = {}): HTMLElement {
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
    root.append(element("p", {class: "convlab-problem"}, report.problem[lang]));
    if (report.hint)
      root.append(element("p", {class: "convlab-hint"}, `${exerciseMessages.hint[lang]}: ${report.hint[lang]}`));
    return root;
  }
  const list = element("ol", {class: "convlab-checks"});
  for (const check of report.checks) list.append(checkView(check, lang));
  root.append(list);
  return root;
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
  item.append(element("div", {class: "convlab-message"}, check.message[lang]));
  if (check.hint)
    item.append(element("div", {class: "convlab-hint"}, `${exerciseMessages.hint[lang]}: ${check.hint[lang]}`));
  if (check.expected && check.got) {
    const comparison = compareTensors(check.expected, check.got);
    const worst = comparison.kind === "values" ? comparison.worst.index : undefined;
    item.append(
      element(
        "div",
        {class: "convlab-diff"},
        matrixView(check.expected, {
          highlight: worst,
          caption: `${exerciseMessages.expected[lang]} (${check.expected.shape.join("×")})`
        }),
        matrixView(check.got, {
          highlight: worst,
          caption: `${exerciseMessages.got[lang]} (${check.got.shape.join("×")})`
        })
      )
    );
  }
  return item;
}
