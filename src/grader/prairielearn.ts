import type {Lang} from "../i18n/index.js";
import type {SubmissionReport} from "./gradeSubmission.js";
import {gradescopeResults} from "./gradescope.js";

/** One test in PrairieLearn's external-grader `results.json`, as `<pl-external-grader-results>` shows it. */
export interface PrairieLearnTest {
  name: string;
  points: number;
  max_points: number;
  message: string;
}

export interface PrairieLearnResults {
  gradable: boolean;
  /** The fraction of points earned, in [0, 1]. */
  score: number;
  message: string;
  tests: PrairieLearnTest[];
  format_errors?: string[];
}

/**
 * The report in PrairieLearn's external-grader form (`/grade/results/results.json`). It is made from
 * the Gradescope results, so both services show the same tests with the same messages. A submission
 * that holds no exercise file at all is not gradable: PrairieLearn then neither scores it nor counts
 * the attempt.
 */
export function prairieLearnResults(report: SubmissionReport, lang: Lang): PrairieLearnResults {
  const results = gradescopeResults(report, lang);
  const gradable = report.exercises.some((exercise) => exercise.status !== "missing");
  return {
    gradable,
    score: report.maxScore > 0 ? report.score / report.maxScore : 0,
    message: results.output,
    tests: results.tests.map((test) => ({
      name: test.name,
      points: test.score,
      max_points: test.max_score,
      message: test.output
    })),
    ...(gradable
      ? {}
      : {
          format_errors: [
            lang === "ru"
              ? "В решении нет ни одного файла упражнения (<exercise-id>.ts)."
              : "The submission holds no exercise file (<exercise-id>.ts)."
          ]
        })
  };
}
