import {escapeControl as safe} from "../check/controlText.js";
import {categoryList, categoryWords, failedCategories, hiddenCategories} from "../check/hiddenCategories.js";
import type {Lang} from "../i18n/index.js";
import type {SubmissionReport} from "./gradeSubmission.js";

const words = {
  ru: {
    submission: "Решение",
    score: "Итого",
    seed: "зерно скрытых проверок",
    variant: "вариант",
    of: "из",
    hint: "подсказка",
    ignored: "не проверялись (не упражнения курса)",
    expected: "ожидалось",
    got: "получено"
  },
  en: {
    submission: "Submission",
    score: "Total",
    seed: "hidden checks' seed",
    variant: "variant",
    of: "of",
    hint: "hint",
    ignored: "not graded (not exercises of the course)",
    expected: "expected",
    got: "got"
  }
};

/**
 * The human-readable report: one block per exercise, a line per check, the total last. Every text in
 * it that a student could have shaped (the folder, file names, messages) is written with its control
 * characters escaped (see escapeControl): it cannot move the cursor, clear the screen or add a line.
 */
export function textReport(report: SubmissionReport, lang: Lang, {color = false}: {color?: boolean} = {}): string {
  const w = words[lang];
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines = [`${w.submission}: ${safe(report.folder)}`, ""];
  for (const exercise of report.exercises) {
    const mark = exercise.score === exercise.maxScore ? paint(32, "✓") : paint(31, "✗");
    lines.push(
      `${mark} ${safe(exercise.exerciseId)} — ${safe(exercise.title[lang])}: ${exercise.score}/${exercise.maxScore}`
    );
    if (exercise.problem) {
      lines.push(`    ${safe(exercise.problem[lang])}`);
      if (exercise.hint) lines.push(`    ${w.hint}: ${safe(exercise.hint[lang])}`);
      lines.push("");
      continue;
    }
    for (const check of exercise.checks) {
      // A failed hidden check says what it tries (a fixed category of the grader's), never its inputs.
      const category =
        !check.passed && check.hidden && check.category
          ? ` (${categoryWords.tries[lang]}: ${hiddenCategories[check.category][lang]})`
          : "";
      lines.push(
        `  ${check.passed ? paint(32, "✓") : paint(31, "✗")} ${safe(check.title[lang])}${check.passed ? "" : ` — ${safe(check.message[lang])}${category}`}`
      );
      if (!check.passed && check.hint) lines.push(`      ${w.hint}: ${safe(check.hint[lang])}`);
    }
    const failed = failedCategories(exercise.checks);
    if (failed.length) lines.push(`    ${categoryWords.failedIn[lang]}: ${categoryList(failed, lang)}`);
    lines.push("");
  }
  if (report.ignoredFiles.length) lines.push(`${w.ignored}: ${report.ignoredFiles.map(safe).join(", ")}`, "");
  const variant = report.variant ? `${w.variant} ${report.variant.number} ${w.of} ${report.variant.of}, ` : "";
  lines.push(`${w.score}: ${report.score}/${report.maxScore}  (${variant}${w.seed}: ${report.seed})`);
  return lines.join("\n") + "\n";
}
