import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {openPage} from "./chromium.js";
import {settle} from "./pageChecks.js";
import {connectChromium, sharedSiteUrl} from "./sharedBrowser.js";

// The site's frame around the lessons: the language switch, dark mode. Each page's widths, formulas for
// screen readers and Russian chrome are checked on its one visit (pages.test.ts).
let site: string;
let browser: Browser;

beforeAll(async () => {
  site = await sharedSiteUrl();
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("Russian pages", () => {
  it("keep English chrome on English pages, and the switch leads to the same section", async () => {
    const {page} = await openPage(browser);
    await settle(page, site + "/en/2-residual-networks");
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
      await settle(page, site + "/ru/1-convolutional-networks");
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
