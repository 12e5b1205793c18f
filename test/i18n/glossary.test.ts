import {describe, expect, it} from "vitest";
import * as i18n from "../../src/i18n/index.js";
import {glossary, latinWords, loanwords} from "../../src/i18n/index.js";

/** Every Russian string a messages table can give: its texts, and its functions called with sample arguments. */
export function russianStrings(): Array<{key: string; text: string}> {
  const found: Array<{key: string; text: string}> = [];
  const visit = (value: unknown, key: string, depth: number): void => {
    if (depth > 6 || value == null) return;
    if (typeof value === "function") {
      for (const args of sampleArguments) {
        let result: unknown;
        try {
          result = (value as (...args: unknown[]) => unknown)(...args);
        } catch {
          continue;
        }
        visit(result, `${key}(…)`, depth + 1);
      }
      return;
    }
    if (typeof value !== "object") return;
    if ("ru" in value && typeof (value as {ru: unknown}).ru === "string") {
      found.push({key, text: (value as {ru: string}).ru});
      return;
    }
    if ("ru" in value && typeof (value as {ru: unknown}).ru === "function") {
      visit((value as {ru: unknown}).ru, `${key}.ru`, depth + 1);
      return;
    }
    for (const [name, inner] of Object.entries(value)) visit(inner, `${key}.${name}`, depth + 1);
  };
  for (const [name, table] of Object.entries(i18n)) if (name.endsWith("Messages")) visit(table, name, 0);
  return found;
}
// Numbers, then Cyrillic text (never Latin: it would be flagged as if the table wrote it), then a mix.
const sampleArguments: unknown[][] = [
  [3, 7, 2, 5, 1, 4],
  ["ёж", "ёж", "ёж", "ёж"],
  ["ёж", 3, 7, 2],
  [3, "ёж", 7, 2]
];

describe("latinWords(text)", () => {
  it("finds English words in Russian text", () => {
    expect(latinWords("Обучение: train loss и val acc")).toEqual(["train", "loss", "val", "acc"]);
    expect(latinWords("Unexpected token в строке 3")).toEqual(["Unexpected", "token"]);
  });

  it("allows code, identifiers, variables, acronyms and the glossary's loanwords", () => {
    expect(
      latinWords(
        "Функция `conv2d_one_filter(X, W)` и conv2dOneFilter, max_pool, maxPooling(x), файл max-pooling.ts, tf.maxPool, " +
          "между // #region blocks и // #endregion blocks, " +
          "ядро K, бэкенд WebGL на GPU, ResNet-50, SE-ResNet, ReLU, TensorFlow.js, float32, MNIST, клавиши Alt-B"
      )
    ).toEqual([]);
  });
});

describe("the glossary", () => {
  it("gives each English term one Russian term, and no Russian term twice", () => {
    expect(new Set(glossary.map((term) => term.en)).size).toBe(glossary.length);
    expect(new Set(glossary.map((term) => term.ru)).size).toBe(glossary.length);
  });

  it("writes its loanwords in the Latin alphabet, and its terms in the Cyrillic one", () => {
    for (const word of loanwords) expect(word).toMatch(/^[A-Za-z][\w.+-]*$/);
    for (const term of glossary) expect(term.ru).toMatch(/^[а-яё -]+$/);
  });
});

// Lines printed the way Keras prints them ("Loss = …", "Test Accuracy = …"), to be compared with the document's log.
const keras = /^resnetTrainingMessages\.evaluated\(/;

describe("Russian UI strings (every *Messages table)", () => {
  const strings = russianStrings();

  it("are found: every table, functions included", () => {
    expect(strings.length).toBeGreaterThan(300);
    expect(strings.some(({key}) => key.startsWith("trainingMessages.progress("))).toBe(true);
  });

  it("use no Latin-alphabet word but code and the glossary's loanwords", () => {
    const flagged = strings
      .filter(({key}) => !keras.test(key))
      .map(({key, text}) => ({key, words: latinWords(text).filter((word) => word !== "NaN")}))
      .filter(({words}) => words.length > 0)
      .map(({key, words}) => `${key}: ${[...new Set(words)].join(", ")}`);
    expect([...new Set(flagged)]).toEqual([]);
  });

  it("say the glossary's word where the lessons once varied", () => {
    const text = strings.map(({text}) => text).join("\n");
    expect(text).not.toMatch(/кросс-энтроп/i);
    expect(text).not.toMatch(/тетрад/i);
    expect(text).not.toMatch(/batch norm/i);
  });
});
