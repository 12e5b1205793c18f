import {describe, expect, it} from "vitest";
import type {ExerciseReport} from "../../src/check/gradeOutcome.js";
import {gradescopeResults} from "../../src/grader/gradescope.js";
import type {SubmissionReport} from "../../src/grader/gradeSubmission.js";
import {prairieLearnResults} from "../../src/grader/prairielearn.js";
import {both} from "../../src/i18n/index.js";

const check = (passed: boolean, hidden = false) => ({
  id: hidden ? "hidden-1" : "documented-a",
  title: both(hidden ? "скрытая проверка 1" : "пример", hidden ? "hidden check 1" : "example"),
  kind: hidden ? ("reference" as const) : ("documented" as const),
  hidden,
  passed,
  message: both(passed ? "верно" : "неверно", passed ? "correct" : "wrong values")
});

function report(exercises: ExerciseReport[]): SubmissionReport {
  const score = exercises.reduce((sum, exercise) => sum + exercise.score, 0);
  const maxScore = exercises.reduce((sum, exercise) => sum + exercise.maxScore, 0);
  return {folder: "/s", seed: 1, exercises, ignoredFiles: [], score, maxScore};
}

const graded: ExerciseReport = {
  exerciseId: "max-pooling",
  title: both("", ""),
  status: "graded",
  checks: [check(true), check(true), check(false, true)],
  score: 2,
  maxScore: 3
};
const missing: ExerciseReport = {
  exerciseId: "resnet50",
  title: both("", ""),
  status: "missing",
  checks: [],
  score: 0,
  maxScore: 1
};

describe("prairieLearnResults(report, lang)", () => {
  it("scores the fraction of points in [0, 1], with one test per check, as Gradescope's results list them", () => {
    const results = prairieLearnResults(report([graded, missing]), "en");
    expect(results.gradable).toBe(true);
    expect(results.score).toBe(0.5);
    const gradescope = gradescopeResults(report([graded, missing]), "en");
    expect(results.tests).toEqual(
      gradescope.tests.map((test) => ({
        name: test.name,
        points: test.score,
        max_points: test.max_score,
        message: test.output
      }))
    );
    expect(results.message).toBe("2/4");
  });

  it("is not gradable when the submission holds no exercise file, so PrairieLearn does not count the attempt", () => {
    const results = prairieLearnResults(report([missing]), "ru");
    expect(results).toMatchObject({
      gradable: false,
      score: 0,
      format_errors: ["В решении нет ни одного файла упражнения (<exercise-id>.ts)."]
    });
  });
});
