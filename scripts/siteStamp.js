// Whether dist/ is the course as its sources are now: `npm run build` records a hash of every file the
// site is built from, and `npm start` and the browser tests build again only when the hash differs.
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const stampPath = join(projectRoot, "dist", ".convlab-build-stamp");

/**
 * A hash of the files at `paths` (folders read through, their `.observablehq`, `lib` and `data`
 * entries left out: Framework's cache, and links to src/ and data/, hashed on their own).
 */
export function stampOf(paths) {
  const hash = createHash("sha256");
  const visit = (path) => {
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const entry of readdirSync(path).sort())
        if (entry !== ".observablehq" && entry !== "lib" && entry !== "data") visit(join(path, entry));
    } else {
      hash.update(path).update(readFileSync(path));
    }
  };
  for (const path of paths) visit(path);
  return hash.digest("hex");
}

/** A hash of every file the course's site is built from. */
export function sourceStamp() {
  return stampOf(
    ["lessons", "src", "data", "scripts", "observablehq.config.ts", "package-lock.json"].map((path) =>
      join(projectRoot, path)
    )
  );
}

/** Whether dist/ was built from the sources as they are now. */
export function siteIsCurrent() {
  return existsSync(stampPath) && readFileSync(stampPath, "utf8") === sourceStamp();
}

/** Records that dist/ was built from the sources whose stamp is `stamp` (taken before the build began). */
export function recordSiteStamp(stamp) {
  writeFileSync(stampPath, stamp);
}
