// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from "vitest";
import {courseExercises} from "../../src/exercises/catalog.js";
import {courseProgress, exerciseState, stateText} from "../../src/ui/courseProgress.js";
import {clearLastCheck, readLastCheck, recordCheck} from "../../src/ui/lastCheck.js";
import {writeSavedCode} from "../../src/ui/savedCode.js";

beforeEach(() => localStorage.clear());

describe("exerciseState(exerciseId)", () => {
  it("is not started with nothing saved, started once code is saved, passed once a check passes that code", () => {
    expect(exerciseState("max-pooling")).toEqual({kind: "not-started"});
    writeSavedCode("max-pooling", "v1");
    expect(exerciseState("max-pooling")).toEqual({kind: "started", changed: false});
    recordCheck("max-pooling", {score: 3, maxScore: 5}, "v1");
    expect(exerciseState("max-pooling")).toMatchObject({kind: "started", changed: false, last: {passed: 3, total: 5}});
    recordCheck("max-pooling", {score: 5, maxScore: 5}, "v1");
    expect(exerciseState("max-pooling")).toMatchObject({kind: "passed", last: {passed: 5, total: 5}});
  });

  it("is no longer passed once the code changes after the check, and forgets the check on Reset", () => {
    writeSavedCode("le-net", "v1");
    recordCheck("le-net", {score: 4, maxScore: 4}, "v1");
    writeSavedCode("le-net", "v2");
    expect(exerciseState("le-net")).toMatchObject({kind: "started", changed: true, last: {passed: 4, total: 4}});
    clearLastCheck("le-net");
    expect(readLastCheck("le-net")).toBeUndefined();
  });

  it("ignores a stored result that is not a check's (another exercise's, malformed, impossible counts)", () => {
    for (const value of [
      "{",
      JSON.stringify({version: 1, exercise: "le-net", passed: 1, total: 1, code: "x", checkedAt: "t"}),
      JSON.stringify({version: 1, exercise: "resnet50", passed: 7, total: 5, code: "x", checkedAt: "t"}),
      JSON.stringify({version: 1, exercise: "resnet50", passed: -1, total: 5, code: "x", checkedAt: "t"})
    ]) {
      localStorage.setItem("convlab:last-check:resnet50", value);
      expect(exerciseState("resnet50")).toEqual({kind: "not-started"});
    }
  });
});

describe("stateText(state, lang)", () => {
  it("says the state and the last check's score in both languages", () => {
    const last = {passed: 2, total: 5, code: "", checkedAt: ""};
    expect(stateText({kind: "not-started"}, "en")).toBe("not started");
    expect(stateText({kind: "started", changed: false}, "ru")).toBe("начато · ещё не проверялось");
    expect(stateText({kind: "started", last, changed: true}, "en")).toBe(
      "started · last check: 2 of 5, the code changed since"
    );
    expect(stateText({kind: "passed", last: {...last, passed: 5}}, "ru")).toBe("пройдено · последняя проверка: 5 из 5");
  });
});

describe("courseProgress(exercises, {lang})", () => {
  it("has a row per exercise of the course, linked to its cell, with its state; redrawn when another tab saves", () => {
    writeSavedCode("conv2d-one-filter", "a");
    recordCheck("conv2d-one-filter", {score: 6, maxScore: 6}, "a");
    writeSavedCode("identity-block", "b");
    const view = courseProgress(courseExercises, {lang: "en"});
    const rows = [...view.querySelectorAll("tbody tr")];
    expect(rows.map((row) => [row.getAttribute("data-exercise"), row.getAttribute("data-state")])).toEqual([
      ["conv2d-one-filter", "passed"],
      ["max-pooling", "not-started"],
      ["le-net", "not-started"],
      ["identity-block", "started"],
      ["convolutional-block", "not-started"],
      ["resnet50", "not-started"]
    ]);
    expect(rows[0].querySelector("a")!.getAttribute("href")).toBe("./1-convolutional-networks#exercise-conv2d");
    expect(rows[0].querySelector(".convlab-state")!.textContent).toBe("passed · last check: 6 of 6");
    writeSavedCode("max-pooling", "c");
    dispatchEvent(new Event("storage"));
    expect(view.querySelector('tr[data-exercise="max-pooling"]')!.getAttribute("data-state")).toBe("started");
  });
});
