// dist/ as the course's sources are now: built by build.js unless its stamp says it already is
// (siteStamp.js), under the build lock (buildLock.js), so that two builds never write it at once.
// `npm start` and the browser tests (and benchmarks) both get the site through this.
import {spawn} from "node:child_process";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {acquireLock, siteBuildLock} from "./buildLock.js";
import {siteIsCurrent} from "./siteStamp.js";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A build that failed; `log` is what it printed. */
export class SiteBuildFailed extends Error {
  constructor(log) {
    super(`npm run build failed:\n${log}`);
    this.log = log;
  }
}

/**
 * Builds dist/ unless it is current, and resolves to whether it built. `onWait` hears the lock's owner
 * while another build holds the lock (waited for up to `ceilingMs`); `onBuild` is called as a build
 * starts. Rejects with a SiteBuildFailed when the build fails. Aborting `signal` stops a build under
 * way (build.js and what it started: a process group of its own) and rejects.
 */
export async function ensureSite({signal, ceilingMs, onWait, onBuild} = {}) {
  const release = await acquireLock(siteBuildLock, {ceilingMs, onWait});
  try {
    signal?.throwIfAborted();
    // build.js records the stamp of the sources it was built from.
    if (siteIsCurrent()) return false;
    onBuild?.();
    const {status, log} = await new Promise((resolve, reject) => {
      const build = spawn(process.execPath, [join(projectRoot, "scripts", "build.js")], {
        cwd: projectRoot,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true
      });
      const stop = () => {
        try {
          process.kill(-build.pid, "SIGKILL");
        } catch {
          // ended already
        }
      };
      signal?.addEventListener("abort", stop, {once: true});
      let log = "";
      build.stdout.setEncoding("utf8").on("data", (chunk) => (log += chunk));
      build.stderr.setEncoding("utf8").on("data", (chunk) => (log += chunk));
      build.on("error", reject).on("close", (code) => {
        signal?.removeEventListener("abort", stop);
        resolve({status: code, log});
      });
    });
    signal?.throwIfAborted();
    if (status !== 0) throw new SiteBuildFailed(log);
    return true;
  } finally {
    release();
  }
}
