import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Locator, Page} from "playwright-core";
import {crossOriginIsolationHeaders} from "../scripts/crossOriginIsolation.js";
import {launchChromium} from "../test/e2e/chromium.js";
import {projectRoot} from "../test/e2e/site.js";
import {serveSite} from "../scripts/serveSite.js";
import {stopFigures, watchFramesAndBatches, watchLongTasks} from "../test/e2e/trainingFigures.js";
import {printTable} from "./measure.js";

/**
 * Training's figures before this bench measured them: issue 12 (training on the page's thread), then
 * the compute worker with the document's batch of 32 (ResNet-50: Stop waited for the batch under way).
 */
export const trainingBefore = {
  lenet: {
    speed: "46–70 (webgl, page thread); 409–535 (worker, wasm)",
    blocking: "page frozen (page thread)",
    stop: "0.09 s (worker, batch 64)",
    typing: "not answered while a batch runs (page thread)"
  },
  resnet: {
    speed: "3.8 (worker, wasm, batch 32); issue 12: page frozen 6.3 min before the first batch",
    blocking: "page frozen (page thread)",
    stop: "21 s (waits for a batch of 32)",
    typing: "not answered while a batch runs (page thread)"
  }
} as const;

/** How long the bench lets a run train (after its first batch) before it presses Stop: the goal's window. */
const trainingWindowMs = 10_000;

interface Lesson {
  slug: string;
  label: string;
  before: (typeof trainingBefore)[keyof typeof trainingBefore];
  /** The exercise that unlocks the training, and the panel. */
  exercise: string;
  panel: string;
  /** Another exercise's editor, typed into while the run trains. */
  typeInto: string;
}

const lessons: Lesson[] = [
  {
    slug: "1-convolutional-networks",
    label: "lesson 1, LeNet",
    before: trainingBefore.lenet,
    exercise: "le-net",
    panel: '.convlab-training[data-key="lenet-mnist-softmax"]',
    typeInto: "conv2d-one-filter"
  },
  {
    slug: "2-residual-networks",
    label: "lesson 2, ResNet-50",
    before: trainingBefore.resnet,
    exercise: "resnet50",
    panel: ".convlab-resnet-training .convlab-training",
    typeInto: "identity-block"
  }
];

const cell = (page: Page, id: string) => page.locator(`.convlab-exercise[data-exercise="${id}"]`);

async function typeSolution(page: Page, id: string): Promise<void> {
  await cell(page, id).locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(readFileSync(join(projectRoot, "solutions", `${id}.ts`), "utf8"));
}

/** Waits (polling the page) until `read` gives a value `done` accepts. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Records, in the page, every key press's latency: from the input event's time stamp to the next
 * animation frame after its handlers ran (what the student waits for to see the character).
 */
async function watchKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const latencies: number[] = [];
    (globalThis as unknown as {convlabKeyLatencies: number[]}).convlabKeyLatencies = latencies;
    document.addEventListener(
      "keydown",
      (event) => {
        const stamp = event.timeStamp;
        requestAnimationFrame(() => latencies.push(performance.now() - stamp));
      },
      {capture: true}
    );
  });
}

