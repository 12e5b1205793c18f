import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import * as registry from "../../src/exercises/index.js";
import type {Exercise} from "../../src/exercises/index.js";

const lessonsFolder = new URL("../../lessons/", import.meta.url);

/** Every lesson page of both languages: `ru/1-convolutional-networks.md`… */
const pages = ["ru", "en"].flatMap((lang) =>
  readdirSync(new URL(`${lang}/`, lessonsFolder))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `${lang}/${name}`)
);

/** The names in an array literal's text, `[a, b, c]` → a, b, c. */
const namesIn = (list: string) =>
  list
    .replace(/^\[|\]$/g, "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * What a page shows and what it exports, statically: the first argument of each `exerciseCell(…)`, and
 * the list given to `workControls(…)`, written out or as a `const name = […]` of the page.
 */
export function lessonExercises(markdown: string): {shown: string[]; exported: string[][]} {
  const shown = [...markdown.matchAll(/\bexerciseCell\(\s*([A-Za-z_$][\w$]*)/g)].map((match) => match[1]);
  const exported = [...markdown.matchAll(/\bworkControls\(\s*(\[[^\]]*\]|[A-Za-z_$][\w$]*)/g)].map(([, argument]) => {
    if (argument.startsWith("[")) return namesIn(argument);
    const definition = markdown.match(new RegExp(`\\bconst\\s+${argument}\\s*=\\s*(\\[[^\\]]*\\])`));
    if (!definition) throw new Error(`workControls(${argument}): no const ${argument} = [...] on the page`);
    return namesIn(definition[1]);
  });
  return {shown, exported};
}

/** The registered exercise a page's name stands for (the pages import them from src/exercises/index.ts). */
function exerciseNamed(name: string): Exercise | undefined {
  const value = (registry as Record<string, unknown>)[name];
  return registry.exercises.find((exercise) => exercise === value);
}

describe("lesson pages", () => {
  it.each(pages)(
    "%s exports every exercise it shows: each exerciseCell's exercise is in its workControls list",
    (page) => {
      const {shown, exported} = lessonExercises(readFileSync(new URL(page, lessonsFolder), "utf8"));
      if (!shown.length) return;
      expect(exported, "one workControls call on a page with exercises").toHaveLength(1);
      const ids = (names: string[]) =>
        names.map((name) => exerciseNamed(name)?.id ?? `${name} (not a registered exercise)`);
      expect(ids(exported[0])).toEqual(expect.arrayContaining(ids(shown)));
      expect(ids(shown).filter((id) => id.includes("not a registered"))).toEqual([]);
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
  it("reads a written-out list, a list held in a const, and finds an exercise left out", () => {
    const page =
      'const mine = [a, b];\ndisplay(exerciseCell(a, {lang}));\ndisplay(exerciseCell(c, {lang}));\ndisplay(workControls(mine, "en"));';
    expect(lessonExercises(page)).toEqual({shown: ["a", "c"], exported: [["a", "b"]]});
    expect(lessonExercises("display(workControls([x, y], {lang}))").exported).toEqual([["x", "y"]]);
    expect(() => lessonExercises("display(workControls(missing, 'en'))")).toThrow("no const missing");
  });
});
