import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {exercises, type DocumentedFile} from "../../src/exercises/index.js";

const root = new URL("../../", import.meta.url);
const exists = (path: string) => existsSync(new URL(path, root));
const readme = readFileSync(new URL("README.md", root), "utf8");

/** What README's "Adding an exercise" asks of each exercise, checked for every registered one. */
describe.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
  "the %s exercise has everything README's checklist names",
  (id, exercise) => {
    it("its folder src/exercises/<id>/: spec.ts, starter.ts, index.ts, and hints.ts when it gives hints", () => {
      for (const file of ["spec.ts", "starter.ts", "index.ts"])
        expect(exists(`src/exercises/${id}/${file}`), file).toBe(true);
      if (exercise.diagnose) expect(exists(`src/exercises/${id}/hints.ts`)).toBe(true);
    });

    it("its documented outputs, data/expected/<id>.json, about this exercise and from the spec's document", () => {
      const file = JSON.parse(readFileSync(new URL(`data/expected/${id}.json`, root), "utf8")) as DocumentedFile;
      expect([file.exercise, file.document]).toEqual([id, exercise.source.document]);
    });

    it("a reference solution, solutions/<id>.ts, exporting the function the contract names", async () => {
      const solution = (await import(new URL(`solutions/${id}.ts`, root).href)) as Record<string, unknown>;
      expect(typeof solution[exercise.exportName]).toBe("function");
    });

    it("a row of README's exercise table that gives its signature", () => {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, `README has no row for ${id}`).toBeDefined();
      expect(row).toContain(`\`${exercise.signature}\``);
      expect(exercise.signature.startsWith(`${exercise.exportName}(`)).toBe(true);
    });

    it("its tests, test/exercises/<id>/", () => {
      expect(exists(`test/exercises/${id}/spec.test.ts`)).toBe(true);
    });
  }
);
