import {escapeControl as safe} from "../check/controlText.js";
import {categoryList, categoryWords, failedCategories, hiddenCategories} from "../check/hiddenCategories.js";
import type {Lang} from "../i18n/index.js";
import type {SubmissionReport} from "./gradeSubmission.js";

const variantWords = {
  ru: (number: number, of: number) => `вариант ${number} из ${of}`,
  en: (number: number, of: number) => `variant ${number} of ${of}`
};

/** One test in Gradescope's `results.json` schema. */
export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  visibility: "visible" | "hidden" | "after_due_date" | "after_published";
}

export interface GradescopeResults {
  score: number;
  output: string;
  visibility: "visible";
  stdout_visibility: "hidden";
  tests: GradescopeTest[];
}

/**
 * The report in the format hosted autograders read. Every test's name starts with its exercise id;
 * hidden checks are listed (pass or fail, with the message) but never with their inputs. Control
 * characters and bidirectional overrides in the texts are escaped, as in the text report.
 */
export function gradescopeResults(report: SubmissionReport, lang: Lang): GradescopeResults {
  const tests: GradescopeTest[] = [];
  for (const exercise of report.exercises) {
    for (const check of exercise.checks) {
      const advice = check.hint ?? exercise.hint;
      const hint = !check.passed && advice ? `\n${safe(advice[lang])}` : "";
      const category =
        !check.passed && check.hidden && check.category
          ? `\n${categoryWords.tries[lang]}: ${hiddenCategories[check.category][lang]}`
          : "";
      tests.push({
        name: `${safe(exercise.exerciseId)}: ${safe(check.title[lang])}`,
        score: check.passed ? 1 : 0,
        max_score: 1,
        status: check.passed ? "passed" : "failed",
        output: safe(check.message[lang]) + hint + category,
        visibility: "visible"
      });
    }
  }
  // Which categories of hidden checks failed, exercise by exercise: what to work on, without the inputs.
  // An exercise that could not run at all (missing file, syntax error…) has its problem to say instead.
  const categories = report.exercises.flatMap((exercise) => {
    const failed = exercise.problem ? [] : failedCategories(exercise.checks);
    return failed.length
      ? [`\n${safe(exercise.exerciseId)}: ${categoryWords.failedIn[lang]}: ${categoryList(failed, lang)}`]
      : [];
  });
  return {
    score: report.score,
    output:
      `${report.score}/${report.maxScore}` +
      (report.variant ? ` (${variantWords[lang](report.variant.number, report.variant.of)})` : "") +
      categories.join(""),
    visibility: "visible",
    stdout_visibility: "hidden",
    tests
  };
}
