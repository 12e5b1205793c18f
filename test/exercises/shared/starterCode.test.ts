import {describe, expect, it} from "vitest";
import {exercises} from "../../../src/exercises/index.js";
import {transpile} from "../../../src/run/transpile.js";
import {codeWithoutComments} from "../helpers.js";
import {blockStarterOpening, blockStarterPhrases, translateStarter} from "../../../src/exercises/shared/starterCode.js";

describe("translateStarter(en, phrases)", () => {
  it("replaces every occurrence of each phrase, in order", () => {
    expect(
      translateStarter("// a\nx = 1; // a\n// b", [
        ["// a", "// А"],
        ["// b", "// Б"]
      ])
    ).toBe("// А\nx = 1; // А\n// Б");
  });

  it("throws, naming the phrase, when the English code does not contain it", () => {
    expect(() =>
      translateStarter("// the numbers of filters", [["// The numbers of filters", "// Количество фильтров"]])
    ).toThrow('translateStarter: the English starter code has no "// The numbers of filters"');
  });
});

describe("the residual blocks' shared starter code", () => {
  it("opens with the block's default initializer, and its shared comments are in Russian", () => {
    expect(blockStarterOpening("glorotUniform")).toContain(
      'import {glorotUniform, type Initializer} from "convlab/initializers";'
    );
    expect(translateStarter(blockStarterOpening("randomUniform"), blockStarterPhrases.slice(0, 1))).toContain(
      "К чему применяются слои"
    );
  });
});

const everyExercise = exercises.map((exercise) => [exercise.id, exercise] as const);

describe("every exercise's starter code", () => {
  it.each(everyExercise)(
    "%s: exports the exercise's function and, left as it is, fails on a `...` gap",
    (_, exercise) => {
      for (const starter of [exercise.starter.en, exercise.starter.ru]) {
        expect(starter).toMatch(new RegExp(`export function ${exercise.exportName}[<(]`));
        const transpiled = transpile(starter);
        expect(transpiled.ok).toBe(false);
        if (!transpiled.ok) expect(starter.split("\n")[transpiled.line - 1]).toContain("...");
      }
    }
  );

  it.each(everyExercise)("%s: the same code in Russian and English, only the comments differ", (_, exercise) => {
    expect(codeWithoutComments(exercise.starter.ru)).toEqual(codeWithoutComments(exercise.starter.en));
  });
});

describe("every exercise's Russian starter code", () => {
  it.each(everyExercise)("%s: no comment line left in English prose", (_, exercise) => {
    const {ru, en} = exercise.starter;
    expect(ru).not.toBe(en);
    const isComment = (line: string) => /^\s*(\/\/|\/\*\*|\*)/.test(line) && !/^\s*\/\/ #(end)?region\b/.test(line);
    const lines = ru.split("\n");
    // Words the code itself uses (identifiers, option names) may stay in a comment; English prose may not.
    const codeWords = new Set(
      lines.filter((line) => !isComment(line)).flatMap((line) => line.match(/[a-z]{4,}/gi) ?? [])
    );
    const english = lines
      .filter((line) => isComment(line) && !/[а-яё]/i.test(line))
      .filter((line) => (line.match(/\b[a-z]{4,}\b/g) ?? []).filter((word) => !codeWords.has(word)).length >= 2);
    expect(english).toEqual([]);
  });
});

describe("the starters, in the course's own voice", () => {
  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
    "%s names neither the lecture documents nor their figure numbers",
    (_, exercise) => {
      for (const text of [exercise.starter.en, exercise.starter.ru]) {
        expect(text).not.toMatch(/\bdocument\b|документ/i);
        // Figures are the lesson's own, numbered "lesson.figure" ("figure 2.2" / "рисунка 2.2").
        expect(text).not.toMatch(/(figure|рисун[а-яё]*) \d+(?!\.\d)/i);
      }
    }
  );

  it("point the residual exercises at lesson 2's figures", () => {
    const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
    expect(byId.get("identity-block")!.starter.en).toContain("figure 2.2");
    expect(byId.get("convolutional-block")!.starter.ru).toContain("рисунка 2.3");
    expect(byId.get("resnet50")!.starter.en).toContain("figure 2.4");
  });
});
