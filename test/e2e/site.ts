import {existsSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {ensureSite} from "../../scripts/ensureSite.js";
import {hangCeilingMs} from "../hangCeiling.js";
import {chromiumPath} from "./chromium.js";

export const projectRoot = join(fileURLToPath(import.meta.url), "..", "..", "..");

/**
 * The site for the browser tests, once per run (globalSetup.ts), built with the project's own build
 * script (offline: no CDN) unless dist/ is current, under the lock `npm start` takes too
 * (scripts/ensureSite.js). Aborting `signal` stops a build under way and rejects.
 */
export async function buildSite({signal}: {signal?: AbortSignal} = {}): Promise<string> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium), as .ci/run does`
    );
  }
  await ensureSite({signal, ceilingMs: hangCeilingMs});
  return join(projectRoot, "dist");
}
