// npm run build: the static site in dist/, built offline (see observablehq.config.ts).
import {spawnSync} from "node:child_process";
import {writeFileSync} from "node:fs";
import {crossOriginIsolationHeaders} from "./crossOriginIsolation.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
const result = spawnSync("observable", ["build", ...process.argv.slice(2)], {
  stdio: "inherit",
  shell: false,
  env: {...process.env, PATH: `node_modules/.bin:${process.env.PATH}`}
});
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
