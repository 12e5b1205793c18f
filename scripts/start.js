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
import {crossOriginIsolationHeaders} from "./crossOriginIsolation.js";
import {acquireLock, siteBuildLock} from "./buildLock.js";
import {serveSite} from "./serveSite.js";
import {siteIsCurrent} from "./siteStamp.js";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

const messages = {
  en: {
    building: "Building the course: about half a minute the first time, and again only when its files change.",
    waiting: (owner) => `Waiting for another build of the course to end (process ${owner?.pid ?? "?"})…`,
    buildingFor: (seconds) => `…${seconds} s`,
    built: (seconds) => `Built in ${seconds} s.`,
    buildFailed: "The build failed (its log is above). Once it is mended, npm start again.",
    portTaken: (port) =>
      `Port ${port} is taken, perhaps by another npm start. Another port: npm start -- --port ${port + 1}`,
    badPort: (port) => `Not a port: ${port}`,
    usage: "Usage: npm start -- [--port 3000] [--no-open]",
    serving: (url) => `ConvLab is at ${url}/ (Ctrl+C stops it).`
  },
  ru: {
    building: "Собираю курс: в первый раз около полуминуты, потом — только когда меняются его файлы.",
    waiting: (owner) => `Жду, пока закончится другая сборка курса (процесс ${owner?.pid ?? "?"})…`,
    buildingFor: (seconds) => `…${seconds} с`,
    built: (seconds) => `Собран за ${seconds} с.`,
    buildFailed: "Сборка не удалась (её журнал выше). Когда ошибка будет исправлена, снова выполните npm start.",
    portTaken: (port) => `Порт ${port} занят, возможно, другим npm start. Другой порт: npm start -- --port ${port + 1}`,
    badPort: (port) => `Это не порт: ${port}`,
    usage: "Использование: npm start -- [--port 3000] [--no-open]",
    serving: (url) => `ConvLab открыт на ${url}/ (Ctrl+C — остановить).`
  }
};
const env = process.env.LC_ALL || process.env.LANG;
const say = messages[env && /^ru\b|^ru[-_]/i.test(env) ? "ru" : "en"];

let values;
try {
  ({values} = parseArgs({
    options: {port: {type: "string", default: "3000"}, "no-open": {type: "boolean", default: false}}
  }));
} catch (error) {
  console.error(`${error.message}\n${say.usage}`);
  process.exit(2);
}
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) {
  console.error(`${say.badPort(values.port)}\n${say.usage}`);
  process.exit(2);
}

// Under the lock that the browser tests take too, so that two builds never write dist/ at once.
let waited = false;
let buildFailed = false;
const release = await acquireLock(siteBuildLock, {
  onWait: (owner) => {
    if (!waited) console.log(say.waiting(owner));
    waited = true;
  }
});
try {
  if (!siteIsCurrent()) {
    console.log(say.building);
    // Framework's log, a line for each of about 400 files, is for authors: kept, and shown if the build
    // fails. A terminal sees the seconds go by instead.
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 1000);
    const ticker = process.stdout.isTTY
      ? setInterval(() => process.stdout.write(`\r${say.buildingFor(seconds())}`), 1000)
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
    if (status === 0) console.log(say.built(seconds()));
    else {
      process.stderr.write(log);
      console.error(say.buildFailed);
      buildFailed = true;
    }
  }
} finally {
  release();
}
if (buildFailed) process.exit(1);

let site;
try {
  site = await serveSite(join(projectRoot, "dist"), {headers: crossOriginIsolationHeaders, port});
} catch (error) {
  if (error?.code !== "EADDRINUSE") throw error;
  console.error(say.portTaken(port));
  process.exit(1);
}
console.log(say.serving(site.url));
if (!values["no-open"]) {
  // Where no browser can be started (a server without a desktop), the address above is enough.
  open(`${site.url}/`).then(
    (child) => child.on("error", () => {}),
    () => {}
  );
}
