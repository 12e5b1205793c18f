import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

/**
 * The Russian and English lesson trees stay in step: the same pages, the same sections in the same
 * order, and the same code — cells and inline `${…}` expressions — once string literals and comments
 * (the only things a translation may change) are set aside. Read statically: no build, no browser.
 */

const root = "lessons";
const languages = ["ru", "en"] as const;
const pagesOf = (lang: string) =>
  readdirSync(join(root, lang), {recursive: true, encoding: "utf8"})
    .filter((path) => path.endsWith(".md"))
    .sort();
const pages = pagesOf("en");

/** The code with every string literal (and a template literal's text) as `"…"`, and comments dropped. */
function withoutStrings(code: string): string {
  let i = 0;
  const readTemplate = (): string => {
    let text = "`";
    let pending = false;
    for (++i; i < code.length && code[i] !== "`";) {
      if (code[i] === "\\") i += 2;
      else if (code.startsWith("${", i)) {
        if (pending) text += '"…"';
        pending = false;
        i += 2;
        text += "${" + readCode("}") + "}";
        ++i;
      } else {
        pending = true;
        ++i;
      }
    }
    ++i;
    return text + (pending ? '"…"' : "") + "`";
  };
  function readCode(until?: string): string {
    let text = "";
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (until && c === until && depth === 0) return text;
      if (c === '"' || c === "'") {
        for (++i; i < code.length && code[i] !== c && code[i] !== "\n";) i += code[i] === "\\" ? 2 : 1;
        ++i;
        text += '"…"';
      } else if (c === "`") text += readTemplate();
      else if (code.startsWith("//", i)) while (i < code.length && code[i] !== "\n") ++i;
      else if (code.startsWith("/*", i)) i = code.indexOf("*/", i + 2) + 2 || code.length;
      else {
        if (c === "{") ++depth;
        if (c === "}") --depth;
        text += c;
        ++i;
      }
    }
    return text;
  }
  const out = readCode();
  return out
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

interface PageCode {
  sections: string[];
  cells: string[];
  expressions: string[];
}

/** A page's section ids, its ```js cells (with their fence options) and its inline expressions, in order. */
function pageCode(markdown: string): PageCode {
  const cells: string[] = [];
  const prose = markdown.replace(/^```(.*)\n([\s\S]*?)^```$/gm, (_, info: string, body: string) => {
    if (/^js\b/.test(info)) cells.push(`${info.trim()}\n${withoutStrings(body)}`);
    return "";
  });
  const sections = [...prose.matchAll(/^#{1,6} .*\{#([\w-]+)\}\s*$/gm)].map((match) => match[1]);
  const expressions: string[] = [];
  for (let start = prose.indexOf("${"); start >= 0; start = prose.indexOf("${", start + 2)) {
    let depth = 0;
    let end = start + 1;
    for (; end < prose.length; ++end)
      if (prose[end] === "{") ++depth;
      else if (prose[end] === "}" && --depth === 0) break;
    expressions.push(withoutStrings(prose.slice(start + 2, end)));
  }
  return {sections, cells, expressions};
}

describe("withoutStrings(code)", () => {
  it("sets aside strings, template text and comments, and keeps everything else", () => {
    expect(withoutStrings('f("Свёртка", {lang: "ru"}); // комментарий')).toBe('f("…", {lang: "…"});');
    expect(withoutStrings("`(${a.join(', ')}${n === 1 ? ',' : ''})`")).toBe(
      '`"…"${a.join("…")}${n === 1 ? "…" : "…"}"…"`'
    );
    expect(withoutStrings('x("a\\"b") /* note */ + 1')).toBe('x("…")  + 1');
    expect(withoutStrings("f('one')")).not.toBe(withoutStrings("g('one')"));
  });
});

describe("the ru and en lesson trees", () => {
  it("have the same pages", () => {
    expect(pagesOf("ru")).toEqual(pages);
    expect(pages.length).toBeGreaterThan(3);
  });

  describe.each(pages)("%s", (page) => {
    const [ru, en] = languages.map((lang) => pageCode(readFileSync(join(root, lang, page), "utf8")));

    it("has the same section ids in the same order", () => {
      expect(ru.sections).toEqual(en.sections);
    });

    it("has the same code cells once strings are set aside", () => {
      expect(ru.cells).toEqual(en.cells);
    });

    it("has the same inline expressions once strings are set aside", () => {
      expect(ru.expressions).toEqual(en.expressions);
    });
  });
});
