// npm run build: the static site in dist/, built offline (see observablehq.config.ts).
import {spawn} from "node:child_process";
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {delimiter, join} from "node:path";
import {fileURLToPath} from "node:url";
import {tsImport} from "tsx/esm/api";
import {bundleImports} from "./bundleImports.js";
import {crossOriginIsolationHeaders} from "./crossOriginIsolation.js";
import {prewarmLoaders} from "./prewarmLoaders.js";
import {recordSiteStamp, sourceStamp} from "./siteStamp.js";
import {ensureTfjsBrowserBundle} from "./tfjsBrowserBundle.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
await ensureTfjsBrowserBundle();
const env = {...process.env, PATH: `${join("node_modules", ".bin")}${delimiter}${process.env.PATH}`};
const ownConfig = process.argv.includes("--config");
// Taken before Framework reads anything, so that a file edited during the build leaves dist/ stale.
const stamp = ownConfig ? undefined : sourceStamp();
// The data loaders run beside Framework's page phase (see prewarmLoaders.js); Framework then finds their output.
const prewarmed = ownConfig ? Promise.resolve([]) : prewarmLoaders("lessons", {env});
const status = await new Promise((resolve) => {
  // Framework's own command, run by node with the sources' stat cache loaded (sourceStatCache.js says why).
  const observable = fileURLToPath(import.meta.resolve("@observablehq/framework/dist/bin/observable.js"));
  const statCache = import.meta.resolve("./sourceStatCache.js");
  const build = spawn(process.execPath, ["--import", statCache, observable, "build", ...process.argv.slice(2)], {
    stdio: "inherit",
    shell: false,
    env: {...env, CONVLAB_CACHED_SOURCES: "lessons"}
  });
  build.on("error", () => resolve(1));
  build.on("exit", (code) => resolve(code ?? 1));
});
await prewarmed;
// Framework's own words on each page in the page's language, and <html lang> (src/site/pageLanguage.ts).
if (status === 0 && !ownConfig) {
  const {localizePage, pagePathOf} = await tsImport("../src/site/pageLanguage.ts", import.meta.url);
  for (const file of readdirSync("dist", {recursive: true, encoding: "utf8"})) {
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(join("dist", file), "utf8");
    const localized = localizePage(html, pagePathOf(file));
    if (localized !== html) writeFileSync(join("dist", file), localized);
  }
}
// The pages' modules in a few files instead of about 250 (see bundleImports.js).
if (status === 0 && !ownConfig) {
  const {before, after} = await bundleImports("dist");
  console.log(`bundled ${before} modules into ${after} files`);
}
// Netlify and Cloudflare Pages read response headers from dist/_headers (see README, "Backends and speed").
if (status === 0 && !ownConfig) {
  writeFileSync(
    "dist/_headers",
    `/*\n${Object.entries(crossOriginIsolationHeaders)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join("\n")}\n`
  );
}
// npm start and the browser tests serve dist/ as it is while this matches the sources (siteStamp.js).
if (status === 0 && !ownConfig) recordSiteStamp(stamp);
process.exit(status);