/** Types into another editor while the run trains, and scrolls the page: whether both are answered. */
async function useThePage(page: Page, editor: string, typingMs: number): Promise<{typed: boolean; scrolled: boolean}> {
  const content = cell(page, editor).locator(".cm-content");
  await content.click();
  await page.keyboard.press("Control+End");
  const marker = "// typed while training";
  // Typing goes on for `typingMs` (a line at a time), so that the window the blocking time is taken
  // over is as long as the quiet one: over the 1–2 s one line takes, a single 70 ms task read as
  // 100 ms per 10 s.
  const typingEnds = Date.now() + typingMs;
  do {
    await page.keyboard.press("Enter");
    for (const key of marker) await page.keyboard.type(key, {delay: 50});
  } while (Date.now() < typingEnds);
  const typed = (await content.innerText()).includes(marker);
  // The mouse wheel over the lesson's text scrolls the page. Not Page Down, nor the wheel anywhere: a
  // key scrolls the editor last clicked (it keeps doing so after a blur), and the wheel over an
  // editor scrolls the editor.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const position = () => page.evaluate(() => `${window.scrollY} ${document.scrollingElement?.scrollTop}`);
  const before = await position();
  // A point of the page outside every scroller: a paragraph's if one is in view, otherwise the first
  // such point of a grid over the window (an editor may fill the window: the middle of the window then
  // lies in it, and lesson 2's page "did not scroll" because the wheel scrolled the editor instead).
  const [x, y] = await page.evaluate(() => {
    const scrolls = (element: Element) => /auto|scroll/.test(getComputedStyle(element).overflow);
    const outsideScrollers = (x: number, y: number) => {
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
      for (let at = document.elementFromPoint(x, y); at && at !== document.body; at = at.parentElement)
        if (scrolls(at)) return false;
      return true;
    };
    for (const paragraph of document.querySelectorAll("main p")) {
      const box = paragraph.getBoundingClientRect();
      const [x, y] = [box.left + Math.min(box.width / 2, 100), box.top + box.height / 2];
      if (outsideScrollers(x, y)) return [x, y];
    }
    for (let y = 20; y < innerHeight; y += 40)
      for (const x of [innerWidth / 2, innerWidth / 4, 20, innerWidth - 20]) if (outsideScrollers(x, y)) return [x, y];
    return [innerWidth / 2, innerHeight / 2];
  });
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 600);
  const scrolled = await page
    .waitForFunction((was) => `${window.scrollY} ${document.scrollingElement?.scrollTop}` !== was, before, {
      timeout: 5_000,
      polling: "raf"
    })
    .then(() => true)
    .catch(() => false);
  return {typed, scrolled};
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
};

