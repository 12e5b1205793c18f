import {get} from "node:http";
import {chromium, type Browser} from "playwright-core";
import {afterAll, beforeAll, inject} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";

/**
 * The one Chromium that test/e2e/globalSetup.ts starts for the whole run, connected to from this
 * test file. Closing what this returns disconnects the file; the browser stays up for the others.
 */
export async function connectChromium(): Promise<Browser> {
  const endpoint = inject("chromiumEndpoint");
  if (!endpoint)
    throw new Error("no shared Chromium: test/e2e/globalSetup.ts starts one when a test file calls connectChromium()");
  return chromium.connect(endpoint, {timeout: hangCeilingMs});
}

/**
 * The URL of the site (dist/), built and served once for the run by test/e2e/globalSetup.ts. The
 * build runs while other test files do; this waits for it to end (no time limit of its own: an HTTP
 * request to the setup's gate, answered when the build is done) and throws if it failed.
 */
export async function sharedSiteUrl(): Promise<string> {
  const gate = inject("siteGate");
  if (!gate)
    throw new Error("no shared site: test/e2e/globalSetup.ts builds one when a test file calls sharedSiteUrl()");
  const {status, body} = await new Promise<{status: number; body: string}>((resolve, reject) => {
    get(gate, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({status: response.statusCode ?? 0, body}));
    }).on("error", reject);
  });
  if (status !== 200) throw new Error(`the site did not build: ${body}`);
  return body;
}

/**
 * The shared site and browser for one test file: connected before its tests, disconnected after
 * them. The fields are filled in by the time any test runs.
 */
export function useSharedSite(): {readonly url: string; readonly browser: Browser} {
  const shared = {} as {url: string; browser: Browser};
  beforeAll(async () => {
    shared.url = await sharedSiteUrl();
    shared.browser = await connectChromium();
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}
