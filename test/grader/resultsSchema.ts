import {expect} from "vitest";

/**
 * Checks a results.json against the fields Gradescope's autograder reads
 * (https://gradescope-autograders.readthedocs.io/en/latest/specs/): top-level `score`, and `tests[]`
 * with `name`, `score`, `max_score`, `status`, `output`, `visibility`. Returns the parsed tests.
 */
export function expectGradescopeResults(results: unknown, exerciseIds: readonly string[]) {
  const visibilities = ["hidden", "after_due_date", "after_published", "visible"];
  expect(results).toBeTypeOf("object");
  const {score, tests, visibility, stdout_visibility} = results as Record<string, unknown>;
  expect(score).toBeTypeOf("number");
  if (visibility !== undefined) expect(visibilities).toContain(visibility);
  if (stdout_visibility !== undefined) expect(visibilities).toContain(stdout_visibility);
  expect(Array.isArray(tests)).toBe(true);
  const parsed = tests as Array<Record<string, unknown>>;
  for (const test of parsed) {
    expect(test.name).toBeTypeOf("string");
    expect(exerciseIds.some((id) => (test.name as string).startsWith(`${id}: `))).toBe(true);
    expect(test.score).toBeTypeOf("number");
    expect(test.max_score).toBeTypeOf("number");
    expect(test.score as number).toBeGreaterThanOrEqual(0);
    expect(test.score as number).toBeLessThanOrEqual(test.max_score as number);
    expect(["passed", "failed"]).toContain(test.status);
    expect(test.status).toBe(test.score === test.max_score ? "passed" : "failed");
    expect(test.output).toBeTypeOf("string");
    expect(visibilities).toContain(test.visibility);
  }
  expect(score).toBe(parsed.reduce((sum, test) => sum + (test.score as number), 0));
  return parsed as Array<{
    name: string;
    score: number;
    max_score: number;
    status: "passed" | "failed";
    output: string;
    visibility: string;
  }>;
}
