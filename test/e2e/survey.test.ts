import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {openPage} from "./chromium.js";
import {builtPage, reportedBackend} from "./pageChecks.js";
import {useSharedSite} from "./sharedBrowser.js";

// What the survey shows once loaded (its chart, a diagram per family, the figures, no raw TeX), in
// both languages, is checked on each page's one visit (pages.test.ts). Here: its sections, read from
// the built page, and what its controls do, all on one visit of the English page. Each test works a
// control of its own; the backend picker's, which reloads the page, comes last.
const site = useSharedSite();

describe("the architecture survey", () => {
  it("keeps the Russian and English sections in step", () => {
    const [ru, en] = [builtPage("ru", "3-architecture-survey"), builtPage("en", "3-architecture-survey")];
    expect(ru.ids).toEqual(en.ids);
    expect(en.ids).toEqual(
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
});

describe("the architecture survey's controls, on one visit of the English page", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({page, errors} = await openPage(site.browser));
    await page.goto(`${site.url}/en/3-architecture-survey`, {waitUntil: "domcontentloaded"});
  });
  afterAll(() => page?.close());

  it("redraws a diagram's detail for the block clicked, and another model for the one picked", async () => {
    const diagram = page.locator('.convlab-model-diagram[data-model="resnext50_32x4d"]');
    await diagram.locator('rect.convlab-diagram-chip[data-block="layer3.2"]').click();
    await expect.poll(() => diagram.getAttribute("data-block")).toBe("layer3.2");
    expect(await diagram.locator(".convlab-block-title").innerText()).toContain("layer3.2");
    expect(await diagram.locator("svg.convlab-block-diagram").innerHTML()).toContain("32 groups");
    const panel = page.locator(".convlab-model-panel", {has: page.locator('option[value="densenet201"]')});
    await panel.locator("select.convlab-model-select").selectOption("densenet201");
    await expect.poll(() => panel.locator(".convlab-model-diagram").getAttribute("data-model")).toBe("densenet201");
    expect(errors).toEqual([]);
  });

  it("smooths the labels as the sliders move", async () => {
    const bars = page.locator("svg.convlab-probability-bars rect");
    await expect.poll(() => bars.count()).toBe(5);
    // Its label is exactly "C": the ResNeXt and dense-block sliders below have a "c" in theirs.
    const classes = page.locator("label.convlab-range", {has: page.locator("span", {hasText: /^C$/})}).locator("input");
    await classes.fill("8");
    await expect.poll(() => bars.count()).toBe(8);
  });

  it("recounts a ResNeXt block and a dense block when their sliders are moved from the keyboard", async () => {
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
  });

  it("builds AlexNet in the browser and runs an image through it", async () => {
    const runner = page.locator('.convlab-model-runner[data-model="alexnet"]');
    await runner.locator("button.convlab-run").click();
    const result = runner.locator("table.convlab-run-result");
    await result.waitFor();
    expect(await result.innerText()).toContain("[1, 1000]");
    expect(Number(await result.getAttribute("data-forward-ms"))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("remembers the backend chosen in a lesson's picker after a reload, and the page says which runs", async () => {
    expect((await reportedBackend(page)).picker).toBe("wasm");
    await page.locator(".convlab-backend-select").selectOption("cpu");
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>(".convlab-backend-picker")?.dataset.backend === "cpu"
    );
    await expect.poll(async () => (await reportedBackend(page)).sentence, {timeout: hangCeilingMs}).toContain("cpu");
    await page.reload({waitUntil: "domcontentloaded"});
    const reported = await reportedBackend(page);
    expect(reported.picker).toBe("cpu");
    expect(reported.details).toBe("JavaScript (processor, slow)");
    expect(reported.sentence).toContain("cpu");
    expect(await page.locator(".convlab-backend-select").inputValue()).toBe("cpu");
    expect(errors).toEqual([]);
  });
});
