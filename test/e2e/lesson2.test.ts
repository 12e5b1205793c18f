import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {openPage} from "./chromium.js";
import {builtPage} from "./pageChecks.js";
import {figuresOnPage} from "./pageFigures.js";
import {batchesWithAFrame, reportStop, stopFigures, watchFramesAndBatches, watchLongTasks} from "./trainingFigures.js";
import {useSharedSite} from "./sharedBrowser.js";
import {projectRoot} from "./site.js";

const site = useSharedSite();

const lesson = "2-residual-networks";
const solution = (id: string) => readFileSync(join(projectRoot, "solutions", `${id}.ts`), "utf8");
const cell = (page: Page, id: string) => page.locator(`.convlab-exercise[data-exercise="${id}"]`);

async function openLesson(lang: "ru" | "en"): Promise<{page: Page; errors: string[]}> {
  const opened = await openPage(site.browser);
  await opened.page.goto(`${site.url}/${lang}/${lesson}`);
  await cell(opened.page, "identity-block").locator(".cm-content").waitFor();
  return opened;
}

async function typeCode(page: Page, id: string, code: string): Promise<void> {
  await cell(page, id).locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(code);
}

async function check(page: Page, id: string): Promise<{passed: number; total: number; text: string}> {
  await cell(page, id).locator("button.convlab-check").click();
  const report = cell(page, id).locator(".convlab-report");
  await report.waitFor();
  return {
    passed: Number(await report.getAttribute("data-passed")),
    total: Number(await report.getAttribute("data-total")),
    text: await report.innerText()
  };
}

/** The checks of a page just opened: its exercises, live cells, figures and formulas, and no console error. */
async function expectOpened({page, errors}: {page: Page; errors: string[]}): Promise<void> {
  expect(await page.locator(".convlab-exercise").count()).toBe(3);
  await expect.poll(() => page.locator(".convlab-gradient-demo").getAttribute("data-state")).toBe("done");
  expect(await page.locator(".convlab-gradient-chart").getAttribute("data-series")).toBe("2");
  expect(await page.locator(".convlab-gradient-series").count()).toBe(2);
  expect(await page.locator(".convlab-model-summary").getAttribute("data-total")).toBe("23600006");
  expect(await page.locator(".convlab-model-summary").getAttribute("data-non-trainable")).toBe("53120");
  // textContent: the demo sits in a source note, whose layout waits until it is scrolled near (content-visibility).
  expect(await page.locator(".convlab-stride-demo table.convlab-table td").allTextContents()).toEqual(
    expect.arrayContaining(["(3, 1, 1, 6)", "(3, 2, 2, 6)"])
  );
  expect(await page.locator(".convlab-resnet-training").getAttribute("data-state")).toBe("locked");
  expect(await page.locator(".convlab-image-prediction").getAttribute("data-state")).toBe("no-model");
  // The figures, drawn as SVG with a text alternative, within the page's width.
  expect(await figuresOnPage(page)).toEqual(
    ["plain-vs-residual", "identity-block", "convolutional-block", "resnet50-stages"].map((id) => [
      id,
      "img",
      true,
      true
    ])
  );
  expect(await page.locator('.katex-error, .katex [style*="color:#cc0000"]').count()).toBe(0);
  const leftover = await page.evaluate(() => {
    const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
    main.querySelectorAll("pre, code, .cm-editor, .katex").forEach((node) => node.remove());
    return main.innerText.match(/\$[^\s]{0,20}/g) ?? [];
  });
  expect(leftover).toEqual([]);
  expect(errors).toEqual([]);
}

describe("lesson 2, residual networks", () => {
  // Read from the built HTML (Framework renders headings at build time), as lessons.test.ts does for every lesson.
  it("keeps the Russian and English pages in step, section for section", () => {
    const [ru, en] = [builtPage("ru", lesson).ids, builtPage("en", lesson).ids];
    expect(ru).toEqual(en);
    expect(en).toEqual(
      expect.arrayContaining([
        "degradation",
        "skip-connections",
        "exercise-identity-block",
        "third-stride",
        "exercise-resnet50",
        "training",
        "your-own-image",
        "summary"
      ])
    );
  });
});

