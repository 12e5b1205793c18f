import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Locator, Page, Route} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {openPage} from "./chromium.js";
import {batchesWithAFrame, reportStop, stopFigures, watchFramesAndBatches, watchLongTasks} from "./trainingFigures.js";
import {useSharedSite} from "./sharedBrowser.js";
import {projectRoot} from "./site.js";

const site = useSharedSite();

async function openLesson(lang: "ru" | "en"): Promise<{page: Page; errors: string[]}> {
  const opened = await openPage(site.browser);
  await opened.page.goto(`${site.url}/${lang}/1-convolutional-networks`);
  await opened.page.locator('.convlab-exercise[data-exercise="le-net"] .cm-content').waitFor();
  return opened;
}

/** The section that trains the student's leNet (locked until it passes), and the training panel inside it. */
const section = (page: Page, key: string) => page.locator(`.convlab-lenet-training[data-key="${key}"]`);
const panel = (page: Page, key: string) => page.locator(`.convlab-training[data-key="${key}"]`);
const stateOf = (training: Locator) => training.getAttribute("data-state");
const trainingKeys = ["lenet-mnist-softmax", "lenet-mnist-sigmoid"];
const lockedMessage = {
  ru: "Пройдите упражнение leNet выше, чтобы обучить свою сеть",
  en: "Pass the leNet exercise above to train your network"
};

/** Types the reference leNet into the page's le-net editor, presses Check and waits for the report. */
async function passLeNet(page: Page): Promise<{passed: number; total: number}> {
  const cell = page.locator('.convlab-exercise[data-exercise="le-net"]');
  await cell.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(readFileSync(join(projectRoot, "solutions", "le-net.ts"), "utf8"));
  await cell.locator("button.convlab-check").click();
  const report = cell.locator(".convlab-report");
  await report.waitFor();
  return {
    passed: Number(await report.getAttribute("data-passed")),
    total: Number(await report.getAttribute("data-total"))
  };
}

/** Before the le-net exercise passes, both training sections are locked: the message, and no Train button. */
async function expectLocked(page: Page, lang: "ru" | "en"): Promise<void> {
  for (const key of trainingKeys) {
    const locked = section(page, key);
    await expect.poll(() => stateOf(locked)).toBe("locked");
    expect(await locked.innerText()).toContain(lockedMessage[lang]);
    expect(await locked.locator("button.convlab-train").count()).toBe(0);
    expect(await locked.locator("button.convlab-check-saved").isEnabled()).toBe(true);
  }
}

/** Moves the output-size table's stride slider from the keyboard: stride 2 → 3 on 7×7 with 3×3 makes same 3×3. */
async function movesTheOutputSizeSlider(page: Page): Promise<void> {
  const explorer = page.locator(".convlab-output-size");
  const same = () => explorer.locator("tbody tr").first().locator("td").nth(4).innerText();
  await expect.poll(same, {message: "the output-size table before the slider moves"}).toBe("4×4");
  // Focus and key in one action, on the input as it is then (a separate focus() left a window in
  // which focus could move before the key was sent).
  await explorer.locator("label.convlab-range", {hasText: "s"}).locator("input").press("ArrowRight");
  await expect.poll(same, {message: "the output-size table after ArrowRight on the stride slider"}).toBe("3×3");
}

/**
 * The checks of a page just opened: every new section's live cells, with no console error (and, in
 * English, the animation stepped, a slider moved and an uploaded image taken).
 */
