import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {launchChromium} from "../test/e2e/chromium.js";
import {projectRoot} from "../test/e2e/site.js";
import {serveSite} from "../test/e2e/staticServer.js";
import {medianMs, printTable} from "./measure.js";

/** The site: build time, and how long a lesson takes to show its first live output in Chromium. */
export async function benchSite(): Promise<void> {
  const buildMs = await medianMs(1, () => {
    const result = spawnSync(process.execPath, [join(projectRoot, "scripts", "build.js")], {
      cwd: projectRoot,
      encoding: "utf8"
    });
    if (result.status !== 0) throw new Error(result.stderr);
  });
  const site = await serveSite(join(projectRoot, "dist"));
  const browser = await launchChromium();
  const rows: Array<Record<string, string | number>> = [
    {step: "npm run build (warm cache)", "median ms": buildMs, runs: 1}
  ];
  try {
    for (const [step, selector] of [
      ["lesson 1: first live tfjs output", "table.convlab-table"],
      ["lesson 1: exercise editor ready", ".convlab-exercise .cm-content"]
    ]) {
      const ms = await medianMs(3, async () => {
        const page = await browser.newPage();
        await page.goto(`${site.url}/en/1-convolutional-networks`, {waitUntil: "commit"});
        await page.locator(selector).first().waitFor();
        await page.close();
      });
      rows.push({step, "median ms": ms, runs: 3});
    }
    const page = await browser.newPage();
    await page.goto(`${site.url}/en/1-convolutional-networks`);
    await page.locator(".convlab-exercise .cm-content").first().waitFor();
    const checkMs = await medianMs(3, async () => {
      await page.locator('.convlab-exercise[data-exercise="max-pooling"] button.convlab-check').click();
      await page.locator('.convlab-exercise[data-exercise="max-pooling"] .convlab-report').waitFor();
      await page.evaluate(() =>
        document.querySelector('.convlab-exercise[data-exercise="max-pooling"] .convlab-result')!.replaceChildren()
      );
    });
    rows.push({step: "Check (worker warm, max-pooling)", "median ms": checkMs, runs: 3});
  } finally {
    await browser.close();
    await site.close();
  }
  printTable("Site (headless Chromium, localhost)", rows);
}
