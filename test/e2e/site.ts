import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {acquireLock, siteBuildLock} from "../../scripts/buildLock.js";
import {siteIsCurrent} from "../../scripts/siteStamp.js";
import {hangCeilingMs} from "../hangCeiling.js";
import {chromiumPath} from "./chromium.js";

export const projectRoot = join(fileURLToPath(import.meta.url), "..", "..", "..");

/**
 * Builds the site with the project's own build script (offline: no CDN), once per run (globalSetup.ts);
 * under a lock, so that two runs (or a benchmark) never build at once (a killed run's lock is taken
 * over at once: scripts/buildLock.js; `npm start` takes it too), and an unchanged source tree is not built again. Aborting `signal`
 * stops a build under way (the build script and what it started) and rejects.
 */
export async function buildSite({signal}: {signal?: AbortSignal} = {}): Promise<string> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium), as .ci/run does`
    );
  }
  const release = await acquireLock(siteBuildLock, {ceilingMs: hangCeilingMs});
  try {
    signal?.throwIfAborted();
    // The build records the stamp of the sources it was built from (scripts/siteStamp.js).
    if (!siteIsCurrent()) {
      // Not spawnSync: the build runs in Vitest's own process (globalSetup), which must keep serving the test files meanwhile.
      const result = await new Promise<{status: number | null; output: string}>((resolve, reject) => {
        // A process group of its own, so that an abort stops Framework's build (its child) too.
        const build = spawn(process.execPath, [join(projectRoot, "scripts", "build.js")], {
          cwd: projectRoot,
          stdio: ["ignore", "pipe", "pipe"],
          detached: true
        });
        const stop = () => {
          try {
            process.kill(-build.pid!, "SIGKILL");
          } catch {
            // ended already
          }
        };
        signal?.addEventListener("abort", stop, {once: true});
        let output = "";
        build.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
        build.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
        build.on("error", reject).on("close", (status) => {
          signal?.removeEventListener("abort", stop);
          resolve({status, output});
        });
      });
      signal?.throwIfAborted();
      if (result.status !== 0) throw new Error(`npm run build failed:\n${result.output}`);
    }
  } finally {
    release();
  }
  return join(projectRoot, "dist");
}