// Each language's page opened once (a lesson's load, with its workers, is most of these tests' time):
// first the checks of the page as it opens, then the exercises, in order. The stride demo waits for a
// checked block ("waiting" until then) and the ResNet-50 training for a checked ResNet50 ("locked"),
// so the opening checks see the page as a visitor does; every test asserts no console error so far.
describe("lesson 2, on one visit of the Russian page", () => {
  let ru: {page: Page; errors: string[]};
  beforeAll(async () => {
    ru = await openLesson("ru");
  });
  afterAll(() => ru?.page.close());

  it("the ru page opens with its three exercises, the live cells drawn and no console error", async () => {
    await expectOpened(ru);
  });

  it("reruns a passing convolutional block with stride s in its third convolution, live", async () => {
    const {page, errors} = ru;
    await typeCode(page, "convolutional-block", solution("convolutional-block"));
    const result = await check(page, "convolutional-block");
    expect(result.passed).toBe(result.total);
    await expect.poll(() => page.locator(".convlab-stride-demo").getAttribute("data-state")).toBe("shown");
    expect(await page.locator(".convlab-stride-result table.convlab-table").innerText()).toMatch(
      /\(3, 1, 1, 6\)[\s\S]*(да|нет)/
    );
    expect(errors).toEqual([]);
  });
});

