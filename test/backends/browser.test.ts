import {spawnSync} from "node:child_process";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {
  backendOrder,
  hasHardwareWebgpu,
  isSoftwareAdapter,
  isSoftwareRenderer,
  wasmThreadsWorthIt
} from "../../src/backends/browser.js";
import {describeBackend} from "../../src/ui/backendPicker.js";
import {openPage} from "../e2e/chromium.js";
import {connectChromium} from "../e2e/sharedBrowser.js";
import {serveSite} from "../../scripts/serveSite.js";
import {stampOf} from "../../scripts/siteStamp.js";
import {projectRoot} from "../e2e/site.js";

describe("backendOrder(capabilities)", () => {
  it.each([
    [{hardwareWebgl: true, webassembly: true}, ["webgl", "wasm", "cpu"]],
    [{hardwareWebgl: false, webassembly: true}, ["wasm", "cpu"]],
    [{hardwareWebgl: true, webassembly: false}, ["webgl", "cpu"]],
    [{hardwareWebgl: false, webassembly: false}, ["cpu"]]
  ])("tries a GPU's WebGL, then wasm, then cpu: %j", (capabilities, order) => {
    expect(backendOrder(capabilities)).toEqual(order);
  });

  it.each([
    [{hardwareWebgpu: true, hardwareWebgl: true, webassembly: true}, ["webgpu", "webgl", "wasm", "cpu"]],
    [{hardwareWebgpu: true, hardwareWebgl: false, webassembly: true}, ["webgpu", "wasm", "cpu"]],
    [{hardwareWebgpu: false, hardwareWebgl: false, webassembly: true}, ["wasm", "cpu"]]
  ])("puts a GPU's WebGPU first, and leaves it out without one: %j", (capabilities, order) => {
    expect(backendOrder(capabilities)).toEqual(order);
  });

  it.each([
    ["Google SwiftShader", true],
    ["ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)", true],
    ["llvmpipe (LLVM 15.0.6, 256 bits)", true],
    ["ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)", false],
    ["Apple M2", false]
  ])("tells software WebGL from a GPU: %s", (renderer, software) => {
    expect(isSoftwareRenderer(renderer)).toBe(software);
  });
});

describe("WebGPU: only with an adapter that is a GPU", () => {
  it.each([
    [{vendor: "nvidia", architecture: "ampere"}, {}, false],
    [{vendor: "apple", architecture: "metal-3"}, {}, false],
    [{vendor: "intel", architecture: "gen-12lp", isFallbackAdapter: false}, {}, false],
    [{vendor: "nvidia", architecture: "ampere", isFallbackAdapter: true}, {}, true],
    [{vendor: "", architecture: ""}, {isFallbackAdapter: true}, true],
    [{vendor: "google", architecture: "swiftshader"}, {}, true],
    [{vendor: "mesa", architecture: "", device: "llvmpipe (LLVM 15.0.6, 256 bits)"}, {}, true],
    [{vendor: "mesa", description: "lavapipe"}, {}, true],
    [{vendor: "microsoft", description: "Microsoft Basic Render Driver"}, {}, true]
  ])("tells a software or fallback adapter from a GPU: %j %j", (info, adapter, software) => {
    expect(isSoftwareAdapter(info, adapter)).toBe(software);
  });

  const gpu = (adapter: unknown) => ({requestAdapter: async () => adapter as never});

  it("probes the adapter: a GPU yes; none, a fallback, SwiftShader, no navigator.gpu or a failing request no", async () => {
    expect(await hasHardwareWebgpu(gpu({info: {vendor: "nvidia", architecture: "turing"}}))).toBe(true);
    expect(await hasHardwareWebgpu(gpu(null))).toBe(false);
    expect(await hasHardwareWebgpu(gpu({info: {vendor: "nvidia"}, isFallbackAdapter: true}))).toBe(false);
    expect(await hasHardwareWebgpu(gpu({info: {vendor: "google", architecture: "swiftshader"}}))).toBe(false);
    expect(await hasHardwareWebgpu(undefined)).toBe(false);
    expect(
      await hasHardwareWebgpu({
        requestAdapter: async () => {
          throw new Error("WebGPU is disabled");
        }
      })
    ).toBe(false);
  });

  it("reads older Chromium's requestAdapterInfo() when the adapter has no info", async () => {
    const older = (architecture: string) => gpu({requestAdapterInfo: async () => ({vendor: "x", architecture})});
    expect(await hasHardwareWebgpu(older("swiftshader"))).toBe(false);
    expect(await hasHardwareWebgpu(older("rdna-3"))).toBe(true);
  });
});

