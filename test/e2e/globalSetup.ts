import {readFileSync} from "node:fs";
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
    /** Where the built site (dist/) is served ("" when no test file of this run needs it). */
    siteUrl: string;
  }
}

/**
 * Once per run, for every test file: the site built once and served once, and one Chromium that the
 * browser test files connect to (test/e2e/sharedBrowser.ts), each page in a context of its own. Only what
 * the run's files ask for is started: a run of unit tests builds nothing and starts no browser.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const {testFiles} = await project.globTestFiles(project.globalConfig.filters);
  const sources = testFiles.map((file) => readFileSync(file, "utf8"));
  const needsBrowser = sources.some((source) => source.includes("connectChromium("));
  const needsSite = sources.some((source) => source.includes("sharedSiteUrl("));

  let site: {url: string; close(): Promise<void>} | undefined;
  let browser: BrowserServer | undefined;
  const [siteUrl, chromiumEndpoint] = await Promise.all([
    needsSite ? buildSite().then(serveSite).then((served) => ((site = served), served.url)) : "",
    needsBrowser ? chromium.launchServer({executablePath: chromiumPath, args: chromiumArgs, timeout: hangCeilingMs}).then((server) => ((browser = server), server.wsEndpoint())) : ""
  ]);
  project.provide("siteUrl", siteUrl);
  project.provide("chromiumEndpoint", chromiumEndpoint);
  return async () => {
    await browser?.close();
    await site?.close();
  };
}
