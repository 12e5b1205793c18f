import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {sidebar} from "../../src/site/sidebar.js";

const pages = sidebar.flatMap((section) => section.pages.map((page) => page.path));

describe("the lesson pages' sources", () => {
  it.each(pages)("%s: no placeholder left for text or figures still to come", (path) => {
    const prose = readFileSync(join("lessons", `${path}.md`), "utf8").replace(/^```[\s\S]*?^```/gm, ""); // code may say anything
    const placeholders = prose.match(/\b(?:TODO|FIXME|TBD|XXX)\b|\b[A-Z]+(?:-[A-Z]+)*-(?:EN|RU)\b/g) ?? [];
    expect(placeholders).toEqual([]);
  });
});
