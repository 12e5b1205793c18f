import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {latinWords, siteChromeMessages as chrome} from "../../src/i18n/index.js";
import {lessons} from "../../src/site/sidebar.js";
import {openPage} from "./chromium.js";
import {figuresOnPage} from "./pageFigures.js";
import {
  chromeOf,
  formulasOf,
  leftoverTex,
  overflow,
  recordTfjsWebglContexts,
  reportedBackend,
  settle,
  tfjsWebglContexts
} from "./pageChecks.js";
import {useSharedSite} from "./sharedBrowser.js";

// Every page of the course, visited once: what each visit can see is checked on that visit (a lesson
// page's load is the browser tests' biggest cost), the site's frame (colour schemes, the language
// switch) included. The pages: the home pages and each lesson of the sidebar's list, in both languages.
const site = useSharedSite();

/** The survey as loaded: its chart, a diagram per family, the zoo's table, its figures, no raw TeX. */
async function expectSurveyShown(page: Page): Promise<void> {
  expect(await page.locator("svg.convlab-top5-chart g.convlab-top5-bar").count()).toBe(9);
  expect(await page.locator(".convlab-model-diagram").count()).toBe(9);
  // The zoo's table has GoogLeNet and ResNet-18 and 34; the basic block stands beside the bottleneck.
  const zooNames = await page.locator("#zoo-table ~ div table.convlab-table tbody tr td:first-child").allInnerTexts();
  expect(zooNames).toEqual(expect.arrayContaining(["googlenet", "resnet18", "resnet34"]));
  expect(await page.locator(".convlab-model-diagram[data-model=googlenet]").count()).toBe(1);
  for (const diagram of await page.locator(".convlab-model-diagram").all()) {
    expect(await diagram.locator("rect.convlab-diagram-chip").count()).toBeGreaterThan(3);
    expect(await diagram.locator("g.convlab-diagram-node").count()).toBeGreaterThan(2);
  }
  // The figures, drawn as SVG with a text alternative, within the page's width.
  expect(await figuresOnPage(page)).toEqual(
    ["depth-by-year", "object-sizes", "inception-module", "googlenet"].map((id) => [id, "img", true, true])
  );
  expect(await leftoverTex(page)).toEqual([]);
}

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

/** The page follows the system's dark scheme, then its light one (CSS media queries): page, text, code editor. */
async function expectColourSchemes(page: Page): Promise<void> {
  const coloursOf = () =>
    page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: style("#observablehq-main p").color,
        editorText: style(".convlab-exercise .cm-content").color,
        gutter: style(".convlab-exercise .cm-gutters").backgroundColor,
        gutterText: style(".convlab-exercise .cm-gutters").color
      };
    });
  for (const scheme of ["dark", "light"] as const) {
    await page.emulateMedia({colorScheme: scheme});
    const dark = scheme === "dark";
    // The new scheme's styles apply once the page has restyled: wait for its background.
    await expect.poll(async () => luminance((await coloursOf()).background) < 0.1).toBe(dark);
    const colours = await coloursOf();
    expect(luminance(colours.text) > 0.5, scheme).toBe(dark);
    expect(contrast(colours.text, colours.background), scheme).toBeGreaterThan(7);
    expect(contrast(colours.editorText, colours.background), scheme).toBeGreaterThan(7);
    expect(luminance(colours.gutter) < 0.1, scheme).toBe(dark);
    expect(contrast(colours.gutterText, colours.gutter), scheme).toBeGreaterThan(3);
  }
}

/** An English page keeps English chrome, and its language switch leads to the same section of the Russian page. */
async function expectSwitchKeepsSection(page: Page, path: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(await page.locator("#observablehq-toc nav > div").textContent()).toBe("Contents");
  const section = await page.locator("#observablehq-main h2[id]").nth(1).getAttribute("id");
  await page.evaluate((id) => (location.hash = id!), section);
  await page.locator("#observablehq-header a[hreflang='ru']").click();
  // The Russian page's HTML is enough: its lang is in it.
  await page.waitForURL(`**${path.replace("/en/", "/ru/")}#${section}`, {waitUntil: "domcontentloaded"});
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
}

