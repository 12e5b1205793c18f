import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {courseExercises} from "../../src/exercises/catalog.js";
import * as registry from "../../src/exercises/index.js";
import {lessons} from "../../src/site/sidebar.js";
import {lessonExercises} from "./lessonExercises.js";

const page = (lang: string, lesson: string) =>
  readFileSync(new URL(`../../lessons/${lang}/${lesson}.md`, import.meta.url), "utf8");

describe("courseExercises (the catalog pages use without loading the exercises)", () => {
  it("lists every registered exercise, in the registry's order, with its title", () => {
    expect(courseExercises.map(({id, title}) => ({id, title}))).toEqual(
      registry.exercises.map(({id, title}) => ({id, title}))
    );
  });

  it.each(courseExercises.map((exercise) => [exercise.id, exercise] as const))(
    "puts %s on the lesson page that shows its cell, in the section it names, in both languages",
    (id, {lesson, section}) => {
      expect(lessons.map((entry) => entry.slug)).toContain(lesson);
      for (const lang of ["en", "ru"]) {
        const markdown = page(lang, lesson);
        const cells = lessonExercises(markdown).shown.map(
          (name) => registry.exercises.find((exercise) => exercise === (registry as Record<string, unknown>)[name])?.id
        );
        expect(cells, `${lang}/${lesson}.md`).toContain(id);
        // The cell comes after its section's heading and before the next heading.
        const heading = markdown.indexOf(`{#${section}}`);
        expect(heading, `${lang}/${lesson}.md has {#${section}}`).toBeGreaterThan(0);
        const next = markdown.indexOf("\n#", heading);
        const cell = markdown.slice(heading, next < 0 ? undefined : next);
        expect(cell).toMatch(/\bexerciseCell\(/);
      }
    }
  );
});
