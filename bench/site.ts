import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {crossOriginIsolationHeaders} from "../scripts/crossOriginIsolation.js";
import {lessons} from "../src/site/sidebar.js";
import {launchChromium} from "../test/e2e/chromium.js";
import {projectRoot} from "../test/e2e/site.js";
import {serveSite} from "../test/e2e/staticServer.js";
import {medianMs, printTable} from "./measure.js";

/**
 * Today's figures before the pages used the backend chooser, quoted from issue 12 ("Where it stands",
 * measured on the built site, headless Chromium, 2 cores, no GPU). Not measured by this bench: printed
 * beside what it measures. Lesson 1's editors: 10.3 s (12.7–17.5 s in a second run under load).
 */
export const issue12Before = {
  backend: "webgl (SwiftShader), every page",
  totalBlockingMs: {"1-convolutional-networks": 6700, "2-residual-networks": 1900, "3-architecture-survey": 2900},
  editorsReadyMs: {"1-convolutional-networks": 10300} as Record<string, number>,
  firstCheck: "3.5–9.3 s (convolutional block 8.9 s, ResNet50 4.7 s)",
  laterCheck: "0.25–1.5 s",
  freshBuildMs: 64000
} as const;

/** The window in which long tasks count towards total blocking time, from navigation. */
const blockingWindowMs = 30_000;

/** What one lesson page measured, on one backend. */
interface PageFigures {
  backend: string;
  totalBlockingMs: number;
  longTasks: number;
  editorsReadyMs?: number;
  firstCheckMs?: number;
  laterCheckMs?: number;
}

/**
 * Opens a lesson in a fresh context (its own storage; `backend` saved as the picker's choice first when
 * given), and measures: total blocking time (long tasks beyond 50 ms, PerformanceObserver "longtask")
 * in the first 30 s; when every exercise editor is ready; the first Check of the page's first exercise
 * with its solution typed in, and a later one; and the backend the picker reports.
 */
async function measureLesson(browser: Browser, url: string, slug: string, backend?: string): Promise<PageFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  await page.addInitScript(
    ({saved, windowMs}) => {
      if (saved) localStorage.setItem("convlab.backend", saved);
      const record = {blockingMs: 0, longTasks: 0};
      (globalThis as unknown as {convlabBench: typeof record}).convlabBench = record;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime > windowMs) continue;
          record.longTasks += 1;
          record.blockingMs += Math.max(0, Math.min(entry.startTime + entry.duration, windowMs) - entry.startTime - 50);
        }
      }).observe({type: "longtask", buffered: true});
    },
    {saved: backend, windowMs: blockingWindowMs}
  );
  const exerciseCount = (
    readFileSync(join(projectRoot, "lessons", "en", `${slug}.md`), "utf8").match(/exerciseCell\(/g) ?? []
  ).length;
  await page.goto(`${url}/en/${slug}`, {waitUntil: "commit"});
  let editorsReadyMs: number | undefined;
  if (exerciseCount > 0) {
    await page.waitForFunction(
      (count) => document.querySelectorAll(".convlab-exercise .cm-content").length >= count,
      exerciseCount,
      {polling: 20}
    );
    editorsReadyMs = await page.evaluate(() => performance.now());
  }
  await page.locator(".convlab-backend-picker[data-backend]").waitFor();
  const reported = (await page.locator(".convlab-backend-picker").getAttribute("data-backend")) ?? "?";
  // Blocking time counts the first 30 s after navigation only: Check waits for that window to close.
  const now = await page.evaluate(() => performance.now());
  if (now < blockingWindowMs) await page.waitForTimeout(blockingWindowMs - now); // the measuring window, not a budget
  const {blockingMs, longTasks} = await page.evaluate(
    () => (globalThis as unknown as {convlabBench: {blockingMs: number; longTasks: number}}).convlabBench
  );
  let firstCheckMs: number | undefined;
  let laterCheckMs: number | undefined;
  if (exerciseCount > 0) {
    const exercise = page.locator(".convlab-exercise").first();
    const id = (await exercise.getAttribute("data-exercise"))!;
    await exercise.locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(readFileSync(join(projectRoot, "solutions", `${id}.ts`), "utf8"));
    const check = async () => {
      await exercise.locator(".convlab-result").evaluate((result) => result.replaceChildren());
      const start = Date.now();
      await exercise.locator("button.convlab-check").click();
      await exercise.locator(".convlab-report").waitFor();
      return Date.now() - start;
    };
    firstCheckMs = await check();
    laterCheckMs = await medianMs(3, check);
  }
  await context.close();
  return {
    backend: reported,
    totalBlockingMs: blockingMs,
    longTasks,
    editorsReadyMs,
    firstCheckMs,
    laterCheckMs
  };
}

const seconds = (ms: number | undefined) => (ms === undefined ? "—" : `${(ms / 1000).toFixed(2)} s`);

/**
 * The site: build time, and for each lesson in headless Chromium (no GPU, cross-origin isolated as the
 * deployed site is) the figures of issue 12's goals, on the backend the page picks and on webgl forced
 * through the picker's saved choice, beside the issue's "before" figures.
 */
export async function benchSite(): Promise<void> {
  const buildMs = await medianMs(1, () => {
    const result = spawnSync(process.execPath, [join(projectRoot, "scripts", "build.js")], {
      cwd: projectRoot,
      encoding: "utf8"
    });
    if (result.status !== 0) throw new Error(result.stderr);
  });
  printTable("Site build", [
    {step: "npm run build (warm cache: Framework's cache of data loaders and npm)", "this run": seconds(buildMs)},
    {step: "before (issue 12): fresh clone, quiet machine", "this run": seconds(issue12Before.freshBuildMs)}
  ]);
  const site = await serveSite(join(projectRoot, "dist"), {headers: crossOriginIsolationHeaders});
  const browser = await launchChromium();
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const {slug} of lessons) {
      const chosen = await measureLesson(browser, site.url, slug);
      const webgl = await measureLesson(browser, site.url, slug, "webgl");
      const before = issue12Before;
      const line = (what: string, now: string, forced: string, was: string) =>
        rows.push({lesson: slug, what, "now (auto)": now, "now (webgl forced)": forced, "before (issue 12)": was});
      line("backend", chosen.backend, webgl.backend, "webgl (SwiftShader)");
      line(
        "total blocking time, first 30 s",
        `${seconds(chosen.totalBlockingMs)} (${chosen.longTasks} tasks)`,
        `${seconds(webgl.totalBlockingMs)} (${webgl.longTasks} tasks)`,
        seconds(before.totalBlockingMs[slug as keyof typeof before.totalBlockingMs])
      );
      if (chosen.editorsReadyMs !== undefined) {
        line(
          "every editor ready",
          seconds(chosen.editorsReadyMs),
          seconds(webgl.editorsReadyMs),
          seconds(before.editorsReadyMs[slug])
        );
        line("first Check", seconds(chosen.firstCheckMs), seconds(webgl.firstCheckMs), before.firstCheck);
        line("later Check (median of 3)", seconds(chosen.laterCheckMs), seconds(webgl.laterCheckMs), before.laterCheck);
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  printTable("Lessons in headless Chromium (no GPU, cross-origin isolated; en pages; fresh storage each)", rows);
  await (await import("./siteTraining.js")).benchSiteTraining(); // training: speed, blocking, Stop, typing
}
