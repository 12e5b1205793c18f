import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {latinWords, siteChromeMessages as chrome} from "../../src/i18n/index.js";
import {lessons} from "../../src/site/sidebar.js";
import {hangCeilingMs} from "../hangCeiling.js";
import {openPage} from "./chromium.js";
import {connectChromium, sharedSiteUrl} from "./sharedBrowser.js";

// The site's frame around the lessons: widths, formulas for screen readers, Russian chrome, dark mode.
let site: string;
let browser: Browser;

beforeAll(async () => {
  site = await sharedSiteUrl();
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
});

const pages = ["/", "/ru/", "/en/", ...lessons.flatMap((lesson) => [`/ru/${lesson.slug}`, `/en/${lesson.slug}`])];
const russianPages = pages.filter((path) => path.startsWith("/ru/"));

/** Opens a page and waits until every cell has rendered (Framework shows <observablehq-loading> until then). */
async function settle(page: Page, path: string): Promise<void> {
  await page.goto(site + path);
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, {
    timeout: hangCeilingMs
  });
}

/** How far the page reaches beyond the window, and the widest elements that do (to name them when it fails). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = Array.from(document.querySelectorAll("body *"))
      .filter((node) => node.getBoundingClientRect().right > width + 1)
      .map((node) => `${node.tagName.toLowerCase()}.${node.getAttribute("class") ?? ""}`)
      .slice(0, 5);
    return {scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits};
  });

describe("every page", () => {
  it.each(pages)("%s is no wider than the screen at 390 px and at 1,280 px", async (path) => {
    const {page, errors} = await openPage(browser);
    await page.setViewportSize({width: 390, height: 844});
    await settle(page, path);
    const narrow = await overflow(page);
    expect(narrow.scrollWidth, narrow.culprits.join(", ")).toBeLessThanOrEqual(narrow.innerWidth);
    // The same page, laid out again for a desktop window.
    await page.setViewportSize({width: 1280, height: 900});
    await page.waitForFunction(() => innerWidth === 1280);
    const wide = await overflow(page);
    expect(wide.scrollWidth, wide.culprits.join(", ")).toBeLessThanOrEqual(wide.innerWidth);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(pages.filter((path) => lessons.some((lesson) => path.endsWith(lesson.slug))))(
    "%s gives every formula MathML for screen readers, hidden on screen as KaTeX's CSS does",
    async (path) => {
      const {page} = await openPage(browser);
      await settle(page, path);
      const formulas = await page.$$eval(".katex", (nodes) =>
        nodes.map((node) => {
          const mathml = node.querySelector(":scope > .katex-mathml > math");
          const box = node.querySelector(":scope > .katex-mathml")?.getBoundingClientRect();
          return {
            tex: mathml?.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? "",
            hasMathml: !!mathml && mathml.children.length > 0,
            hidden: !!box && box.width <= 1 && box.height <= 1,
            drawn: !!node.querySelector(":scope > .katex-html")
          };
        })
      );
      expect(formulas.length).toBeGreaterThan(10);
      expect(formulas.filter((formula) => !formula.hasMathml || !formula.hidden || !formula.drawn)).toEqual([]);
      expect(formulas.every((formula) => formula.tex.length > 0)).toBe(true);
      await page.close();
    }
  );
});

describe("Russian pages", () => {
  it.each(russianPages)("%s: Framework's own words in Russian, and no English word in the chrome", async (path) => {
    const {page} = await openPage(browser);
    await settle(page, path);
    const found = await page.evaluate(() => {
      // The chrome's text, without what is marked as another language (the English sidebar section, the switch).
      const textOf = (selector: string) => {
        const node = document.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined;
        node?.querySelectorAll('[lang]:not([lang="ru"]), script, style').forEach((other) => other.remove());
        return node?.textContent ?? "";
      };
      const pager = Array.from(document.querySelectorAll("#observablehq-footer nav a"), (link) =>
        getComputedStyle(link, "::before").content.replace(/^"|"$/g, "")
      );
      const titles = Array.from(
        document.querySelectorAll("#observablehq-sidebar-toggle, label[for='observablehq-sidebar-toggle'], button"),
        (node) => node.getAttribute("title") ?? ""
      ).filter(Boolean);
      const labels = Array.from(
        document.querySelectorAll(
          ":is(#observablehq-header, #observablehq-sidebar, #observablehq-toc, #observablehq-footer) [aria-label]:not([lang]:not([lang='ru']) *)"
        ),
        (node) => String(node.getAttribute("aria-label"))
      );
      return {
        lang: document.documentElement.lang,
        toc: document.querySelector("#observablehq-toc nav > div")?.textContent ?? null,
        pager,
        titles,
        labels,
        header: textOf("#observablehq-header"),
        sidebar: textOf("#observablehq-sidebar"),
        footer: textOf("#observablehq-footer"),
        switchLang: document.querySelector("#observablehq-header a[hreflang]")?.getAttribute("lang")
      };
    });
    expect(found.lang).toBe("ru");
    expect(found.switchLang).toBe("en");
    if (path !== "/ru/") expect(found.toc).toBe(chrome.contents.ru);
    expect(found.pager.length).toBeGreaterThan(0);
    for (const word of found.pager) expect([chrome.previousPage.ru, chrome.nextPage.ru]).toContain(word);
    expect(found.titles.length).toBeGreaterThan(0);
    const chromeText = [
      found.toc ?? "",
      ...found.pager,
      ...found.titles,
      ...found.labels,
      found.header,
      found.sidebar,
      found.footer
    ];
    const english = chromeText.flatMap((text) => latinWords(text));
    expect(english).toEqual([]);
    await page.close();
  });

  it("keep English chrome on English pages, and the switch leads to the same section", async () => {
    const {page} = await openPage(browser);
    await settle(page, "/en/2-residual-networks");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("#observablehq-toc nav > div").textContent()).toBe("Contents");
    const section = await page.locator("#observablehq-main h2[id]").nth(1).getAttribute("id");
    await page.evaluate((id) => (location.hash = id!), section);
    await page.locator("#observablehq-header a[hreflang='ru']").click();
    await page.waitForURL(`**/ru/2-residual-networks#${section}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await page.close();
  });
});

