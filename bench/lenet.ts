import {launchChromium} from "../test/e2e/chromium.js";
import {buildSite} from "../test/e2e/site.js";
import {serveSite} from "../scripts/serveSite.js";
import {setupNodeTf} from "../src/backends/node.js";
import {decodeDigits, mnistSplit} from "../src/datasets/index.js";
import {buildMnistFile} from "../src/datasets/mnistPackage.js";
import {createLeNet} from "../src/models/leNet.js";
import {compileClassifier, trainModel, type ClassificationLoss} from "../src/train/index.js";
import {medianMs, printTable} from "./measure.js";

/**
 * LeNet on the shipped MNIST digits: a real training run in Node (wasm backend with the course's
 * training kernels), validation accuracy and time per loss; the size of the shipped data; and, in
 * headless Chromium, how long lesson 1 takes to load and how fast it trains there.
 * `LENET_EPOCHS` sets the epochs (default 5); `npm run bench lenet` runs only this.
 */
export async function benchLeNet(): Promise<void> {
  const epochs = Number(process.env.LENET_EPOCHS ?? 5);
  const batchSize = 64;
  const file = buildMnistFile();
  const digits = decodeDigits(file);
  printTable("Shipped digits (lessons/_assets/mnist-digits.bin)", [
    {what: "images", value: `${digits.count} × ${digits.height}×${digits.width}`},
    {what: "file, bytes", value: file.length},
    {what: "uncompressed pixels + labels, bytes", value: digits.pixels.length + digits.labels.length}
  ]);

  const tf = await setupNodeTf({backend: "wasm"});
  const split = mnistSplit(tf, digits);
  const rows: Array<Record<string, string | number>> = [];
  for (const loss of ["softmax", "sigmoid"] as ClassificationLoss[]) {
    const model = compileClassifier(createLeNet({inputShape: [32, 32, 1]}), {loss});
    const started = performance.now();
    const logs = await trainModel(model, split, {epochs, batchSize, seed: 1});
    const seconds = (performance.now() - started) / 1000;
    for (const log of logs) {
      rows.push({
        loss,
        epoch: log.epoch,
        "train acc": log.accuracy.toFixed(4),
        "train loss": log.loss.toFixed(4),
        "val acc": log.valAccuracy.toFixed(4),
        "val loss": log.valLoss.toFixed(4),
        "epoch s": log.seconds
      });
    }
    rows.push({
      loss,
      epoch: "total",
      "train acc": "",
      "train loss": "",
      "val acc": logs.at(-1)!.valAccuracy.toFixed(4),
      "val loss": "",
      "epoch s": seconds
    });
    model.dispose();
  }
  tf.dispose([split.train.xs, split.train.ys, split.validation.xs, split.validation.ys]);
  printTable(
    `LeNet, Node ${tf.getBackend()} backend: ${split.train.size} training and ${split.validation.size} validation digits, batches of ${batchSize}, Adam 0.001`,
    rows
  );

  const site = await serveSite(await buildSite());
  const browser = await launchChromium();
  const browserRows: Array<Record<string, string | number>> = [];
  try {
    const loadMs = await medianMs(3, async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/en/1-convolutional-networks`, {waitUntil: "commit"});
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.convlab-training[data-state="idle"]').length === 2 &&
          document.querySelectorAll(".convlab-exercise .cm-content").length === 3 &&
          Number(document.querySelector(".convlab-augmentations")?.getAttribute("data-renders")) >= 1,
        null,
        {timeout: 120_000}
      );
      await page.close();
    });
    browserRows.push({measure: "lesson 1 (en): every live cell ready, ms (median of 3)", value: loadMs});

    const page = await browser.newPage();
    await page.goto(`${site.url}/en/1-convolutional-networks`);
    const panel = page.locator('.convlab-training[data-key="lenet-mnist-softmax"]');
    await page.waitForFunction(
      () =>
        document.querySelector('.convlab-training[data-key="lenet-mnist-softmax"]')?.getAttribute("data-state") ===
        "idle",
      null,
      {timeout: 120_000}
    );
    const backend = (await panel.locator(".convlab-backend").innerText()).split(": ").at(-1);
    browserRows.push(
      {
        measure: `calibration before the first run (${backend}), s`,
        value: Number(await panel.getAttribute("data-calibration-seconds"))
      },
      {measure: "quick setting: expected time, s", value: Number(await panel.getAttribute("data-estimate-seconds"))}
    );
    await page.evaluate(() => {
      const tasks: number[] = [];
      (globalThis as unknown as {benchLongTasks: number[]}).benchLongTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
        type: "longtask"
      });
    });
    const trainingStarted = performance.now();
    await panel.locator("button.convlab-train").click();
    const timeAt = async (batches: number) => {
      await page.waitForFunction(
        (n) =>
          Number(
            document
              .querySelector('.convlab-training[data-key="lenet-mnist-softmax"] .convlab-chart')
              ?.getAttribute("data-batches")
          ) >= n,
        batches,
        {timeout: 600_000}
      );
      return performance.now();
    };
    const after2 = await timeAt(2); // the first batches compile the backend's programs
    const after8 = await timeAt(8); // the quick setting has at least 4 batches an epoch, 3 epochs
    const panelSpeed = Number(await panel.getAttribute("data-images-per-second"));
    await panel.locator("button.convlab-stop").click();
    await page.waitForFunction(
      () =>
        document.querySelector('.convlab-training[data-key="lenet-mnist-softmax"]')?.getAttribute("data-state") ===
        "idle",
      null,
      {timeout: 600_000}
    );
    const trainingSeconds = (performance.now() - trainingStarted) / 1000;
    const blockingMs = await page.evaluate(() =>
      (globalThis as unknown as {benchLongTasks: number[]}).benchLongTasks.reduce(
        (sum, ms) => sum + Math.max(0, ms - 50),
        0
      )
    );
    browserRows.push(
      {
        measure: `training in the page (${backend}), images/s over 6 batches of ${batchSize}`,
        value: (6 * batchSize) / ((after8 - after2) / 1000)
      },
      {measure: "…the panel's own figure (last 5 s of batches), images/s", value: panelSpeed},
      {measure: "Stop: seconds until training stopped", value: Number(await panel.getAttribute("data-stop-seconds"))},
      {measure: "blocking time while training, ms per 10 s", value: (blockingMs / trainingSeconds) * 10}
    );
    await page.close();
  } finally {
    await browser.close();
    await site.close();
  }
  printTable("Lesson 1 in headless Chromium", browserRows);
}
