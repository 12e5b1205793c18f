import {describe, expect, it} from "vitest";
import type {ExerciseReport} from "../../src/check/gradeOutcome.js";
import {checkRelay} from "../../src/ui/checkRelay.js";

const report = (score: number, maxScore = 3): ExerciseReport =>
  ({status: "graded", score, maxScore, checks: []}) as unknown as ExerciseReport;

describe("checkRelay", () => {
  it("hands every check to the sections subscribed before it", () => {
    const relay = checkRelay();
    const seen: Array<[number, string]> = [];
    relay.subscribe((r, source) => seen.push([r.score, source]));
    relay.subscribe((r, source) => seen.push([r.score * 10, source]));
    relay.publish(report(1), "a");
    relay.publish(report(3), "b");
    expect(seen).toEqual([
      [1, "a"],
      [10, "a"],
      [3, "b"],
      [30, "b"]
    ]);
  });

  it("hands a late section the last passing check, then the last check when it came after", () => {
    const relay = checkRelay();
    const late = () => {
      const seen: Array<[number, string]> = [];
      relay.subscribe((r, source) => seen.push([r.score, source]));
      return seen;
    };
    expect(late()).toEqual([]);
    relay.publish(report(1), "first try");
    expect(late()).toEqual([[1, "first try"]]);
    relay.publish(report(3), "passes");
    expect(late()).toEqual([[3, "passes"]]);
    relay.publish(report(2), "broken again");
    relay.publish(report(0), "worse");
    expect(late()).toEqual([
      [3, "passes"],
      [0, "worse"]
    ]);
    // A report that was not graded (a syntax error, a timeout) never counts as passing, whatever its score says.
    relay.publish({...report(3), status: "syntax-error"} as unknown as ExerciseReport, "unparsed");
    expect(late()).toEqual([
      [3, "passes"],
      [3, "unparsed"]
    ]);
  });

  it("keeps handing checks to a section subscribed late", () => {
    const relay = checkRelay();
    relay.publish(report(3), "passes");
    const seen: string[] = [];
    relay.subscribe((_, source) => seen.push(source));
    relay.publish(report(1), "later");
    expect(seen).toEqual(["passes", "later"]);
  });
});
