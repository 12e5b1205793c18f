import {describe, expect, it} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {openPage} from "./chromium.js";
import {settle} from "./pageChecks.js";
import {useSharedSite} from "./sharedBrowser.js";

// The site's frame around the lessons: the language switch, dark mode. Each page's widths, formulas for
// screen readers and Russian chrome are checked on its one visit (pages.test.ts).
const site = useSharedSite();

describe("Russian pages", () => {
  it("keep English chrome on English pages, and the switch leads to the same section", async () => {
    const {page} = await openPage(site.browser);
    await settle(page, site.url + "/en/2-residual-networks");
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
  // One visit, the system's scheme switched while the page is open (the themes are CSS media queries).
  it("follows the system's dark scheme, then its light one: page, text, code editor and pager", async () => {
    const page = await site.browser.newPage({colorScheme: "dark"});
    page.setDefaultTimeout(hangCeilingMs);
    await settle(page, site.url + "/ru/1-convolutional-networks");
    await page.locator(".convlab-exercise .cm-content").first().waitFor();
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
    await page.close();
  });
});
