import {transform} from "sucrase";
import {describe, expect, it} from "vitest";
import {explainSyntaxError, latinWords} from "../../src/i18n/index.js";
import {transpile} from "../../src/run/transpile.js";

/** What Sucrase says about a piece of broken code, as the course's transpile() reports it. */
function sucraseMessage(source: string): string {
  const result = transpile(source);
  if (result.ok) throw new Error(`no error from: ${source}`);
  return result.message;
}

describe("explainSyntaxError(message)", () => {
  it.each([
    ["a missing operand", "const x = 1 +;\n", /^неожиданный символ/],
    ["a missing bracket", "function f( {\n  return 1;\n}\n", /^неожиданный символ/],
    ["an open string", 'const s = "abc;\n', /^строка не закрыта/],
    ["an open template", "const s = `abc;\n", /^шаблонная строка не закрыта/],
    ["an open comment", "/* note\nconst x = 1;\n", /^комментарий .* не закрыт/]
  ])("says in Russian what Sucrase reports for %s", (_, source, russian) => {
    const message = sucraseMessage(source);
    const explained = explainSyntaxError(message);
    expect(explained.en).toBe(message);
    expect(explained.ru).toMatch(russian);
    expect(explained.ru).toContain(`(${message})`); // the original, for anyone who searches for it
    expect(latinWords(explained.ru.replace(`(${message})`, ""))).toEqual([]);
  });

  it("names what Sucrase expected, or the character it could not read", () => {
    expect(explainSyntaxError('Unexpected token, expected ","').ru).toMatch(/^неожиданный символ: здесь ожидался «,»/);
    expect(explainSyntaxError("Unexpected character '\\'").ru).toMatch(/^недопустимый символ «\\»/);
  });

  it("keeps a message it does not know as it was", () => {
    expect(explainSyntaxError("Something else")).toEqual({ru: "Something else", en: "Something else"});
  });

  it("covers the messages this Sucrase can give", () => {
    expect(() => transform("const = ;", {transforms: ["typescript"]})).toThrow(/Unexpected token/);
  });
});
