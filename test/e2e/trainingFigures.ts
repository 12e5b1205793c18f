import type {Locator, Page} from "playwright-core";

/**
 * Starts counting the page's long tasks (main-thread work beyond 50 ms), for the figures a training
 * test prints: measured, never asserted (speed goals belong in the benchmark).
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (globalThis as unknown as {convlabLongTasks: number[]}).convlabLongTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
      type: "longtask"
    });
  });
}

/** Prints how long Stop took to take effect and the blocking time since watchLongTasks. */
export async function reportStop(page: Page, training: Locator, label: string): Promise<void> {
  const stopSeconds = Number(await training.getAttribute("data-stop-seconds"));
  const speed = Number(await training.getAttribute("data-images-per-second"));
  const {blockingMs, longest} = await page.evaluate(() => {
    const tasks = (globalThis as unknown as {convlabLongTasks?: number[]}).convlabLongTasks ?? [];
    return {blockingMs: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0), longest: Math.max(0, ...tasks)};
  });
  console.log(
    `${label}: ${speed.toFixed(1)} img/s; Stop took effect after ${stopSeconds.toFixed(2)} s; ` +
      `blocking time while training ${Math.round(blockingMs)} ms (longest task ${Math.round(longest)} ms)`
  );
}
