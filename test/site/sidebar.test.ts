import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {lessons, sidebar} from "../../src/site/sidebar.js";

describe("sidebar", () => {
  it("lists every lesson in both languages, each page existing in lessons/", () => {
    expect(sidebar.map((section) => section.pages.length)).toEqual([lessons.length, lessons.length]);
    for (const section of sidebar) {
      for (const page of section.pages) expect(existsSync(join("lessons", `${page.path}.md`)), page.path).toBe(true);
    }
  });

  it.each(["ru", "en"])(
    "holds every lesson page of lessons/%s/, and that language's home page links to each",
    (lang) => {
      const pages = readdirSync(join("lessons", lang)).filter((file) => file.endsWith(".md") && file !== "index.md");
      expect(pages.map((file) => file.slice(0, -3)).sort()).toEqual(lessons.map((lesson) => lesson.slug).sort());
      const home = readFileSync(join("lessons", lang, "index.md"), "utf8");
      for (const lesson of lessons) expect(home, lesson.slug).toContain(`](./${lesson.slug})`);
    }
  );
});
