import type {Locator, Page} from "playwright-core";

/**
 * Starts counting the page's long tasks (main-thread work beyond 50 ms), for the figures a training
 * test prints: measured, never asserted (speed goals belong in the benchmark, `npm run bench site`).
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: Array<[start: number, duration: number]> = [];
    (globalThis as unknown as {convlabLongTasks: typeof tasks}).convlabLongTasks = tasks;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => tasks.push([entry.startTime, entry.duration]))
    ).observe({type: "longtask"});
  });
}

/** What a training run showed between Train and the end of Stop (see stopFigures). */
export interface StopFigures {
  /** The panel's last images per second. */
  imagesPerSecond: number;
  /** The batch of the run. */
  batchSize: number;
  /** From the Stop click to the worker's word that training stopped, as the panel measured it. */
  stopSeconds: number;
  /** From the Stop click to the run's end, the save of the model included. */
  stopSavedSeconds: number;
  /** From the Stop click to the end of the last batch the worker trained. */
  lastBatchAfterStopSeconds: number;
  /** Batches that ended after Stop was pressed (the one under way; more when the worker heard Stop late). */
  batchesEndedAfterStop: number;
  /** From the Stop click to the moment the worker heard it (its message queue waits for the batch under way). */
  stopHeardSeconds: number;
  /** Batches that started after the worker heard Stop: none, whatever the machine's load. */
  batchesStartedAfterStopHeard: number;
  batchesSeen: number;
  /** Blocking time (long tasks beyond 50 ms) from watchFramesAndBatches until Stop, per 10 s. */
  blockingMsPer10s: number;
  longestTaskMs: number;
  trainingSeconds: number;
}

/** The figures of a run stopped with Stop; watchLongTasks and watchFramesAndBatches ran before Train. */
export async function stopFigures(page: Page, training: Locator): Promise<StopFigures> {
  const stopPressedAt = Number(await training.getAttribute("data-stop-pressed-at"));
  const stopHeardAt = Number(await training.getAttribute("data-stop-heard-at"));
  const figures = await page.evaluate(
    ([stopAt, heardAt]) => {
      const scope = globalThis as unknown as {
        convlabLongTasks?: Array<[number, number]>;
        convlabBatches: Array<[number, number]>;
        convlabWatchStartedAt: number;
      };
      const toPage = (epochMs: number) => epochMs - performance.timeOrigin;
      const [from, to] = [toPage(scope.convlabWatchStartedAt), toPage(stopAt)];
      const tasks = (scope.convlabLongTasks ?? []).filter(([start]) => start >= from && start < to);
      const blockingMs = tasks.reduce((sum, [, ms]) => sum + Math.max(0, ms - 50), 0);
      const batches = scope.convlabBatches;
      return {
        blockingMsPer10s: (blockingMs / Math.max(to - from, 1)) * 10_000,
        longestTaskMs: Math.max(0, ...tasks.map(([, ms]) => ms)),
        trainingSeconds: (to - from) / 1000,
        batchesSeen: batches.length,
        batchesEndedAfterStop: batches.filter(([, end]) => end > stopAt).length,
        batchesStartedAfterStopHeard: batches.filter(([start]) => start > heardAt).length,
        lastBatchAfterStopSeconds: Math.max(0, ...batches.map(([, end]) => end - stopAt)) / 1000
      };
    },
    [stopPressedAt, stopHeardAt]
  );
  return {
    ...figures,
    stopHeardSeconds: (stopHeardAt - stopPressedAt) / 1000,
    imagesPerSecond: Number(await training.getAttribute("data-images-per-second")),
    batchSize: Number(await training.getAttribute("data-batch-size")),
    stopSeconds: Number(await training.getAttribute("data-stop-seconds")),
    stopSavedSeconds: Number(await training.getAttribute("data-stop-saved-seconds"))
  };
}

/** Prints a stopped run's figures (measured, not asserted): how long Stop took and the blocking time meanwhile. */
export function reportStop(figures: StopFigures, label: string): void {
  console.log(
    `${label}: ${figures.imagesPerSecond.toFixed(1)} img/s in batches of ${figures.batchSize}; ` +
      `Stop heard by the worker after ${figures.stopHeardSeconds.toFixed(3)} s, took effect after ` +
      `${figures.stopSeconds.toFixed(2)} s (last batch ended ` +
      `${figures.lastBatchAfterStopSeconds.toFixed(2)} s after it; ${figures.batchesEndedAfterStop} batch under way; ` +
      `model saved ${figures.stopSavedSeconds.toFixed(2)} s after it); ` +
      `blocking time while training ${Math.round(figures.blockingMsPer10s)} ms per 10 s over ` +
      `${figures.trainingSeconds.toFixed(1)} s (longest task ${Math.round(figures.longestTaskMs)} ms)`
  );
}

/**
 * Starts recording, in the page, when the main thread ran an animation frame's callback and which
 * batches the training panel reported (start and end, ms since the epoch, as the worker timed them).
 */
export async function watchFramesAndBatches(page: Page, training: Locator): Promise<void> {
  await training.evaluate((panel) => {
    const scope = globalThis as unknown as {
      convlabFrames: number[];
      convlabBatches: Array<[number, number]>;
      convlabWatchStartedAt: number;
    };
    scope.convlabFrames = [];
    scope.convlabBatches = [];
    scope.convlabWatchStartedAt = performance.timeOrigin + performance.now();
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
