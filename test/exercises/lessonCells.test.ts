import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import * as registry from "../../src/exercises/index.js";
import type {Exercise} from "../../src/exercises/index.js";
import {lessonExercises} from "./lessonExercises.js";

const lessonsFolder = new URL("../../lessons/", import.meta.url);

/** Every lesson page of both languages: `ru/1-convolutional-networks.md`… */
const pages = ["ru", "en"].flatMap((lang) =>
  readdirSync(new URL(`${lang}/`, lessonsFolder))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `${lang}/${name}`)
);

/** The registered exercise a page's name stands for (the pages import them from src/exercises/index.ts). */
function exerciseNamed(name: string): Exercise | undefined {
  const value = (registry as Record<string, unknown>)[name];
  return registry.exercises.find((exercise) => exercise === value);
}

describe("lesson pages", () => {
  it.each(pages)(
    "%s, if it shows exercises, ends with the course's work controls: Export all my work gives every exercise of the course",
    (page) => {
      const markdown = readFileSync(new URL(page, lessonsFolder), "utf8");
      const {shown} = lessonExercises(markdown);
      expect(shown.filter((name) => !exerciseNamed(name)).map((name) => `${name} (not a registered exercise)`)).toEqual(
        []
      );
      if (!shown.length) return;
      const controls = [...markdown.matchAll(/\bworkControls\(\s*([A-Za-z_$][\w$]*)/g)].map((match) => match[1]);
      expect(controls, "one workControls(courseExercises, …) call on a page with exercises").toEqual([
        "courseExercises"
      ]);
      expect(markdown).toContain('import {courseExercises} from "../lib/exercises/catalog.js";');
      expect(markdown.lastIndexOf("workControls(")).toBeGreaterThan(markdown.lastIndexOf("exerciseCell("));
    }
  );

  it("between them show every registered exercise", () => {
    const shown = pages.flatMap((page) => lessonExercises(readFileSync(new URL(page, lessonsFolder), "utf8")).shown);
    expect(new Set(shown.map((name) => exerciseNamed(name)?.id))).toEqual(
      new Set(registry.exercises.map((exercise) => exercise.id))
    );
  });
});

describe("lessonExercises(markdown)", () => {
  it("reads the exercise of each exercise cell", () => {
    const page =
      "display(exerciseCell(a, {lang}));\ndisplay(exerciseCell( c, {lang}));\ndisplay(workControls(mine, 'en'));";
    expect(lessonExercises(page)).toEqual({shown: ["a", "c"]});
  });
});
