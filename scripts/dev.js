// npm run dev: Framework's dev server with live reload, for authors; it opens the course in the browser.
// (Students' `npm start` serves the built site instead: start.js says why.)
// Pages import src/ through the lessons/lib → ../src link, so edits in src/ reload the page too.
//
// Every response also carries the two headers that make the page cross-origin isolated, which the
// wasm backend needs for threads (see crossOriginIsolation.js). Framework 1.13's preview server
// takes no headers option, so the server it creates gets a first "request" listener that sets
// them; Framework's own handler runs after it, and its live-reload WebSocket is untouched. The same
// listener passes each page Framework renders through localizePage (src/site/pageLanguage.ts), as
// `npm run build` does: Framework's own words in the page's language, and <html lang>.
import http from "node:http";
import {syncBuiltinESMExports} from "node:module";
import {delimiter, join} from "node:path";
import {tsImport} from "tsx/esm/api";
import {crossOriginIsolationHeaders} from "./crossOriginIsolation.js";
import {ensureTfjsBrowserBundle} from "./tfjsBrowserBundle.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
await ensureTfjsBrowserBundle();
const {localizePage} = await tsImport("../src/site/pageLanguage.ts", import.meta.url);
// Framework runs the TypeScript data loaders with `tsx`, found on the PATH.
process.env.PATH = `${join(process.cwd(), "node_modules", ".bin")}${delimiter}${process.env.PATH}`;
const createServer = http.createServer;
http.createServer = (...args) => {
  const server = createServer(...args);
  server.prependListener("request", (request, response) => {
    for (const [name, value] of Object.entries(crossOriginIsolationHeaders)) response.setHeader(name, value);
    const end = response.end;
    response.end = function (chunk, ...rest) {
      const page = typeof chunk === "string" && /^text\/html/.test(String(response.getHeader("Content-Type")));
      return end.call(
        this,
        page ? localizePage(chunk, new URL(request.url, "http://localhost").pathname) : chunk,
        ...rest
      );
    };
  });
  return server;
};
// Framework imports { createServer } from "node:http": make that binding see the wrapper too.
syncBuiltinESMExports();
process.argv = [process.argv[0], "observable", "preview", ...process.argv.slice(2)];
await import("@observablehq/framework/dist/bin/observable.js");
