import {describe, expect, it} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";
import {openPage} from "./chromium.js";
import {settle} from "./pageChecks.js";
import {useSharedSite} from "./sharedBrowser.js";

// The lessons' demos that compute tensors run in the page's compute worker: the page only draws what
// comes back. Every message the page posts to a worker is logged by type and worker name, so the test
// sees the demo's requests reach the compute worker.
const site = useSharedSite();

describe("demos computed in the page's compute worker", () => {
  it("lesson 2's vanishing-gradient demo asks the compute worker for both stacks' norms and draws them", async () => {
    const {page, errors} = await openPage(site.browser);
    await page.addInitScript(() => {
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
    });
    expect(await settle(page, `${site.url}/en/2-residual-networks`)).toBe(200);
    const demo = page.locator(".convlab-gradient-demo");
    await expect.poll(() => demo.getAttribute("data-state"), {timeout: hangCeilingMs}).toBe("done");
    expect(await page.locator(".convlab-gradient-series").count()).toBe(2);
    const requests = await page.evaluate(() => (globalThis as unknown as {workerRequests: string[]}).workerRequests);
    expect(requests.filter((request) => request === "compute:gradient-norms")).toHaveLength(2);
    // Another depth: the chart is drawn again from two more of the worker's answers.
    await demo.locator("input.convlab-depth").fill("12");
    await demo.locator("input.convlab-depth").dispatchEvent("change");
    await expect.poll(() => demo.getAttribute("data-state"), {timeout: hangCeilingMs}).toBe("done");
    await expect
      .poll(() => demo.locator(".convlab-status").textContent(), {timeout: hangCeilingMs})
      .toContain("layer 12's");
    const after = await page.evaluate(() => (globalThis as unknown as {workerRequests: string[]}).workerRequests);
    expect(after.filter((request) => request === "compute:gradient-norms")).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});
