import type * as tfjs from "@convlab/tfjs";
import type {Browser, Page} from "playwright-core";
import {setupNodeTf, type NodeBackend} from "../src/backends/node.js";
import {countModel, zoo, zooModelNames, type ZooModelName} from "../src/models/zoo/index.js";
import {launchChromium} from "../test/e2e/chromium.js";
import {buildSite} from "../test/e2e/site.js";
import {serveSite} from "../scripts/serveSite.js";
import {medianMs, printTable} from "./measure.js";

const vggs = new Set<ZooModelName>(["vgg16", "vgg16_bn", "vgg19", "vgg19_bn"]);

/** One forward pass of a model on a random image in Node: build time, first pass, then the median of `runs` more. */
async function nodeForward(
  name: ZooModelName,
  backend: NodeBackend,
  runs: number
): Promise<{buildMs: number; firstMs: number; medianMs: number}> {
  const tf = await setupNodeTf({backend});
  const buildStart = performance.now();
  const model = zoo[name]();
  const buildMs = performance.now() - buildStart;
  const [, height, width, channels] = model.inputs[0].shape as number[];
  const image = tf.randomUniform([1, height, width, channels]);
  const pass = async () => {
    const result = model.predict(image) as tfjs.Tensor | tfjs.Tensor[];
    const outputs = Array.isArray(result) ? result : [result];
    await Promise.all(outputs.map((output) => output.data()));
    tf.dispose(outputs);
  };
  try {
    const firstMs = await medianMs(1, pass);
    return {buildMs, firstMs, medianMs: runs > 0 ? await medianMs(runs, pass) : NaN};
  } finally {
    image.dispose();
    model.dispose();
  }
}

/** The lesson's own "build and run" button in headless Chromium: the forward time it reports, or NaN. */
async function browserForward(browser: Browser, url: string, name: ZooModelName, backend: string): Promise<number> {
  const page = await browser.newPage();
  try {
    return await clickBuildAndRun(page, url, name, backend);
  } catch (error) {
    console.error(`${name} on Chromium ${backend}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    return NaN;
  } finally {
    await page.close();
  }
}

async function clickBuildAndRun(page: Page, url: string, name: ZooModelName, backend: string): Promise<number> {
  await page.goto(`${url}/en/3-architecture-survey`);
  const panel = page
    .locator(".convlab-model-panel", {
      has: page.locator(`option[value="${name}"], .convlab-model-runner[data-model="${name}"]`)
    })
    .first();
  await panel.waitFor(); // the page's cells have run
  const select = panel.locator("select.convlab-model-select");
  if (await select.count()) await select.selectOption(name);
  const runner = panel.locator(`.convlab-model-runner[data-model="${name}"]`);
  await runner.locator("select.convlab-run-backend").selectOption(backend);
  await runner.locator("button.convlab-run").click();
  if (vggs.has(name)) await runner.locator("button.convlab-run-confirm").click();
  const result = runner.locator(".convlab-run-result, .convlab-problem").first();
  await result.waitFor({timeout: 20 * 60_000});
  return Number((await result.getAttribute("data-forward-ms")) ?? NaN);
}

/**
 * The survey's zoo: one forward pass on one random image per model. Node: tfjs wasm (XNNPACK, SIMD, one
 * thread) for every model, cpu for two; Chromium (headless, no GPU): the lesson's "build and run" button
 * on the cpu backend for every model but the VGGs, and on webgl (SwiftShader) for two. `npm run bench zoo`
 * runs it (about ten minutes); ZOO_BROWSER_ALL=1 adds the VGGs to the browser runs (much longer).
 */
export async function benchZoo(): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  const cpuModels = new Set<ZooModelName>(["alexnet", "resnet50"]);
  for (const name of zooModelNames) {
    const wasm = await nodeForward(name, "wasm", 3);
    const cpu = cpuModels.has(name) ? await nodeForward(name, "cpu", 0) : undefined;
    const model = zoo[name]();
    const macs = countModel(model).macs;
    model.dispose();
    rows.push({
      model: name,
      GMACs: macs / 1e9,
      "wasm build ms": wasm.buildMs,
      "wasm 1st pass ms": wasm.firstMs,
      "wasm ms (median of 3)": wasm.medianMs,
      "wasm GMAC/s": macs / 1e6 / wasm.medianMs,
      "cpu ms": cpu ? cpu.firstMs : "—"
    });
    console.log(`${name}: wasm ${wasm.medianMs.toFixed(0)} ms`);
  }

  const site = await serveSite(await buildSite());
  const browser = await launchChromium();
  try {
    const browserAll = process.env.ZOO_BROWSER_ALL === "1";
    for (const row of rows) {
      const name = row.model as ZooModelName;
      row["Chromium cpu ms"] =
        browserAll || !vggs.has(name) ? await browserForward(browser, site.url, name, "cpu") : "—";
      row["Chromium webgl ms"] = cpuModels.has(name) ? await browserForward(browser, site.url, name, "webgl") : "—";
      console.log(`${name}: Chromium cpu ${row["Chromium cpu ms"]} ms`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  printTable("Zoo: one forward pass on one random image (batch 1; 224×224×3, 299×299×3 for Inception v3)", rows);
}
