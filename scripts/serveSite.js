// A built site served as deployed: `npm start` serves dist/ with it, and so do the browser tests and
// the benchmarks, so that students get the site the tests check.
import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import {createServer} from "node:http";
import {extname, join, normalize, sep} from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".bin": "application/octet-stream"
};

/**
 * Serves the built site at `root` with Framework's clean URLs (`/ru/page` → `ru/page.html`), with
 * `headers` added to every file, on `host`:`port` (port 0: any free port). Rejects when the port is taken.
 */
export async function serveSite(root, {headers = {}, host = "127.0.0.1", port = 0} = {}) {
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      return void response.writeHead(400).end();
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
    for (const candidate of [file, `${file}.html`, join(file, "index.html")]) {
      const info = await stat(candidate).catch(() => undefined);
      if (!info?.isFile()) continue;
      response.writeHead(200, {
        ...headers,
        "content-type": types[extname(candidate)] ?? "application/octet-stream",
        "content-length": info.size
      });
      return void createReadStream(candidate).pipe(response);
    }
    response.writeHead(404, {"content-type": "text/plain"}).end("not found");
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    url: `http://${host}:${server.address().port}`,
    close: () => {
      server.closeAllConnections(); // a browser's keep-alive connections would hold the close
      return new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
