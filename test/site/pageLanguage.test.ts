import {describe, expect, it} from "vitest";
import config from "../../observablehq.config.js";
import {siteChromeMessages} from "../../src/i18n/index.js";
import {chromeHead, languageSwitch, localizePage, pageLanguage, pagePathOf} from "../../src/site/index.js";

// The parts of a page that Framework 1.13.4 renders (render.js), as it writes them.
const frameworkPage = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<label id="observablehq-sidebar-backdrop" for="observablehq-sidebar-toggle"></label>
<nav id="observablehq-sidebar">
  <section class="observablehq-section-active">
    <summary class="observablehq-link"><a href="./">Русский</a></summary>
    <ol>
    <li class="observablehq-link observablehq-link-active"><a href="./1-convolutional-networks">1 · Свёрточные сети</a></li>
    </ol>
  </section>
  <section>
    <summary class="observablehq-link"><a href="../en/">English</a></summary>
    <ol>
    <li class="observablehq-link"><a href="../en/1-convolutional-networks">1 · Convolutional networks</a></li>
    </ol>
  </section>
</nav>
<div id="observablehq-center">
<aside id="observablehq-toc" data-selector="h1:not(:first-of-type)[id], h2:first-child[id], :not(h1) + h2[id]">
<nav>
<div>Contents</div>
<ol>
<li class="observablehq-secondary-link"><a href="#pooling">Contents of a pooling layer</a></li>
</ol>
</nav>
</aside>
<main id="observablehq-main" class="observablehq">
<h2 id="pooling">Пулинг</h2><p>Contents</p></main>
</div>
</body>
</html>
`;

describe("pageLanguage(path)", () => {
  it.each([
    ["/ru/1-convolutional-networks", "ru"],
    ["/ru/", "ru"],
    ["ru/index", "ru"],
    ["/en/2-residual-networks", "en"],
    ["/", "en"],
    ["/rules", "en"]
  ])("%s is %s", (path, lang) => expect(pageLanguage(path)).toBe(lang));
});

describe("pagePathOf(file)", () => {
  it.each([
    ["ru/1-convolutional-networks.html", "/ru/1-convolutional-networks"],
    ["ru/index.html", "/ru/"],
    ["index.html", "/"],
    ["en\\3-architecture-survey.html", "/en/3-architecture-survey"]
  ])("%s → %s", (file, path) => expect(pagePathOf(file)).toBe(path));
});

describe("localizePage(html, path)", () => {
  const ru = localizePage(frameworkPage, "/ru/1-convolutional-networks");
  const en = localizePage(frameworkPage, "/en/1-convolutional-networks");

  it("sets <html lang> from the page's tree", () => {
    expect(ru).toContain('<html lang="ru">');
    expect(en).toContain('<html lang="en">');
    expect(localizePage(frameworkPage, "/")).toContain('<html lang="en">');
  });

  it("names the table of contents and the sidebar toggle in Russian on Russian pages only", () => {
    expect(ru).toContain(`<div>${siteChromeMessages.contents.ru}</div>`);
    expect(ru).toContain(`title="${siteChromeMessages.toggleSidebar.ru}"`);
    expect(ru).not.toContain("Toggle sidebar");
    expect(en).toContain("<div>Contents</div>");
    expect(en).toContain('title="Toggle sidebar"');
  });

  it("leaves the page's own text alone, even where it reads like Framework's", () => {
    expect(ru).toContain('<a href="#pooling">Contents of a pooling layer</a>');
    expect(ru).toContain("<p>Contents</p>");
    expect(ru.replace(/<html lang="ru">/, "<html>").replace(/ lang="(ru|en)">/g, ">")).toBe(
      frameworkPage
        .replace("<div>Contents</div>", `<div>${siteChromeMessages.contents.ru}</div>`)
        .replace('title="Toggle sidebar"', `title="${siteChromeMessages.toggleSidebar.ru}"`)
    );
  });

  it("marks each sidebar section with its language, on every page", () => {
    for (const page of [ru, en]) {
      expect(page).toMatch(
        /<section class="observablehq-section-active" lang="ru">\s*<summary[^>]*><a href="\.\/">Русский/
      );
      expect(page).toMatch(/<section lang="en">\s*<summary[^>]*><a href="\.\.\/en\/">English/);
    }
  });

  it("keeps the pager in the page's tree: no link from the last Russian lesson to the English home page", () => {
    const pager = (prev: string, next: string) =>
      `<footer id="observablehq-footer">\n<nav><a rel="prev" href="${prev}"><span>A</span></a><a rel="next" href="${next}"><span>B</span></a></nav>`;
    expect(localizePage(pager("./2-residual-networks", "../en/"), "/ru/3-architecture-survey")).toBe(
      '<footer id="observablehq-footer">\n<nav><a rel="prev" href="./2-residual-networks"><span>A</span></a></nav>'
    );
    expect(localizePage(pager("../ru/3-architecture-survey", "./1-convolutional-networks"), "/en/")).not.toContain(
      "../ru/"
    );
    // The bilingual front page leads into the Russian tree, and the Russian home page back to it.
    expect(localizePage(pager("./", "./ru/"), "/")).toContain('href="./ru/"');
    expect(localizePage(pager("../", "./1-convolutional-networks"), "/ru/")).toContain('href="../"');
  });

  it("gives the same page when applied twice", () => {
    expect(localizePage(ru, "/ru/1-convolutional-networks")).toBe(ru);
    expect(localizePage(en, "/en/1-convolutional-networks")).toBe(en);
  });
});

describe("languageSwitch({path}), the page header", () => {
  it("links a lesson to the same lesson in the other language, named in that language", () => {
    const ru = languageSwitch({path: "/ru/2-residual-networks"});
    expect(ru).toContain('href="/en/2-residual-networks"');
    expect(ru).toContain('hreflang="en" lang="en"');
    expect(ru).toMatch(/>English<\/a>/);
    expect(ru).toContain(`aria-label="${siteChromeMessages.languageSwitch.ru}"`);
    const en = languageSwitch({path: "/en/2-residual-networks"});
    expect(en).toContain('href="/ru/2-residual-networks"');
    expect(en).toMatch(/>Русский<\/a>/);
  });

  it("links the home pages to each other, and gives the bilingual front page no switch", () => {
    expect(languageSwitch({path: "/ru/index"})).toContain('href="/en/"');
    expect(languageSwitch({path: "/en/index"})).toContain('href="/ru/"');
    expect(languageSwitch({path: "/index"})).toBe("");
  });

  it("is the header of the site's configuration", () => {
    expect(config.header).toBe(languageSwitch);
  });
});

describe("chromeHead(lang)", () => {
  it("puts the pager's words and the run-time titles in Russian on Russian pages only", () => {
    const head = chromeHead("ru");
    expect(head).toContain(`content:"${siteChromeMessages.previousPage.ru}"`);
    expect(head).toContain(`content:"${siteChromeMessages.nextPage.ru}"`);
    expect(head).toContain(siteChromeMessages.copyCode.ru);
    expect(chromeHead("en")).toBe("");
  });

  it("is in the head of Russian pages, after KaTeX's stylesheet", () => {
    const head = (config.head as (page: {path: string}) => string)({path: "/ru/1-convolutional-networks"});
    expect(head).toContain("/_assets/katex.css");
    expect(head).toContain(chromeHead("ru"));
    expect((config.head as (page: {path: string}) => string)({path: "/en/1-convolutional-networks"})).not.toContain(
      "<script"
    );
  });
});
