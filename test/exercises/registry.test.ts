import {existsSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {exercises, findExercise} from "../../src/exercises/index.js";
import type {ExerciseSpec} from "../../src/exercises/types.js";

const exercisesFolder = new URL("../../src/exercises/", import.meta.url);

/** The folders of src/exercises/ that declare an exercise (they hold a spec.ts). */
function specFolders(): string[] {
  return readdirSync(exercisesFolder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/spec.ts`, exercisesFolder)))
    .map((entry) => entry.name)
    .sort();
}

describe("the exercise registry (src/exercises/index.ts)", () => {
  it("registers every folder of src/exercises/ that holds a spec, and nothing else", () => {
    expect(exercises.map((exercise) => exercise.id).sort()).toEqual(specFolders());
  });

  it.each(specFolders())(
    "registers %s from its own folder: the spec there, its id the folder's name",
    async (folder) => {
      const {spec} = (await import(new URL(`${folder}/spec.ts`, exercisesFolder).href)) as {spec: ExerciseSpec};
      expect(spec.id).toBe(folder);
      expect(findExercise(folder)?.spec).toBe(spec);
    }
  );

  it("holds each id once", () => {
    expect(new Set(exercises.map((exercise) => exercise.id)).size).toBe(exercises.length);
  });
});
