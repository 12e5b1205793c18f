import {chromium, type Browser, type Page} from "playwright-core";
import {hangCeilingMs} from "../hangCeiling.js";

/** Debian's Chromium (apt-get install chromium), never a browser downloaded by a test tool. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-gpu"
];

/** A Chromium of its own (benchmarks; test files share one: sharedBrowser.ts). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath, args: chromiumArgs, timeout: hangCeilingMs});
}

/**
 * A page that records every console error and uncaught exception, for tests to assert none happened.
 * Each page has a context of its own (its own storage), so files sharing the browser never meet. Its
 * actions wait as long as the page needs: the hang ceiling, never a budget a slow machine could miss.
 */
export async function openPage(browser: Browser): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage();
  page.setDefaultTimeout(hangCeilingMs);
  page.setDefaultNavigationTimeout(hangCeilingMs);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page: ${error.message}`));
  page.on("worker", (worker) =>
    worker.on("console", (message) => message.type() === "error" && errors.push(`worker: ${message.text()}`))
  );
  return {page, errors};
}
