// npm start: the course as students get it. Builds dist/ when it is missing or older than its sources
// (siteStamp.js), serves it on 127.0.0.1:3000 as it is deployed (cross-origin isolated, Framework's
// clean URLs: serveSite.js) and opens it in the browser. The browser tests check the same files,
// served by the same server.
//
// Why not Framework's dev server (`npm run dev`, for authors: it reloads a page when its sources
// change): it serves every module apart (about 250 requests a lesson, each of which costs Chromium
// 6–9 ms on a 2-core machine) and renders a page on each request. Lesson 1's editors were ready 4.7–5.4 s
// after navigation there (13.5 s on the first visit), and about 2 s on the built site.
import {spawn} from "node:child_process";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import open from "open";
import {tsImport} from "tsx/esm/api";
import {crossOriginIsolationHeaders} from "./crossOriginIsolation.js";
import {acquireLock, siteBuildLock} from "./buildLock.js";
import {serveSite} from "./serveSite.js";
import {siteIsCurrent} from "./siteStamp.js";

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

// Under the lock that the browser tests take too, so that two builds never write dist/ at once.
let waited = false;
let buildFailed = false;
const release = await acquireLock(siteBuildLock, {
  onWait: (owner) => {
    if (!waited) console.log(startMessages.waiting(owner?.pid ?? "?")[lang]);
    waited = true;
  }
});
try {
  if (!siteIsCurrent()) {
    console.log(startMessages.building[lang]);
    // Framework's log, a line for each of about 400 files, is for authors: kept, and shown if the build
    // fails. A terminal sees the seconds go by instead.
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 1000);
    const ticker = process.stdout.isTTY
      ? setInterval(() => process.stdout.write(`\r${startMessages.buildingFor(seconds())[lang]}`), 1000)
      : undefined;
    const {status, log} = await new Promise((resolve) => {
      const build = spawn(process.execPath, [join(projectRoot, "scripts", "build.js")], {
        stdio: ["ignore", "pipe", "pipe"]
      });
      let log = "";
      build.stdout.setEncoding("utf8").on("data", (chunk) => (log += chunk));
      build.stderr.setEncoding("utf8").on("data", (chunk) => (log += chunk));
      build.on("error", (error) => resolve({status: 1, log: `${log}${error.message}\n`}));
      build.on("close", (code) => resolve({status: code ?? 1, log}));
    });
    clearInterval(ticker);
    if (ticker) process.stdout.write("\r\x1b[K");
    if (status === 0) console.log(startMessages.built(seconds())[lang]);
    else {
      process.stderr.write(log);
      console.error(startMessages.buildFailed[lang]);
      buildFailed = true;
    }
  }
} finally {
  release();
}
if (buildFailed) process.exit(1);

console.log(startMessages.serving(site.url)[lang]);
if (!values["no-open"]) {
  // Where no browser can be started (a server without a desktop), the address above is enough.
  open(`${site.url}/`).then(
    (child) => child.on("error", () => {}),
    () => {}
  );
}