/** The relative luminance of a CSS colour (rgb() or color(srgb …)), WCAG's definition. */
function luminance(color: string): number {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  const channels = color.startsWith("color(") ? numbers.slice(0, 3) : numbers.slice(0, 3).map((value) => value / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

describe("the colour scheme", () => {
  it.each(["dark", "light"] as const)(
    "follows the system's %s scheme: page, text, code editor and pager",
    async (scheme) => {
      const page = await browser.newPage({colorScheme: scheme});
      page.setDefaultTimeout(hangCeilingMs);
      await settle(page, "/ru/1-convolutional-networks");
      await page.locator(".convlab-exercise .cm-content").first().waitFor();
      const colours = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          background: getComputedStyle(document.documentElement).backgroundColor,
          text: style("#observablehq-main p").color,
          editorText: style(".convlab-exercise .cm-content").color,
          gutter: style(".convlab-exercise .cm-gutters").backgroundColor,
          gutterText: style(".convlab-exercise .cm-gutters").color
        };
      });
      const dark = scheme === "dark";
      expect(luminance(colours.background) < 0.1).toBe(dark);
      expect(luminance(colours.text) > 0.5).toBe(dark);
      expect(contrast(colours.text, colours.background)).toBeGreaterThan(7);
      expect(contrast(colours.editorText, colours.background)).toBeGreaterThan(7);
      expect(luminance(colours.gutter) < 0.1).toBe(dark);
      expect(contrast(colours.gutterText, colours.gutter)).toBeGreaterThan(3);
      await page.close();
    }
  );
});
