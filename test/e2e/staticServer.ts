import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, sep} from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".bin": "application/octet-stream"
};

/**
 * Serves a built site on 127.0.0.1 with Framework's clean URLs (`/ru/page` → `ru/page.html`), with
 * `headers` added to every file (the benchmark adds the cross-origin isolation the deployed site has).
 */
export async function serveSite(
  root: string,
  {headers = {}}: {headers?: Record<string, string>} = {}
): Promise<{url: string; close(): Promise<void>}> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as {port: number};
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections(); // a browser's keep-alive connections would hold the close
      return new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