async function expectSections({page, errors}: {page: Page; errors: string[]}, lang: "ru" | "en"): Promise<void> {
  for (const id of [
    "convolution-animation",
    "pooling-animation",
    "basic-blocks",
    "ignored-padding",
    "lenet",
    "exercise-le-net",
    "lenet-training",
    "sigmoid-vs-softmax",
    "batch-normalization",
    "architectures",
    "augmentations"
  ]) {
    expect(await page.locator(`#${id}`).count(), id).toBe(1);
  }
  await expect.poll(() => page.locator(".convlab-sliding-window").count()).toBe(2);
  await expect.poll(() => page.locator(".convlab-lenet-training").count()).toBe(2);
  await expectLocked(page, lang);
  await expect.poll(() => page.locator(".convlab-augmentations canvas.convlab-aug-image").count()).toBe(16);
  const variables = page.locator("#lenet ~ div table.convlab-table").first();
  await expect.poll(() => variables.innerText()).toContain("(1024, 120)");
  expect(await variables.innerText()).toContain("(400, 120)");
  expect(await page.locator(".observablehq--error").count()).toBe(0);
  if (lang === "en") {
    await stepsTheConvolution(page);
    await redrawsTheAugmentations(page);
    await movesTheOutputSizeSlider(page);
  }
  expect(errors).toEqual([]);
}

