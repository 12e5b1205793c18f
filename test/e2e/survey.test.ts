import {describe, expect, it} from "vitest";
import {openPage} from "./chromium.js";
import {figuresOnPage} from "./pageFigures.js";
import {useSharedSite} from "./sharedBrowser.js";

const site = useSharedSite();

async function openSurvey(lang: "ru" | "en") {
  const opened = await openPage(site.browser);
  await opened.page.goto(`${site.url}/${lang}/3-architecture-survey`);
  await opened.page.locator("svg.convlab-block-diagram").first().waitFor();
  return opened;
}

describe("the architecture survey", () => {
  it.each(["ru", "en"] as const)(
    "opens in %s with its chart, a diagram per family and no error or raw TeX",
    async (lang) => {
      const {page, errors} = await openSurvey(lang);
      await page.waitForLoadState("networkidle");
      expect(await page.locator("svg.convlab-top5-chart g.convlab-top5-bar").count()).toBe(9);
      expect(await page.locator(".convlab-model-diagram").count()).toBe(9);
      // The zoo's table has GoogLeNet and ResNet-18 and 34; the basic block stands beside the bottleneck.
      const zooNames = await page
        .locator("#zoo-table ~ div table.convlab-table tbody tr td:first-child")
        .allInnerTexts();
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
      expect(await page.locator('.katex-error, .katex [style*="color:#cc0000"]').count()).toBe(0);
      const leftover = await page.evaluate(() => {
        const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
        main.querySelectorAll("pre, code, .katex").forEach((node) => node.remove());
        return main.innerText.match(/\$[^\s]{0,20}/g) ?? [];
      });
      expect(leftover).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  );

  it("keeps the Russian and English sections in step", async () => {
    const ids = async (lang: string) => {
      const {page} = await openSurvey(lang as "ru" | "en");
      const found = await page.$$eval("main h1[id], main h2[id], main h3[id]", (headings) =>
        headings.map((heading) => heading.id)
      );
      await page.close();
      return found;
    };
    const [ru, en] = [await ids("ru"), await ids("en")];
    expect(ru).toEqual(en);
    expect(en).toEqual(
      expect.arrayContaining([
        "imagenet",
        "alexnet",
        "vgg",
        "inception-v3",
        "dense-block",
        "resnet-bottleneck",
        "se-resnet",
        "resnext",
        "se-resnext"
      ])
    );
  });

  it("redraws a diagram's detail for the block clicked, and another model for the one picked", async () => {
    const {page, errors} = await openSurvey("en");
    const diagram = page.locator('.convlab-model-diagram[data-model="resnext50_32x4d"]');
    await diagram.locator('rect.convlab-diagram-chip[data-block="layer3.2"]').click();
    await expect.poll(() => diagram.getAttribute("data-block")).toBe("layer3.2");
    expect(await diagram.locator(".convlab-block-title").innerText()).toContain("layer3.2");
    expect(await diagram.locator("svg.convlab-block-diagram").innerHTML()).toContain("32 groups");
    const panel = page.locator(".convlab-model-panel", {has: page.locator('option[value="densenet201"]')});
    await panel.locator("select.convlab-model-select").selectOption("densenet201");
    await expect.poll(() => panel.locator(".convlab-model-diagram").getAttribute("data-model")).toBe("densenet201");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("smooths the labels as the sliders move", async () => {
    const {page} = await openSurvey("en");
    const bars = page.locator("svg.convlab-probability-bars rect");
    await expect.poll(() => bars.count()).toBe(5);
    // Its label is exactly "C": the ResNeXt and dense-block sliders below have a "c" in theirs.
    const classes = page.locator("label.convlab-range", {has: page.locator("span", {hasText: /^C$/})}).locator("input");
    await classes.fill("8");
    await expect.poll(() => bars.count()).toBe(8);
    await page.close();
  });

  it("recounts a ResNeXt block and a dense block when their sliders are moved from the keyboard", async () => {
    const {page, errors} = await openSurvey("en");
    const resnext = page.locator(".convlab-resnext-explorer");
    const weights = () => resnext.locator("tbody tr").first().locator("td").nth(2).innerText();
    await expect.poll(weights).toBe("70,144");
    await resnext.locator("label.convlab-range", {hasText: "cardinality"}).locator("input").focus();
    await page.keyboard.press("ArrowLeft"); // 31 groups of 4
    await expect.poll(weights).toBe((256 * 124 + 31 * 4 * 3 * 3 * 4 + 124 * 256).toLocaleString("en-US"));
    const dense = page.locator(".convlab-dense-explorer");
    const channels = () => dense.locator("tbody tr td").first().innerText();
    await expect.poll(channels).toBe("256");
    await dense.locator("label.convlab-range", {hasText: "layers"}).locator("input").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(channels).toBe(String(64 + 7 * 32));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("builds AlexNet in the browser and runs an image through it", async () => {
    const {page, errors} = await openSurvey("en");
    const runner = page.locator('.convlab-model-runner[data-model="alexnet"]');
    await runner.locator("button.convlab-run").click();
    const result = runner.locator("table.convlab-run-result");
    await result.waitFor();
    expect(await result.innerText()).toContain("[1, 1000]");
    expect(Number(await result.getAttribute("data-forward-ms"))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
