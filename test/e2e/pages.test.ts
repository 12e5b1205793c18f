import {describe, expect, it} from "vitest";
import {latinWords, siteChromeMessages as chrome} from "../../src/i18n/index.js";
import {lessons} from "../../src/site/sidebar.js";
import {openPage} from "./chromium.js";
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
// page's load is the browser tests' biggest cost). The pages: the home pages and each lesson of the
// sidebar's list, in both languages.
const site = useSharedSite();

const pages = ["/", "/ru/", "/en/", ...lessons.flatMap((lesson) => [`/ru/${lesson.slug}`, `/en/${lesson.slug}`])];
const isLesson = (path: string) => lessons.some((lesson) => path.endsWith(lesson.slug));

describe("every page, visited once", () => {
  it.each(pages)(
    "%s loads with no console error, no broken TeX, no wider than the screen at 390 px and at 1,280 px (a lesson: on wasm, with no GPU here, and says so; every formula with MathML; a Russian page: no English word in the chrome)",
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

      expect(errors).toEqual([]);
      await page.close();
    }
  );
});