describe("lesson 2, on one visit of the English page", () => {
  let en: {page: Page; errors: string[]};
  beforeAll(async () => {
    en = await openLesson("en");
  });
  afterAll(() => en?.page.close());

  it("the en page opens with its three exercises, the live cells drawn and no console error", async () => {
    await expectOpened(en);
  });

  it("passes a correct identityBlock typed into the page, and names a missing final ReLU", async () => {
    const {page, errors} = en;
    await typeCode(page, "identity-block", solution("identity-block").replace("  return relu(X);", "  return X;"));
    const wrong = await check(page, "identity-block");
    expect(wrong.passed).toBeLessThan(wrong.total);
    expect(wrong.text).toContain("the last ReLU is missing");
    await typeCode(page, "identity-block", solution("identity-block"));
    const result = await check(page, "identity-block");
    expect(result.total).toBe(3);
    expect(result.passed).toBe(3);
    expect(errors).toEqual([]);
  });

  // ResNet-50's first training step on webgl drawn by software (SwiftShader) compiles for many
  // minutes: this test needs the page on wasm, which the backend chooser gives a machine without a GPU.
  // It begins as the check of a ResNet50 in the browser, which unlocks the training (once a test of its own).
  // The quick setting calibrates at a batch of 2 and trains in batches sized to take under a second,
  // so the test stops soon after the first batch shows its images per second.
  it("checks a ResNet50 in the browser, which unlocks its training; calibrates, trains on the quick setting in small batches until images per second show, and stops within the batch under way, keeping the batches done", async () => {
    const {page, errors} = en;
    // Served as deployed, cross-origin isolated: the page hands the worker a shared Stop flag, which
    // interrupts the batch under way (src/train/interruptibleStep.ts) instead of waiting for it.
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    await typeCode(page, "resnet50", solution("resnet50"));
    expect((await check(page, "resnet50")).passed).toBe(1);
    await expect.poll(() => page.locator(".convlab-resnet-training").getAttribute("data-state")).toBe("unlocked");
    // The compute worker names its backend once it has started it.
    await expect
      .poll(() => page.locator(".convlab-resnet-training .convlab-backend").innerText())
      .toMatch(/backend: (webgl|cpu|wasm)/);
    const training = page.locator(".convlab-resnet-training .convlab-training");
    await expect.poll(() => training.getAttribute("data-state")).toBe("idle");
    expect(await training.getAttribute("data-calibrated")).toBe("true");
    expect(await training.locator("select.convlab-preset").inputValue()).toBe("quick");
    // The quick batch: the largest up to the document's 32 that takes under 0.8 s at the calibrated rate, at least 2.
    const note = await training.locator(".convlab-preset-note").innerText();
    const [, batch] =
      /^2 epochs over (?:all )?[\d,]+ (?:of the 1,080 )?training images, batches of (\d+)\./.exec(note) ?? [];
    expect(Number(batch)).toBeGreaterThanOrEqual(2);
    expect(Number(batch)).toBeLessThanOrEqual(32);
    expect(await training.getAttribute("data-batch-size")).toBe(batch);
    // Smaller than 32 so that it fits 0.8 s, or the smallest allowed and still slower (the note says which).
    if (Number(batch) < 32)
      expect(note).toMatch(
        new RegExp(`Its batch is (smaller than the document's|the smallest allowed) \\(${batch} instead of 32\\)`)
      );
    expect(await training.locator(".convlab-estimate").innerText()).toMatch(
      /^Measured on (webgl|wasm|cpu): [\d,.]+ img\/s training\. Expected time: about \d+:\d\d/
    );
    await watchLongTasks(page);
    await watchFramesAndBatches(page, training);
    await training.locator("button.convlab-train").click();
    // Images per second show after the first batch; the quick setting has at least 2 an epoch.
    await expect
      .poll(() => training.locator(".convlab-progress-text").innerText())
      .toMatch(/^Epoch 1 of 2 · batch \d+ of \d+ · loss [\d.]+ · accuracy [\d.]+% · [\d,.]+ img\/s · /);
    // The batch ran in the page's compute worker: the page drew frames while it ran.
    expect(await batchesWithAFrame(page)).toBeGreaterThanOrEqual(1);
    await training.locator("button.convlab-stop").click();
    await expect.poll(() => training.getAttribute("data-state")).toBe("idle");
    // Stop interrupts the batch under way, unless it came while the optimizer was updating the weights
    // (that batch then ends): with two batches an epoch, the epoch may end first. Either way the history
    // holds exactly what was trained.
    const status = await training.locator(".convlab-status").innerText();
    const rows = await training.locator(".convlab-history tbody tr td:first-child").allInnerTexts();
    const partial = /^Stopped in epoch (\d+), after (\d+) of (\d+) batches: they count in the history/.exec(status);
    const finished = /^Stopped\. The model is saved in this browser; epochs finished: (\d+)\.$/.exec(status);
    expect(partial ?? finished).not.toBeNull();
    const whole = Number(partial ? partial[1] : finished![1]) - (partial ? 1 : 0);
    expect(rows).toEqual([
      ...Array.from({length: whole}, (_, i) => String(i + 1)),
      ...(partial ? [`${partial[1]} (${partial[2]} of ${partial[3]} batches)`] : [])
    ]);
    expect(rows.length).toBeGreaterThan(0);
    // No batch started after the worker heard Stop. (How many ended after the click depends on the
    // machine's load and on where in its step Stop came: reported, not asserted.)
    const figures = await stopFigures(page, training);
    expect(figures.stopHeardSeconds).toBeGreaterThanOrEqual(0);
    expect(figures.batchesStartedAfterStopHeard).toBe(0);
    expect(figures.batchesSeen).toBe(Number(await training.getAttribute("data-batches-done")));
    reportStop(figures, "lesson 2, ResNet-50");
    expect(errors).toEqual([]);
  });

  it("stops ResNet-50's validation within its batch under way: the epoch's batches count, unvalidated", async () => {
    const {page, errors} = en;
    const training = page.locator(".convlab-resnet-training .convlab-training");
    const rows = () => training.locator(".convlab-history tbody tr").count();
    const rowsBefore = await rows();
    await watchFramesAndBatches(page, training);
    // Trains on from the saved model; each quick epoch ends by validating 120 images, many batches long.
    await training.locator("button.convlab-train").click();
    await expect.poll(() => training.locator(".convlab-progress-text").innerText()).toMatch(/ · Validating…$/);
    await training.locator("button.convlab-stop").click();
    await expect.poll(() => training.getAttribute("data-state")).toBe("idle");
    const status = await training.locator(".convlab-status").innerText();
    const [, done, of] =
      /^Stopped in epoch \d+, after (\d+) of (\d+) batches: they count in the history \(not validated\)/.exec(status) ??
      [];
    expect(Number(done)).toBeGreaterThan(0);
    expect(done).toBe(of);
    expect(await rows()).toBe(rowsBefore + 1);
    // The page heard Stop from the worker as soon as the validation batch under way was abandoned.
    const figures = await stopFigures(page, training);
    expect(figures.batchesStartedAfterStopHeard).toBe(0);
    reportStop(figures, "lesson 2, ResNet-50, Stop during validation");
    expect(errors).toEqual([]);
  });
});
