// npm start: the course as students get it. Builds dist/ when it is missing or older than its sources
// (ensureSite.js), serves it on 127.0.0.1:3000 as it is deployed (cross-origin isolated, Framework's
// clean URLs: serveSite.js) and opens it in the browser. The browser tests check the same files,
// served by the same server.
//
// Why not Framework's dev server (`npm run dev`, for authors: it reloads a page when its sources
// change): it serves every module apart (about 250 requests a lesson, each of which costs Chromium
// 6–9 ms on a 2-core machine) and renders a page on each request. Lesson 1's editors were ready 4.7–5.4 s
// after navigation there (13.5 s on the first visit), and about 2 s on the built site.
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import open from "open";
import {tsImport} from "tsx/esm/api";
import {crossOriginIsolationHeaders} from "./crossOriginIsolation.js";
import {ensureSite, SiteBuildFailed} from "./ensureSite.js";
import {serveSite} from "./serveSite.js";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

// The texts in both languages: src/i18n/messages/start.ts; the language from the environment, as the grader reads it.
const {startMessages} = await tsImport("../src/i18n/messages/start.ts", import.meta.url);
const {parseLang} = await tsImport("../src/i18n/localized.ts", import.meta.url);
const lang = parseLang(process.env.LC_ALL || process.env.LANG);

let values;
try {
  ({values} = parseArgs({
    options: {port: {type: "string", default: "3000"}, "no-open": {type: "boolean", default: false}}
  }));
} catch (error) {
  console.error(`${error.message}\n${startMessages.usage[lang]}`);
  process.exit(2);
}
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) {
  console.error(`${startMessages.badPort(values.port)[lang]}\n${startMessages.usage[lang]}`);
  process.exit(2);
}

// The port first: a student whose port is taken learns it before the build, not after.
let site;
try {
  site = await serveSite(join(projectRoot, "dist"), {headers: crossOriginIsolationHeaders, port});
} catch (error) {
  if (error?.code !== "EADDRINUSE") throw error;
  console.error(startMessages.portTaken(port)[lang]);
  process.exit(1);
}

// dist/ built unless current, under the lock the browser tests take too (ensureSite.js). Framework's
// log, a line for each of about 400 files, is for authors: kept, and shown if the build fails; a
// terminal sees the seconds go by instead. Ctrl-C during the build stops the build too (it runs in a
// process group of its own), so that it never goes on writing dist/ with nobody holding the lock.
const interrupted = new AbortController();
let building = false;
// Before the build (waiting for the lock), Ctrl-C ends npm start at once, as it would without this.
const interrupt = () => (building ? interrupted.abort() : process.exit(130));
process.once("SIGINT", interrupt).once("SIGTERM", interrupt);
let waited = false;
let started;
let ticker;
const seconds = () => Math.round((Date.now() - started) / 1000);
try {
  const built = await ensureSite({
    signal: interrupted.signal,
    onWait: (owner) => {
      if (!waited) console.log(startMessages.waiting(owner?.pid ?? "?")[lang]);
      waited = true;
    },
    onBuild: () => {
      building = true;
      console.log(startMessages.building[lang]);
      started = Date.now();
      if (process.stdout.isTTY)
        ticker = setInterval(() => process.stdout.write(`\r${startMessages.buildingFor(seconds())[lang]}`), 1000);
    }
  });
  clearInterval(ticker);
  if (ticker) process.stdout.write("\r\x1b[K");
  if (built) console.log(startMessages.built(seconds())[lang]);
} catch (error) {
  clearInterval(ticker);
  if (ticker) process.stdout.write("\r\x1b[K");
  if (interrupted.signal.aborted) process.exit(130);
  if (!(error instanceof SiteBuildFailed)) throw error;
  process.stderr.write(error.log);
  console.error(startMessages.buildFailed[lang]);
  process.exit(1);
}
process.off("SIGINT", interrupt).off("SIGTERM", interrupt);

console.log(startMessages.serving(site.url)[lang]);
if (!values["no-open"]) {
  // Where no browser can be started (a server without a desktop), the address above is enough.
  open(`${site.url}/`).then(
    (child) => child.on("error", () => {}),
    () => {}
  );
}