describe("wasmThreadsWorthIt(logicalCores)", () => {
  it("is true where tfjs's threaded wasm would use two threads or more: half the logical cores", () => {
    expect([undefined, 1, 2, 3].map(wasmThreadsWorthIt)).toEqual([false, false, false, false]);
    expect([4, 5, 8, 64].map(wasmThreadsWorthIt)).toEqual([true, true, true, true]);
  });
});

describe("describeBackend(running, {lang})", () => {
  it.each([
    [
      {name: "wasm", simd: true, threads: 1},
      false,
      "WebAssembly (processor) · SIMD · one thread: the site is served without the COOP/COEP headers that threads need"
    ],
    [{name: "wasm", simd: true, threads: 4}, true, "WebAssembly (processor) · SIMD · 4 threads"],
    [{name: "wasm", simd: false, threads: 1}, true, "WebAssembly (processor) · 1 thread"],
    [
      {name: "webgl", simd: false, threads: 1, renderer: "Google SwiftShader"},
      false,
      "WebGL (graphics card) · Google SwiftShader · WebGL is drawn in software, without a graphics card: WebAssembly is faster"
    ],
    [{name: "cpu", simd: false, threads: 1}, false, "JavaScript (processor, slow)"]
  ] as const)("says what runs and why: %j (isolated: %s)", (running, crossOriginIsolated, text) => {
    expect(describeBackend(running, {lang: "en", crossOriginIsolated})).toBe(text);
  });

  it("speaks Russian too", () => {
    expect(describeBackend({name: "wasm", simd: true, threads: 2}, {lang: "ru", crossOriginIsolated: true})).toBe(
      "WebAssembly (процессор) · SIMD · потоков: 2"
    );
  });
});

