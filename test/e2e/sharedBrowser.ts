import {chromium, type Browser} from "playwright-core";
import {inject} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";

/**
 * The one Chromium that test/e2e/globalSetup.ts starts for the whole run, connected to from this
 * test file. Closing what this returns disconnects the file; the browser stays up for the others.
 */
export async function connectChromium(): Promise<Browser> {
  const endpoint = inject("chromiumEndpoint");
  if (!endpoint) throw new Error("no shared Chromium: test/e2e/globalSetup.ts starts one when a test file calls connectChromium()");
  return chromium.connect(endpoint, {timeout: hangCeilingMs});
}

/** The URL of the site (dist/), built and served once for the run by test/e2e/globalSetup.ts. */
export function sharedSiteUrl(): string {
  const url = inject("siteUrl");
  if (!url) throw new Error("no shared site: test/e2e/globalSetup.ts builds one when a test file calls sharedSiteUrl()");
  return url;
}
