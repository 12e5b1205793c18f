import {readFileSync} from "node:fs";
import {createServer} from "node:http";
import {chromium, type BrowserServer} from "playwright-core";
import type {TestProject} from "vitest/node";
import {hangCeilingMs} from "../hangCeiling.js";
import {chromiumArgs, chromiumPath} from "./chromium.js";
import {buildSite} from "./site.js";
import {serveSite} from "./staticServer.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared Chromium's websocket endpoint ("" when no test file of this run needs a browser). */
    chromiumEndpoint: string;
    /** A URL that answers with the built site's URL once the build is done ("" when no test file needs the site). */
    siteGate: string;
  }
}

/**
 * Once per run, for every test file: the site built once and served once, and one Chromium that the
 * browser test files connect to (test/e2e/sharedBrowser.ts), each page in a context of its own. The
 * build runs while the other test files do: files that need it wait at the gate. Only what the run's
 * files ask for is started: a run of unit tests builds nothing and starts no browser.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const {testFiles} = await project.globTestFiles(project.globalConfig.filters);
  const sources = testFiles.map((file) => readFileSync(file, "utf8"));
  const needsBrowser = sources.some((source) => source.includes("connectChromium("));
  const needsSite = sources.some((source) => source.includes("sharedSiteUrl("));

  const closers: Array<() => Promise<void>> = [];
  let siteGate = "";
  if (needsSite) {
    const site = buildSite().then(serveSite);
    site.then(
      (served) => closers.push(served.close),
      () => undefined
    );
    const gate = createServer((_, response) => {
      site.then(
        (served) => response.writeHead(200, {"content-type": "text/plain"}).end(served.url),
        (error: Error) => response.writeHead(500, {"content-type": "text/plain"}).end(error.message)
      );
    });
    await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise((resolve) => gate.close(() => resolve())));
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
