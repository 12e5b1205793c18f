import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {openPage} from "./chromium.js";
import {settle} from "./pageChecks.js";
import {useSharedSite} from "./sharedBrowser.js";

// The lessons' demos that compute tensors run in the page's compute worker: the page only draws what
// comes back. Every message the page posts to a worker is logged by type and worker name, so the test
// sees the demo's requests reach the compute worker.
const site = useSharedSite();

/** Logs, in `workerRequests`, the type of every message the page posts to a worker, by worker name. */
function logWorkerRequests(): void {
  const log: string[] = ((globalThis as unknown as {workerRequests: string[]}).workerRequests = []);
  const NativeWorker = Worker;
  globalThis.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const name = options?.name ?? "";
      const post = this.postMessage.bind(this) as (message: unknown, transfer?: Transferable[]) => void;
      this.postMessage = ((message: {type?: string}, transfer?: Transferable[]) => {
        log.push(`${name}:${message?.type}`);
        post(message, transfer);
      }) as Worker["postMessage"];
    }
  };
}

/** How many messages of `type` the page has posted to its compute worker so far. */
async function computeRequests(page: Page, type: string): Promise<number> {
  const log = await page.evaluate(() => (globalThis as unknown as {workerRequests: string[]}).workerRequests);
  return log.filter((request) => request === `compute:${type}`).length;
}

describe("demos computed in the page's compute worker", () => {
  it("lesson 1's batch-normalisation, cross-entropy, parameter and block tables are drawn from the compute worker's answers", async () => {
    const {page, errors} = await openPage(site.browser);
    await page.addInitScript(logWorkerRequests);
    expect(await settle(page, `${site.url}/en/1-convolutional-networks`)).toBe(200);
    // The table follows the section's heading; its training row normalises with the batch's statistics.
    const table = page.locator("#batch-normalization ~ div table.convlab-table").first();
    await expect.poll(() => table.innerText(), {timeout: hangCeilingMs}).toContain("-1.342, -1.342");
    // textContent: the paragraph's layout waits until it is scrolled near (content-visibility).
    expect(
      await page
        .locator("#batch-normalization ~ p", {hasText: "The batch's means"})
        .locator("code")
        .first()
        .textContent()
    ).toBe("4.000, 25.000");
    // ln 2 per class for the sigmoid and ln 10 for the softmax at all-zero logits.
    await expect
      .poll(() => page.locator("table.convlab-table", {hasText: "all logits 0"}).innerText())
      .toContain("0.6931");
    // tfjs's count of a 3×3 layer from 64 to 128 channels, next to the document's formula.
    const counts = page.locator("table.convlab-table", {hasText: "countParams()"});
    await expect.poll(() => counts.innerText()).toContain("73,856");
    // The lecture's block calls on the 3×3 example: conv_block gives 6 channels.
    await expect
      .poll(() => page.locator("table.convlab-table", {hasText: "conv_block"}).textContent())
      .toContain("(1, 3, 3, 6)");
    for (const type of ["batch-norm", "cross-entropy", "parameter-counts", "document-blocks"])
      expect(await computeRequests(page, type), type).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lesson 3's label smoothing takes its two losses from the compute worker, again for every slider move", async () => {
    const {page, errors} = await openPage(site.browser);
    await page.addInitScript(logWorkerRequests);
    expect(await settle(page, `${site.url}/en/3-architecture-survey`)).toBe(200);
    const table = page.locator("table.convlab-table", {hasText: "labelSmoothing"});
    const losses = async () => {
      const row = await table.locator("tbody td").allTextContents();
      return [row[3], row[4]];
    };
    await expect
      .poll(losses, {timeout: hangCeilingMs})
      .toEqual([expect.stringMatching(/^\d\.\d{6}$/), expect.anything()]);
    const [byHand, byTf] = await losses();
    expect(byTf).toBe(byHand);
    const smoothingRequests = () => computeRequests(page, "label-smoothing");
    expect(await smoothingRequests()).toBe(1);
    const classes = page.locator("label.convlab-range", {has: page.locator("span", {hasText: /^C$/})}).locator("input");
    await classes.fill("8");
    await expect.poll(() => page.locator("svg.convlab-probability-bars rect").count()).toBe(8);
    await expect.poll(losses).not.toEqual([byHand, byTf]);
    const [afterHand, afterTf] = await losses();
    expect(afterTf).toBe(afterHand);
    expect(await smoothingRequests()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lesson 3's block tables and explorers count the zoo's blocks in the compute worker, again when a slider moves", async () => {
    const {page, errors} = await openPage(site.browser);
    await page.addInitScript(logWorkerRequests);
    expect(await settle(page, `${site.url}/en/3-architecture-survey`)).toBe(200);
    const text = (selector: string, hasText?: string) => page.locator(selector, {hasText}).first().textContent();
    await expect
      .poll(() => text("table.convlab-table", "GroupedConv2D"), {timeout: hangCeilingMs})
      .toContain("4,608 (GroupedConv2D)");
    await expect.poll(() => text("table.convlab-table", "ResNet-18, ResNet-34")).toContain("69,632");
    await expect.poll(() => text(".convlab-resnext-explorer table")).toContain("70,144");
    const dense = page.locator(".convlab-dense-explorer");
    // DenseNet-121's first block: 64 + 6 · 32 channels out, 21 connections
    await expect
      .poll(() => dense.locator("tbody td").allTextContents())
      .toEqual(["256", "21", "21", expect.anything(), expect.anything()]);
    const blockRequests = () => computeRequests(page, "block-facts");
    expect(await blockRequests()).toBe(4);
    await dense.locator('input[type="range"]').first().fill("12");
    await expect.poll(() => dense.getAttribute("data-state")).toBe("counted");
    await expect.poll(() => dense.locator("tbody td").nth(1).textContent()).toBe("78");
    expect(await blockRequests()).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lesson 2's vanishing-gradient demo asks the compute worker for both stacks' norms and draws them", async () => {
    const {page, errors} = await openPage(site.browser);
    await page.addInitScript(logWorkerRequests);
    expect(await settle(page, `${site.url}/en/2-residual-networks`)).toBe(200);
    const demo = page.locator(".convlab-gradient-demo");
    await expect.poll(() => demo.getAttribute("data-state"), {timeout: hangCeilingMs}).toBe("done");
    expect(await page.locator(".convlab-gradient-series").count()).toBe(2);
    expect(await computeRequests(page, "gradient-norms")).toBe(2);
    // Another depth: the chart is drawn again from two more of the worker's answers.
    await demo.locator("input.convlab-depth").fill("12");
    await demo.locator("input.convlab-depth").dispatchEvent("change");
    await expect.poll(() => demo.getAttribute("data-state"), {timeout: hangCeilingMs}).toBe("done");
    await expect
      .poll(() => demo.locator(".convlab-status").textContent(), {timeout: hangCeilingMs})
      .toContain("layer 12's");
    expect(await computeRequests(page, "gradient-norms")).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});