// The small site in test/backends/site: the picker on a page, and the library's tfjs for the tests to drive.
describe("in Chromium", () => {
  const output = join(projectRoot, ".convlab", "backends-site");
  let site: {url: string; close(): Promise<void>};
  let isolatedSite: {url: string; close(): Promise<void>};
  let browser: Browser;

  beforeAll(async () => {
    // Built again only when its sources changed since (as the course's site is: test/e2e/site.ts).
    const stampPath = join(output, ".convlab-build-stamp");
    const stamp = stampOf(
      ["test/backends/site", "test/backends/siteConfig.js", "src", "package-lock.json"].map((path) =>
        join(projectRoot, path)
      )
    );
    const fresh = existsSync(stampPath) && readFileSync(stampPath, "utf8") === stamp;
    const build = fresh
      ? {status: 0, stdout: "", stderr: ""}
      : spawnSync(
          join(projectRoot, "node_modules", ".bin", "observable"),
          ["build", "--config", join("test", "backends", "siteConfig.js")],
          {
            cwd: projectRoot,
            encoding: "utf8",
            env: {
              ...process.env,
              OBSERVABLE_TELEMETRY_DISABLE: "true",
              CONVLAB_BACKENDS_SITE: output,
              PATH: `${join(projectRoot, "node_modules", ".bin")}:${process.env.PATH}`
            }
          }
        );
    if (build.status !== 0) throw new Error(`the test site did not build:\n${build.stdout}\n${build.stderr}`);
    if (!fresh) writeFileSync(stampPath, stamp);
    site = await serveSite(output);
    // The same files with the headers that make a page cross-origin isolated, as the deployed site has.
    isolatedSite = await serveSite(output, {
      headers: {"cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp"}
    });
    browser = await connectChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await isolatedSite?.close();
  });

  /**
   * Opens the test page, cross-origin isolated (served with COOP/COEP) or not; with `cores`, the page
   * is told it has that many logical cores.
   */
  async function openTestPage(
    isolated: boolean,
    {cores}: {cores?: number} = {}
  ): Promise<{page: Page; errors: string[]; wasmFiles: string[]}> {
    const {page, errors} = await openPage(browser);
    if (cores)
      await page.addInitScript((count) => {
        Object.defineProperty(Navigator.prototype, "hardwareConcurrency", {configurable: true, get: () => count});
      }, cores);
    const wasmFiles: string[] = [];
    page.on("request", (request) => request.url().endsWith(".wasm") && wasmFiles.push(request.url().split("/").pop()!));
    await page.goto(`${(isolated ? isolatedSite : site).url}/`);
    await page.locator(".convlab-backend-picker[data-backend]").waitFor();
    return {page, errors, wasmFiles};
  }

  // One visit of the page as served (no COOP/COEP) for the tests below but the isolated one: each
  // reads it, the last one switches the backend and reloads it.
  let plain: Awaited<ReturnType<typeof openTestPage>>;
  beforeAll(async () => {
    plain = await openTestPage(false);
  });
  afterAll(() => plain?.page.close());

  it("starts the wasm backend here (no GPU), with SIMD, and says it has one thread without COOP/COEP", async () => {
    const {page, errors, wasmFiles} = plain;
    expect(await page.locator(".convlab-backend-picker").getAttribute("data-backend")).toBe("wasm");
    expect(await page.locator(".convlab-backend-details").innerText()).toBe(
      "WebAssembly (processor) · SIMD · one thread: the site is served without the COOP/COEP headers that threads need"
    );
    expect(wasmFiles).toEqual(["tfjs-backend-wasm-simd.wasm"]);
    expect(errors).toEqual([]);
  });

  it("loads the threaded binary when the page is cross-origin isolated and has 4 logical cores, and runs on 2 threads", async () => {
    const {page, errors, wasmFiles} = await openTestPage(true, {cores: 4});
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(wasmFiles).toEqual(["tfjs-backend-wasm-threaded-simd.wasm"]);
    expect(await page.locator(".convlab-backend-details").innerText()).toBe(
      "WebAssembly (processor) · SIMD · 2 threads"
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps to the binary without threads on 2 logical cores, isolated or not: tfjs would use one thread", async () => {
    const {page, errors, wasmFiles} = await openTestPage(true, {cores: 2});
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(wasmFiles).toEqual(["tfjs-backend-wasm-simd.wasm"]);
    expect(await page.locator(".convlab-backend-details").innerText()).toBe(
      "WebAssembly (processor) · SIMD · 1 thread"
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("trains on wasm in the page, with the gradients cpu computes (to 1e-4), in the page's own tfjs", async () => {
    const {page, errors} = plain;
    const result = await page.evaluate(async () => {
      const {tf} = (globalThis as any).convlab as {tf: typeof import("@convlab/tfjs")};
      const gradients = async (backend: string) => {
        await tf.setBackend(backend);
        const x = tf.tensor4d(
          Array.from({length: 4 * 10 * 10 * 2}, (_, i) => Math.sin(i)),
          [4, 10, 10, 2]
        );
        const w = tf.tensor4d(
          Array.from({length: 3 * 3 * 2 * 5}, (_, i) => Math.cos(i)),
          [3, 3, 2, 5]
        );
        const dw = tf.grad((filter: import("@convlab/tfjs").Tensor) =>
          tf.sum(
            tf.square(
              tf.maxPool(tf.relu(tf.conv2d(x, filter as import("@convlab/tfjs").Tensor4D, 2, "same")), 2, 2, "valid")
            )
          )
        )(w);
        return Array.from(await dw.data());
      };
      const cpu = await gradients("cpu");
      const wasm = await gradients("wasm");
      const scale = Math.max(...cpu.map(Math.abs));
      return {backend: tf.getBackend(), difference: Math.max(...wasm.map((v, i) => Math.abs(v - cpu[i]))) / scale};
    });
    expect(result.backend).toBe("wasm");
    expect(result.difference).toBeLessThan(1e-4);
    expect(errors).toEqual([]);
  });

  it("lets the student switch, fires `input`, remembers the choice across reloads, and forgets it on 'pick the fastest'", async () => {
    const {page, errors} = plain;
    const picker = page.locator(".convlab-backend-picker");
    await picker.evaluate((element) =>
      element.addEventListener(
        "input",
        () =>
          ((element as HTMLElement).dataset.inputs = String(Number((element as HTMLElement).dataset.inputs ?? 0) + 1))
      )
    );
    await page.locator(".convlab-backend-select").selectOption("cpu");
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>(".convlab-backend-picker")?.dataset.backend === "cpu"
    );
    expect(
      await picker.evaluate((element) => [
        (element as HTMLElement & {value: string}).value,
        (element as HTMLElement).dataset.inputs
      ])
    ).toEqual(["cpu", "1"]);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as {convlab: {tf: {getBackend(): string}}}).convlab.tf.getBackend()
      )
    ).toBe("cpu");

    await page.reload();
    await picker.and(page.locator("[data-backend]")).waitFor();
    expect(await picker.getAttribute("data-backend")).toBe("cpu");
    expect(await page.locator(".convlab-backend-select").inputValue()).toBe("cpu");

    await page.locator(".convlab-backend-select").selectOption("auto");
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>(".convlab-backend-picker")?.dataset.backend === "wasm"
    );
    expect(await page.evaluate(() => localStorage.getItem("convlab.backend"))).toBeNull();
    expect(errors).toEqual([]);
  });
});
