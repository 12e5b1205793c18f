import {readFileSync} from "node:fs";
import {createServer} from "node:http";
import {chromium, type BrowserServer} from "playwright-core";
import type {TestProject} from "vitest/node";
import {crossOriginIsolationHeaders} from "../../scripts/crossOriginIsolation.js";
import {hangCeilingMs} from "../hangCeiling.js";
import {chromiumArgs, chromiumPath} from "./chromium.js";
import {buildSite} from "./site.js";
import {serveSite} from "../../scripts/serveSite.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared Chromium's websocket endpoint ("" when no test file of this run needs a browser). */
    chromiumEndpoint: string;
    /** A URL that answers with the built site's URL once the build is done ("" when no test file needs the site). */
    siteGate: string;
  }
}

/**
 * The test files this run will run: the command line's filters (`vitest run test/e2e/lesson1.test.ts`)
 * applied, as Vitest does. Vitest keeps them in `filenamePattern` (set before the global setup runs)
 * and not in the config, where `globalConfig.filters` stays empty; without either, every file.
 */
async function filesOfThisRun(project: TestProject): Promise<string[]> {
  const filters =
    (project.vitest as unknown as {filenamePattern?: string[]}).filenamePattern ?? project.globalConfig.filters;
  return (await project.globTestFiles(filters)).testFiles;
}

/**
 * Once per run, for every test file: the site built once and served once, and one Chromium that the
 * browser test files connect to (test/e2e/sharedBrowser.ts), each page in a context of its own. The
 * build runs while the other test files do: files that need it wait at the gate. Only what the run's
 * files ask for is started: a run of unit tests builds nothing and starts no browser. The teardown
 * stops a build still under way (its files may all have ended first) and closes everything it
 * started, so that the run exits as soon as its tests are done.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const sources = (await filesOfThisRun(project)).map((file) => readFileSync(file, "utf8"));
  // useSharedSite() asks for both.
  const asks = (call: string) => sources.some((source) => source.includes(call) || source.includes("useSharedSite("));
  const needsBrowser = asks("connectChromium(");
  const needsSite = asks("sharedSiteUrl(");

  const closers: Array<() => Promise<void>> = [];
  let siteGate = "";
  if (needsSite) {
    const build = new AbortController();
    // Served as deployed (scripts/build.js writes the same headers): cross-origin isolated, so the
    // pages have shared memory (wasm threads, and Stop heard within a training batch).
    const site = buildSite({signal: build.signal}).then((root) =>
      serveSite(root, {headers: crossOriginIsolationHeaders})
    );
    site.catch(() => undefined);
    // First to close: the build, stopped if under way, then the server it started, if it got that far.
    closers.push(async () => {
      build.abort();
      const served = await site.catch(() => undefined);
      await served?.close();
    });
    const gate = createServer((_, response) => {
      site.then(
        (served) => response.writeHead(200, {"content-type": "text/plain"}).end(served.url),
        (error: Error) => response.writeHead(500, {"content-type": "text/plain"}).end(error.message)
      );
    });
    await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
    closers.push(() => {
      gate.closeAllConnections();
      return new Promise((resolve) => gate.close(() => resolve()));
    });
    siteGate = `http://127.0.0.1:${(gate.address() as {port: number}).port}/`;
  }
  let browser: BrowserServer | undefined;
  if (needsBrowser) {
    browser = await chromium.launchServer({executablePath: chromiumPath, args: chromiumArgs, timeout: hangCeilingMs});
    closers.push(() => browser!.close());
  }
  project.provide("siteGate", siteGate);
  project.provide("chromiumEndpoint", browser?.wsEndpoint() ?? "");
  return async () => {
    for (const close of closers.reverse()) await close();
  };
}
