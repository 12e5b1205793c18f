// npm run build: the static site in dist/, built offline (see observablehq.config.ts).
import {spawnSync} from "node:child_process";
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {tsImport} from "tsx/esm/api";
import {crossOriginIsolationHeaders} from "./crossOriginIsolation.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
const result = spawnSync("observable", ["build", ...process.argv.slice(2)], {
  stdio: "inherit",
  shell: false,
  env: {...process.env, PATH: `node_modules/.bin:${process.env.PATH}`}
});
// Framework's own words on each page in the page's language, and <html lang> (src/site/pageLanguage.ts).
if (result.status === 0 && !process.argv.includes("--config")) {
  const {localizePage, pagePathOf} = await tsImport("../src/site/pageLanguage.ts", import.meta.url);
  for (const file of readdirSync("dist", {recursive: true, encoding: "utf8"})) {
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(join("dist", file), "utf8");
    const localized = localizePage(html, pagePathOf(file));
    if (localized !== html) writeFileSync(join("dist", file), localized);
  }
}
// Netlify and Cloudflare Pages read response headers from dist/_headers (see README, "Backends and speed").
if (result.status === 0 && !process.argv.includes("--config")) {
  writeFileSync(
    "dist/_headers",
    `/*\n${Object.entries(crossOriginIsolationHeaders)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join("\n")}\n`
  );
}
process.exit(result.status ?? 1);
