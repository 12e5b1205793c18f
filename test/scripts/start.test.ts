import {spawn} from "node:child_process";
import {createServer} from "node:http";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {acquireLock, siteBuildLock} from "../../scripts/buildLock.js";
import {crossOriginIsolationHeaders} from "../../scripts/crossOriginIsolation.js";
import {openPage} from "../e2e/chromium.js";
import {reportedBackend} from "../e2e/pageChecks.js";
import {connectChromium, sharedSiteUrl} from "../e2e/sharedBrowser.js";
import {projectRoot} from "../e2e/site.js";

/**
 * Runs `npm start`'s script with `args`; `onOutput` hears what it has printed so far, each time it prints.
 * Once it says where it serves, `whileServing` gets the address, and the script is stopped when that
 * ends. Resolves to what the script printed and its exit code.
 */
function runStart(
  args: string[],
  {
    lang = "en_US.UTF-8",
    onOutput,
    whileServing
  }: {lang?: string; onOutput?: (output: string) => void; whileServing?: (url: string) => Promise<void>} = {}
): Promise<{output: string; code: number | null}> {
  return new Promise((resolve, reject) => {
    const start = spawn(process.execPath, [join(projectRoot, "scripts", "start.js"), ...args], {
      cwd: projectRoot,
      env: {...process.env, LANG: lang, LC_ALL: ""},
      stdio: ["ignore", "pipe", "pipe"]
    });
    let output = "";
    let failure: unknown;
    let asked = false;
    const read = (chunk: string) => {
      output += chunk;
      onOutput?.(output);
      const url = output.match(/ConvLab is at (\S+)\/ /)?.[1];
      if (!url || !whileServing || asked) return;
      asked = true;
      whileServing(url)
        .catch((error: unknown) => (failure = error))
        .finally(() => start.kill());
    };
    start.stdout.setEncoding("utf8").on("data", read);
    start.stderr.setEncoding("utf8").on("data", read);
    start.on("error", reject).on("close", (code) => (failure ? reject(failure) : resolve({output, code})));
  });
}

describe("npm start (scripts/start.js)", () => {
  it("serves the built site as deployed, without building it again while it matches its sources", async () => {
    await sharedSiteUrl(); // the run's build, which records the stamp of its sources
    const pages: Array<{status: number; headers: Headers; body: string}> = [];
    const {output} = await runStart(["--port", "0", "--no-open"], {
      whileServing: async (url) => {
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        for (const path of ["/", "/ru/1-convolutional-networks"]) {
          const response = await fetch(`${url}${path}`);
          pages.push({status: response.status, headers: response.headers, body: await response.text()});
        }
      }
    });
    expect(output).toMatch(/ConvLab is at /);
    expect(output).not.toMatch(/Building/);
    expect(pages.map((page) => page.status)).toEqual([200, 200]);
    for (const [name, value] of Object.entries(crossOriginIsolationHeaders))
      expect(pages[1]!.headers.get(name)).toBe(value);
    // Not toContain: a failure would print the whole page.
    expect(pages[1]!.body.includes('<html lang="ru"')).toBe(true);
    expect(pages[1]!.body.includes("exerciseCell(conv2dOneFilter")).toBe(true);
  });

  it("gives a student the lesson cross-origin isolated, on wasm with threads, with its editors, and no console error", async () => {
    await sharedSiteUrl();
    const browser = await connectChromium();
    try {
      await runStart(["--port", "0", "--no-open"], {
        whileServing: async (url) => {
          const {page, errors} = await openPage(browser);
          await page.goto(`${url}/en/1-convolutional-networks`);
          await page.waitForFunction(() => document.querySelectorAll(".convlab-exercise .cm-content").length === 3);
          expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
          const reported = await reportedBackend(page);
          expect(reported.picker).toBe("wasm");
          expect(reported.details).toMatch(/ · SIMD · .*\d+ threads?/);
          expect(errors).toEqual([]);
          await page.context().close();
        }
      });
    } finally {
      await browser.close();
    }
  });

  it("waits for a build of the course under way (the tests' own, or another npm start's) before it looks at dist/", async () => {
    await sharedSiteUrl();
    const release = await acquireLock(siteBuildLock);
    let released = false;
    try {
      const {output} = await runStart(["--port", "0", "--no-open"], {
        onOutput: (text) => {
          if (released || !text.includes("Waiting for another build")) return;
          released = true;
          release();
        },
        whileServing: async () => expect(released).toBe(true)
      });
      expect(output).toContain(`Waiting for another build of the course to end (process ${process.pid})`);
      expect(output).toMatch(/ConvLab is at /);
    } finally {
      if (!released) release();
    }
  });

  it("says, in the student's language, that the port is taken and which to try", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as {port: number}).port;
    try {
      await sharedSiteUrl(); // so that the script does not build
      const english = await runStart(["--port", String(port), "--no-open"]);
      expect(english.code).toBe(1);
      expect(english.output).toContain(`Port ${port} is taken`);
      expect(english.output).toContain(`npm start -- --port ${port + 1}`);
      const russian = await runStart(["--port", String(port), "--no-open"], {lang: "ru_RU.UTF-8"});
      expect(russian.code).toBe(1);
      expect(russian.output).toContain(`Порт ${port} занят`);
    } finally {
      taken.close();
    }
  });

  it("refuses what is not a port, and says how to call it", async () => {
    for (const args of [["--port", "abc"], ["--port=-1"], ["--port", "70000"], ["--port"], ["--colour"]]) {
      const {code, output} = await runStart(args);
      expect(code, args.join(" ")).toBe(2);
      expect(output, args.join(" ")).toContain("Usage: `npm start -- [--port 3000] [--no-open]`");
    }
  });
});
