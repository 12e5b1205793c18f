import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {request} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {serveSite} from "../../scripts/serveSite.js";

/** A GET with the path sent as written (fetch would resolve `..` first). */
function get(url: string, path: string): Promise<{status: number; headers: Record<string, unknown>; body: string}> {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, {path}, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({status: response.statusCode ?? 0, headers: response.headers, body}));
    })
      .on("error", reject)
      .end();
  });
}

describe("serveSite(root)", () => {
  const outside = mkdtempSync(join(tmpdir(), "convlab-serve-"));
  const root = join(outside, "dist");
  let site: {url: string; close(): Promise<void>};
  beforeAll(async () => {
    mkdirSync(join(root, "en"), {recursive: true});
    writeFileSync(join(root, "index.html"), "<p>home</p>");
    writeFileSync(join(root, "en", "lesson.html"), "<p>lesson</p>");
    writeFileSync(join(root, "en", "model.wasm"), "wasm");
    writeFileSync(join(outside, "secret.txt"), "secret");
    site = await serveSite(root, {headers: {"Cross-Origin-Opener-Policy": "same-origin"}});
  });
  afterAll(async () => {
    await site.close();
    rmSync(outside, {recursive: true, force: true});
  });

  it("serves Framework's clean URLs with the headers given, and each file with its type", async () => {
    const lesson = await get(site.url, "/en/lesson");
    expect([lesson.status, lesson.body, lesson.headers["content-type"]]).toEqual([
      200,
      "<p>lesson</p>",
      "text/html; charset=utf-8"
    ]);
    expect(lesson.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect((await get(site.url, "/")).body).toBe("<p>home</p>");
    expect((await get(site.url, "/en/model.wasm")).headers["content-type"]).toBe("application/wasm");
    expect((await get(site.url, "/en/none")).status).toBe(404);
  });

  it("answers a path outside the site or one that does not decode with an error, and keeps serving", async () => {
    // The URL parser resolves `..` and `%2e%2e` first; an encoded slash decodes to a path outside.
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt"]) expect((await get(site.url, path)).status).toBe(404);
    expect((await get(site.url, "/..%2fsecret.txt")).status).toBe(403);
    expect((await get(site.url, "/%E0%A4%A")).status).toBe(400);
    expect((await get(site.url, "/en/lesson")).status).toBe(200);
  });

  it("rejects when its port is taken", async () => {
    const port = Number(new URL(site.url).port);
    await expect(serveSite(root, {port})).rejects.toMatchObject({code: "EADDRINUSE"});
  });
});