async function measureTraining(browser: Browser, url: string, lesson: Lesson): Promise<Record<string, string>[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  // tsx keeps function names with a helper of its own that the page lacks (the helpers below name their arrows).
  await page.addInitScript({content: "globalThis.__name = (fn) => fn;"});
  try {
    await page.goto(`${url}/en/${lesson.slug}`);
    await cell(page, lesson.exercise).locator(".cm-content").waitFor();
    await typeSolution(page, lesson.exercise);
    await cell(page, lesson.exercise).locator("button.convlab-check").click();
    await cell(page, lesson.exercise).locator(".convlab-report").waitFor();
    const training: Locator = page.locator(lesson.panel);
    await until(
      () => training.getAttribute("data-state").catch(() => null),
      (state) => state === "idle"
    );
    const calibrationSeconds = Number(await training.getAttribute("data-calibration-seconds"));
    const backend = (await training.getAttribute("data-backend")) ?? "?";
    await watchLongTasks(page);
    await watchKeys(page);
    await watchFramesAndBatches(page, training);
    const trainPressed = Date.now();
    await training.locator("button.convlab-train").click();
    await until(
      () => training.getAttribute("data-images-per-second"),
      (speed) => speed !== null
    );
    const firstBatchSeconds = (Date.now() - trainPressed) / 1000;
    const windowEnds = Date.now() + trainingWindowMs;
    // Half the window with the page left alone, then typing and scrolling: the blocking time of each.
    const pageNow = () => page.evaluate(() => performance.now());
    const quietFrom = await pageNow();
    await page.waitForTimeout(trainingWindowMs / 2); // the measuring window, not a budget
    const usedFrom = await pageNow();
    const used = await useThePage(page, lesson.typeInto, trainingWindowMs / 2 - 1_000);
    const usedTo = await pageNow();
    const blocking = await page.evaluate(
      ([from, middle, to]) => {
        const tasks = (globalThis as unknown as {convlabLongTasks: Array<[number, number]>}).convlabLongTasks;
        const per10s = (start: number, end: number) =>
          (tasks.filter(([at]) => at >= start && at < end).reduce((sum, [, ms]) => sum + Math.max(0, ms - 50), 0) /
            Math.max(end - start, 1)) *
          10_000;
        return {quiet: per10s(from, middle), used: per10s(middle, to), usedSeconds: (to - middle) / 1000};
      },
      [quietFrom, usedFrom, usedTo]
    );
    // The rest of the window, or until the run has under 3 s left: a quick LeNet run on a fast machine
    // lasts about 10 s, and ended before Stop; Stop is measured on a run under way.
    await until(
      async () => ({
        left: Number((await training.getAttribute("data-seconds-remaining")) ?? Infinity),
        state: await training.getAttribute("data-state")
      }),
      ({left, state}) => Date.now() >= windowEnds || left < 3 || state !== "training"
    );
    const stillTraining = (await training.getAttribute("data-state")) === "training";
    if (stillTraining) await training.locator("button.convlab-stop").click();
    await until(
      () => training.getAttribute("data-state"),
      (state) => state === "idle"
    );
    const figures = await stopFigures(page, training);
    const keys = await page.evaluate(
      () => (globalThis as unknown as {convlabKeyLatencies: number[]}).convlabKeyLatencies
    );
    const ms = (value: number) => `${Math.round(value)} ms`;
    const row = (what: string, now: string, before: string, goal = "") => ({
      lesson: lesson.label,
      what,
      now,
      before,
      goal
    });
    return [
      row("backend; calibration", `${backend}; ${calibrationSeconds.toFixed(1)} s`, "webgl (SwiftShader), page thread"),
      row(
        "images per second (batch)",
        `${figures.imagesPerSecond.toFixed(1)} (batch ${figures.batchSize}; first batch after ${firstBatchSeconds.toFixed(1)} s)`,
        lesson.before.speed
      ),
      row(
        "blocking time while training",
        // From Train to Stop: with no Stop (the run ended first) only the two halves below are measured.
        (stillTraining
          ? `${ms(figures.blockingMsPer10s)} per 10 s over ${figures.trainingSeconds.toFixed(1)} s from Train ` +
            `(longest task ${ms(figures.longestTaskMs)}); `
          : "") +
          `after the first batch, page left alone: ` +
          `${ms(blocking.quiet)} per 10 s; typing and scrolling: ${ms(blocking.used)} per 10 s ` +
          `(over ${blocking.usedSeconds.toFixed(1)} s)`,
        lesson.before.blocking,
        "< 100 ms per 10 s"
      ),
      row(
        "Stop latency",
        stillTraining
          ? `${figures.stopSeconds.toFixed(2)} s (last batch ended ${figures.lastBatchAfterStopSeconds.toFixed(2)} s ` +
              `after the click; model saved after ${figures.stopSavedSeconds.toFixed(2)} s)`
          : "— (the run ended before Stop)",
        lesson.before.stop,
        "< 1 s"
      ),
      row(
        "typing into an editor while training",
        `${used.typed ? "answered" : "NOT answered"}; key to next frame median ${ms(percentile(keys, 0.5))}, ` +
          `worst ${ms(Math.max(...keys))} (${keys.length} keys); page ${used.scrolled ? "scrolls" : "did NOT scroll"}`,
        lesson.before.typing
      )
    ];
  } finally {
    await context.close();
  }
}

/**
 * Training on the built site (`dist`, served cross-origin isolated as the deployed site is) in headless
 * Chromium, lessons 1 and 2 on the backend the page picks: images per second, blocking time per 10 s
 * while training, how long Stop takes, and whether typing into an editor and scrolling are answered
 * meanwhile; beside the figures from before. Each run trains the quick setting for about 10 s after
 * its first batch, then Stop is pressed. `npm run bench site` calls it at its end.
 */
export async function benchSiteTraining(): Promise<void> {
  const site = await serveSite(join(projectRoot, "dist"), {headers: crossOriginIsolationHeaders});
  const browser = await launchChromium();
  const rows: Array<Record<string, string>> = [];
  try {
    for (const lesson of lessons) rows.push(...(await measureTraining(browser, site.url, lesson)));
  } finally {
    await browser.close();
    await site.close();
  }
  printTable("Training in headless Chromium (no GPU, cross-origin isolated; en pages; quick setting)", rows);
}