const pages = ["/", "/ru/", "/en/", ...lessons.flatMap((lesson) => [`/ru/${lesson.slug}`, `/en/${lesson.slug}`])];
const isLesson = (path: string) => lessons.some((lesson) => path.endsWith(lesson.slug));

describe("every page, visited once", () => {
  it.each(pages)(
    "%s loads with no console error, no broken TeX, no wider than the screen at 390 px and at 1,280 px (a lesson: on wasm, with no GPU here, and says so; every formula with MathML; a Russian page: no English word in the chrome; lesson 1: dark and light schemes; the survey: its charts, diagrams and figures; English lesson 2: the switch keeps the section)",
    async (path) => {
      const {page, errors} = await openPage(site.browser);
      await recordTfjsWebglContexts(page);
      await page.setViewportSize({width: 390, height: 844});
      expect(await settle(page, site.url + path)).toBe(200);
      const narrow = await overflow(page);
      expect(narrow.scrollWidth, narrow.culprits.join(", ")).toBeLessThanOrEqual(narrow.innerWidth);

      if (isLesson(path)) {
        // Headless Chromium without a GPU draws WebGL with SwiftShader: the page must pick wasm, with SIMD.
        const reported = await reportedBackend(page);
        expect(reported.picker).toBe("wasm");
        expect(reported.details).toMatch(/^WebAssembly \((processor|процессор)\) · SIMD · /);
        expect(reported.sentence).toContain("wasm");
        // No cell ran on tfjs's default backend before the switch: tfjs never made a WebGL context.
        expect(await tfjsWebglContexts(page)).toEqual([]);
      }

      // The same page, laid out again for a desktop window.
      await page.setViewportSize({width: 1280, height: 900});
      await page.waitForFunction(() => innerWidth === 1280);
      const wide = await overflow(page);
      expect(wide.scrollWidth, wide.culprits.join(", ")).toBeLessThanOrEqual(wide.innerWidth);

      if (path.includes("1-convolutional-networks")) {
        await expect.poll(() => page.locator(".convlab-exercise").count()).toBe(3);
        await expect.poll(() => page.locator("table.convlab-table").count()).toBe(7); // the live tf cells rendered
        expect(await leftoverTex(page)).toEqual([]); // no formula left as raw TeX
        expect(await page.evaluate(async () => (await document.fonts.load("16px KaTeX_Main")).length)).toBeGreaterThan(
          0
        ); // KaTeX's own fonts
      }
      expect(await page.locator('.katex-error, .katex [style*="color:#cc0000"]').count()).toBe(0); // no broken TeX

      if (isLesson(path)) {
        // Every formula has MathML for screen readers, hidden on screen as KaTeX's CSS does.
        const formulas = await formulasOf(page);
        expect(formulas.length).toBeGreaterThan(10);
        expect(formulas.filter((formula) => !formula.hasMathml || !formula.hidden || !formula.drawn)).toEqual([]);
        expect(formulas.every((formula) => formula.tex.length > 0)).toBe(true);
      }

      if (path.startsWith("/ru/")) {
        // Framework's own words in Russian, and no English word in the chrome.
        const found = await chromeOf(page);
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
        expect(chromeText.flatMap((text) => latinWords(text))).toEqual([]);
      }

      if (path.endsWith("3-architecture-survey")) await expectSurveyShown(page);
      if (path === "/ru/1-convolutional-networks") await expectColourSchemes(page);

      expect(errors).toEqual([]);
      // Last, as it leaves the page.
      if (path === "/en/2-residual-networks") await expectSwitchKeepsSection(page, path);
      await page.close();
    }
  );
});
