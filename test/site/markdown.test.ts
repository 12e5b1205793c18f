import {createMarkdownIt, parseMarkdown} from "@observablehq/framework/dist/markdown.js";
import {describe, expect, it} from "vitest";
import config from "../../observablehq.config.js";
import {counterpartPath} from "../../src/site/index.js";

// Framework's own Markdown pipeline with the course's configuration: what `npm run build` runs.
const md = createMarkdownIt({markdownIt: config.markdownIt});
const render = (source: string, path = "/ru/1-convolutional-networks") =>
  parseMarkdown(source, {md, path}).body as string;

describe("markdownMath(md), in Framework's pipeline", () => {
  it("renders inline and display formulas with KaTeX at build time", () => {
    const html = render("A kernel $K \\times K$ here.\n\n$$\nout = W x + b\n$$\n");
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain("$K");
  });

  it.each([
    ["one expression", "Value: ${1 + 2} done.", 1],
    ["two expressions side by side", "Sum ${a}+${b} done.", 2],
    ["an expression, then a formula", "Backend ${backend} and $x^2$ here.", 1],
    ["a formula, then an expression", "Here $x^2$ and ${backend} too.", 1]
  ])("keeps Framework's ${…} expressions working: %s", (_, source, expressions) => {
    const page = parseMarkdown(source, {md, path: "/en/test"});
    expect(page.code.length).toBe(expressions);
    expect(page.body.match(/class="katex"/g)?.length ?? 0).toBe(source.match(/ \$x\^2\$ /) ? 1 : 0);
  });

  it("marks invalid TeX in KaTeX's error red, which the browser tests reject", () => {
    expect(render("Broken $\\frac{1}{$ here.")).toContain('class="katex-error"');
    expect(render("Unknown $\\badcommand{1}$ here.")).toContain("color:#cc0000");
  });
});

describe("languageLinks(md), in Framework's pipeline", () => {
  it("gives a heading the id written after it, the same in both languages", () => {
    const ru = render("## Свёртка вручную {#convolution-by-hand}\n");
    const en = render("## Convolution by hand {#convolution-by-hand}\n", "/en/1-convolutional-networks");
    for (const html of [ru, en]) {
      expect(html).toContain('id="convolution-by-hand"');
      expect(html).not.toContain("{#");
    }
  });

  it("adds no badge or link to the heading (the page header holds the one language switch)", () => {
    const html = render("# Pooling {#pooling}\n", "/en/1-convolutional-networks");
    expect(html).not.toContain("/ru/");
    expect(html).not.toMatch(/>\s*RU\s*</);
    expect(html).not.toContain("convlab-lang");
  });

  it("leaves a heading without an id to Framework's own slug", () => {
    expect(render("# Home page\n", "/index")).toMatch(/<h1 id="home-page"/);
  });
});

describe("counterpartPath(path)", () => {
  it.each([
    ["/ru/1-convolutional-networks", {lang: "en", path: "/en/1-convolutional-networks"}],
    ["/en/index.md", {lang: "ru", path: "/ru/index"}],
    ["/index", undefined],
    ["/fr/page", undefined]
  ])("%s", (path, expected) => {
    expect(counterpartPath(path)).toEqual(expected);
  });
});

describe("wideContent(md), in Framework's pipeline", () => {
  it("wraps each Markdown table in a box that scrolls sideways on its own", () => {
    const html = render("| a | b |\n| --- | --- |\n| 1 | 2 |\n\ntext\n\n| c |\n| --- |\n| 3 |\n");
    expect(html.match(/<div class="convlab-scroll">\s*<table>/g)?.length).toBe(2);
    expect(html.match(/<\/table>\s*<\/div>/g)?.length).toBe(2);
    expect(html).toContain("<td>2</td>");
  });

  it("leaves a page without tables as it was", () => {
    expect(render("Just a paragraph.\n")).not.toContain("convlab-scroll");
  });
});

describe("markdownMath(md), for screen readers", () => {
  it("renders MathML beside KaTeX's HTML, for every formula", () => {
    const html = render("Inline $a^2 + b^2$ and\n\n$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$\n");
    expect(html.match(/class="katex"/g)?.length).toBe(2);
    expect(html.match(/<span class="katex-mathml"><math/g)?.length).toBe(2);
    expect(html).toContain('<annotation encoding="application/x-tex">a^2 + b^2</annotation>');
  });
});