// Each language's page opened once (a lesson's load, with its workers, is most of these tests' time):
// first the checks of the page as it opens, then the le-net exercise and what it unlocks. Both begin
// by finding the training sections still locked, as the opening checks left them; every test asserts
// no console error so far.
describe("lesson 1, beyond the basic exercises, on one visit of the English page", () => {
  let en: {page: Page; errors: string[]};
  beforeAll(async () => {
    en = await openLesson("en");
  });
  afterAll(() => en?.page.close());

  it("(en) shows every new section's live cells with no console error (and, in English, steps the animation, moves a slider and takes an uploaded image)", async () => {
    await expectSections(en, "en");
  });

  it("passes a correct leNet typed into the le-net cell, which unlocks both training panels", async () => {
    const {page, errors} = en;
    await expectLocked(page, "en");
    expect(await passLeNet(page)).toEqual({passed: 6, total: 6});
    for (const key of trainingKeys) {
      await expect.poll(() => stateOf(section(page, key))).toBe("unlocked");
      expect(await section(page, key).locator(".convlab-notice").first().innerText()).toBe(
        "Your leNet passed its check; it is the network trained here."
      );
      await expect.poll(() => stateOf(panel(page, key))).toBe("idle");
      expect(await panel(page, key).locator("button.convlab-train").isEnabled()).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});

describe("lesson 1 while its backend starts", () => {
  it("has its editors ready before tfjs's backend runs, and a Check pressed then waits for the backend and passes", async () => {
    const {page, errors} = await openPage(site.browser);
    // Without a GPU the page starts wasm: holding its binary holds the backend, as a slow machine would.
    const held: Route[] = [];
    let holding = true;
    await page.route("**/*.wasm", (route) => (holding ? held.push(route) : route.continue()));
    await page.goto(`${site.url}/en/1-convolutional-networks`);
    const cell = page.locator('.convlab-exercise[data-exercise="conv2d-one-filter"]');
    await cell.locator(".cm-content").waitFor();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    // Each editor is made in tasks of its own: all three come while the backend is held.
    await expect.poll(() => page.locator(".convlab-exercise .cm-content").count()).toBe(3);
    // The picker's cell waits for the backend: not drawn yet.
    expect(await page.locator(".convlab-backend-picker").count()).toBe(0);

    await cell.locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(readFileSync(join(projectRoot, "solutions", "conv2d-one-filter.ts"), "utf8"));
    await cell.locator("button.convlab-check").click();
    await cell.locator(".convlab-running").waitFor();
    expect(await cell.locator(".convlab-report").count()).toBe(0);

    holding = false;
    await Promise.all(held.map((route) => route.continue()));
    const report = cell.locator(".convlab-report");
    await report.waitFor();
    expect(Number(await report.getAttribute("data-total"))).toBeGreaterThan(0);
    expect(await report.getAttribute("data-passed")).toBe(await report.getAttribute("data-total"));
    await page.locator(".convlab-backend-picker").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("lesson 1, beyond the basic exercises, on one visit of the Russian page", () => {
  let ru: {page: Page; errors: string[]};
  beforeAll(async () => {
    ru = await openLesson("ru");
  });
  afterAll(() => ru?.page.close());

  it("(ru) shows every new section's live cells with no console error", async () => {
    await expectSections(ru, "ru");
  });

  it("calibrates, trains the student's own LeNet on the quick setting while images per second show, stops within the epoch keeping its batches, and restores the model and that partial epoch after a reload", async () => {
    const {page, errors} = ru;
    await expectLocked(page, "ru");
    expect(await passLeNet(page)).toEqual({passed: 6, total: 6});
    const training = panel(page, "lenet-mnist-softmax");
    await expect.poll(() => stateOf(training)).toBe("idle");
    expect(await training.getAttribute("data-restored")).toBeNull();
    expect(await training.locator(".convlab-backend").innerText()).toMatch(/(webgl|wasm|cpu)$/);
    // Calibrated before the first run: the quick setting's expected time.
    expect(await training.getAttribute("data-calibrated")).toBe("true");
    expect(await training.locator("select.convlab-preset").inputValue()).toBe("quick");
    expect(await training.locator(".convlab-preset-note").innerText()).toMatch(/^3 эпохи по (всем )?[\d\s ]+/);
    expect(await training.locator(".convlab-estimate").innerText()).toMatch(
      /^Измерено на (webgl|wasm|cpu): [\d\s ,]+ изобр\.\/с при обучении\. Ожидаемое время: около \d+:\d\d/
    );
    await watchLongTasks(page);
    await watchFramesAndBatches(page, training);
    await training.locator("button.convlab-train").click();
    // The batches run in the page's compute worker: the page keeps drawing frames while one runs.
    await expect.poll(() => batchesWithAFrame(page)).toBeGreaterThanOrEqual(1);
    const chart = training.locator(".convlab-chart");
    await expect.poll(() => chart.getAttribute("data-batches").then(Number)).toBeGreaterThanOrEqual(1);
    // The bar, the chart and its count read together, in one task: a batch may land between two reads.
    const drawn = () =>
      training.evaluate((root) => ({
        batches: Number(root.querySelector(".convlab-chart")!.getAttribute("data-batches")),
        progress: root.querySelector("progress")!.value,
        path: root.querySelector(".convlab-chart path.convlab-series-batches")!.getAttribute("d")
      }));
    const first = await drawn();
    // Another batch: the bar moves on and the chart draws it.
    await expect.poll(() => drawn().then(({batches}) => batches)).toBeGreaterThan(first.batches);
    const later = await drawn();
    expect(later.progress).toBeGreaterThan(first.progress);
    expect(later.path).not.toBe(first.path);
    expect(await training.locator(".convlab-progress-text").innerText()).toMatch(
      /Эпоха 1 из 3 · батч \d+ из \d+ · потери \d,\d{4} · точность [\d,]+\s?% · [\d\s ,]+ изобр\.\/с · прошло \d+:\d\d · осталось около \d+:\d\d/
    );
    // Stop is pressed after the second batch; it interrupts the batch under way (or the next one), but
    // LeNet's batches are short: on a busy machine an epoch may end before the click lands. Either way
    // the history holds exactly what was trained.
    await training.locator("button.convlab-stop").click();
    await expect.poll(() => stateOf(training)).toBe("idle");
    const status = await training.locator(".convlab-status").innerText();
    const rows = await training.locator(".convlab-history tbody tr td:first-child").allInnerTexts();
    const partial = /^Остановлено в эпохе (\d+), после батча (\d+) из (\d+): сделанные батчи учтены в истории/.exec(
      status
    );
    const finished = /^Остановлено\. Модель сохранена в этом браузере; законченных эпох: (\d+)\.$/.exec(status);
    expect(partial ?? finished).not.toBeNull();
    const whole = Number(partial ? partial[1] : finished![1]) - (partial ? 1 : 0);
    expect(rows).toEqual([
      ...Array.from({length: whole}, (_, i) => String(i + 1)),
      ...(partial ? [`${partial[1]} (батчей: ${partial[2]} из ${partial[3]})`] : [])
    ]);
    expect(rows.length).toBeGreaterThan(0);
    // No batch started after the worker heard Stop. (How many ended after the click depends on the
    // machine's load: reported, not asserted.)
    const figures = await stopFigures(page, training);
    reportStop(figures, "lesson 1, LeNet");
    expect(figures.stopHeardSeconds).toBeGreaterThanOrEqual(0);
    expect(figures.batchesStartedAfterStopHeard).toBe(0);
    expect(figures.batchesSeen).toBeGreaterThan(0);
    expect(figures.batchesSeen).toBe(Number(await training.getAttribute("data-batches-done")));

    // After a reload the saved code is in the editor but not yet checked: locked again, until the
    // section's button checks it.
    await page.reload();
    await page.locator('.convlab-exercise[data-exercise="le-net"] .cm-content').waitFor();
    await expectLocked(page, "ru");
    await section(page, "lenet-mnist-softmax").locator("button.convlab-check-saved").click();
    await expect.poll(() => stateOf(section(page, "lenet-mnist-softmax"))).toBe("unlocked");
    await expect.poll(() => stateOf(training)).toBe("idle");
    expect(await training.getAttribute("data-restored")).toBe("true");
    expect(await training.locator(".convlab-status").innerText()).toMatch(/Восстановлена модель/);
    expect(await training.locator(".convlab-history tbody tr td:first-child").allInnerTexts()).toEqual(rows);
    await training.locator("button.convlab-start-over").click();
    await expect.poll(() => training.locator(".convlab-status").innerText()).toMatch(/удалена/);
    expect(errors).toEqual([]);
  });
});

/** The convolution animation steps through the document's sums and re-plans for another stride and padding. */
async function stepsTheConvolution(page: Page): Promise<void> {
  const animation = page.locator('.convlab-sliding-window[data-mode="convolution"]');
  const formula = () => animation.locator(".convlab-window-formula").innerText();
  await expect.poll(formula, {message: "the convolution animation's first sum"}).toMatch(/= 94$/);
  await animation.locator("button.convlab-step-next").click();
  await expect.poll(formula, {message: "the convolution animation's second sum, after Next"}).toMatch(/= 154$/);
  expect(await animation.getAttribute("data-steps")).toBe("9");
  await animation.locator("select.convlab-window-stride").selectOption("2");
  await expect
    .poll(() => animation.getAttribute("data-steps"), {message: "the animation's steps at stride 2"})
    .toBe("4");
  await animation.locator("select.convlab-window-padding").selectOption("valid");
  await expect.poll(formula, {message: "the animation's first sum without padding"}).toMatch(/= 285$/);
}

/** Moving the rotation slider redraws the augmented digits. */
async function redrawsTheAugmentations(page: Page): Promise<void> {
  const view = page.locator(".convlab-augmentations");
  const renders = () => view.getAttribute("data-renders").then(Number);
  await expect.poll(renders, {message: "the augmentations' first drawing"}).toBeGreaterThanOrEqual(1);
  const before = Number(await view.getAttribute("data-renders"));
  await view.locator("input.convlab-aug-rotation").evaluate((input) => {
    (input as HTMLInputElement).value = "45";
    input.dispatchEvent(new Event("input", {bubbles: true}));
  });
  await expect
    .poll(renders, {message: "the augmentations redrawn after the rotation slider moved"})
    .toBeGreaterThan(before);

  // An image of one's own: a 40×30 picture drawn by the browser itself, uploaded through the file input.
  const png = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(40, 30);
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#c33";
    context.fillRect(0, 0, 20, 30);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({type: "image/png"})).arrayBuffer());
    return Array.from(bytes);
  });
  const uploaded = Number(await view.getAttribute("data-renders"));
  await view
    .locator("input.convlab-aug-upload")
    .setInputFiles({name: "mine.png", mimeType: "image/png", buffer: Buffer.from(png)});
  await expect.poll(renders, {message: "the augmentations redrawn with the uploaded image"}).toBeGreaterThan(uploaded);
  expect(await view.locator("canvas.convlab-aug-image").count()).toBe(18);
  expect(await view.locator("canvas.convlab-aug-image").last().getAttribute("width")).toBe("40");
}
