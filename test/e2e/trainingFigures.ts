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

/**
 * Starts recording, in the page, when the main thread ran an animation frame's callback and which
 * batches the training panel reported (start and end, ms since the epoch, as the worker timed them).
 */
export async function watchFramesAndBatches(page: Page, training: Locator): Promise<void> {
  await training.evaluate((panel) => {
    const scope = globalThis as unknown as {convlabFrames: number[]; convlabBatches: Array<[number, number]>};
    scope.convlabFrames = [];
    scope.convlabBatches = [];
    const frame = () => {
      scope.convlabFrames.push(performance.timeOrigin + performance.now());
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(() =>
      scope.convlabBatches.push([Number(panel.dataset.batchStartedAt), Number(panel.dataset.batchEndedAt)])
    ).observe(panel, {attributes: true, attributeFilter: ["data-batch-ended-at"]});
  });
}

/**
 * How many batches the page drew a frame in while they ran (a frame strictly between a batch's start
 * and end). Training in the page's thread allows none: a batch holds the thread from start to end.
 * In the worker, every batch longer than a frame holds one, however slow the machine.
 */
export async function batchesWithAFrame(page: Page): Promise<number> {
  return page.evaluate(() => {
    const {convlabFrames: frames, convlabBatches: batches} = globalThis as unknown as {
      convlabFrames: number[];
      convlabBatches: Array<[number, number]>;
    };
    return batches.filter(([start, end]) => frames.some((time) => time > start && time < end)).length;
  });
}
