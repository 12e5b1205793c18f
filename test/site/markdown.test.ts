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
  it("gives a heading the shared id and a link to the same section in the other language", () => {
    const html = render("## Свёртка вручную {#convolution-by-hand}\n");
    expect(html).toContain('id="convolution-by-hand"');
    expect(html).toContain('href="/en/1-convolutional-networks#convolution-by-hand"');
    expect(html).not.toContain("{#");
  });

  it("links English pages back to Russian ones", () => {
    expect(render("# Pooling {#pooling}\n", "/en/1-convolutional-networks")).toContain(
      'href="/ru/1-convolutional-networks#pooling"'
    );
  });

  it("adds no link outside the language trees", () => {
    expect(render("# Home {#home}\n", "/index")).not.toContain("convlab-lang");
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
