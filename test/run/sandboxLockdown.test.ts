import {execFile} from "node:child_process";
import {createServer, type Server} from "node:net";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

// lockDown() is the harness's second line, for code that got out of the sandbox's vm context (which
// has no `process` at all, see sandboxRealm.test.ts): what it leaves reachable in the harness's own
// context. It changes the process for good, so it runs in a Node process of its own here.
const lockdown = new URL("../../src/run/sandboxLockdown.ts", import.meta.url).href;

/** Runs `body` after lockDown() in a new Node process and returns the list of attempts it made. */
async function attempt(body: string): Promise<string[]> {
  const script = `import {lockDown} from ${JSON.stringify(lockdown)};
const exit = process.reallyExit.bind(process);
lockDown();
const tries = [];
const t = async (name, run) => { try { tries.push(name + ": " + String(await run())); } catch (e) { tries.push(name + ": " + (e.code ?? e.message)); } };
${body}
console.log(JSON.stringify(tries));
exit(0);`;
  const {stdout} = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--no-warnings", "--input-type=module", "-e", script],
    {cwd: fileURLToPath(new URL("../../", import.meta.url))}
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as string[];
}

let server: Server;
let connections = 0;
let port = 0;
beforeAll(async () => {
  server = createServer((socket) => {
    ++connections;
    socket.end("hello\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as {port: number}).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("lockDown(), in the harness's own context", () => {
  it("leaves no way to the network that code can reach by name", async () => {
    const tries = await attempt(`
await t("fetch", () => fetch("http://127.0.0.1:${port}/"));
await t("net", () => process.getBuiltinModule("net"));
await t("node:http", () => process.getBuiltinModule("node:http"));
await t("dgram", () => process.getBuiltinModule("dgram"));`);
    expect(tries).toEqual([
      "fetch: fetch is not defined",
      "net: ERR_ACCESS_DENIED",
      "node:http: ERR_ACCESS_DENIED",
      "dgram: ERR_ACCESS_DENIED"
    ]);
    expect(connections).toBe(0);
  });

  it("lets no signal or debugger reach another process, and keeps the process from ending itself", async () => {
    const tries = await attempt(`
await t("kill", () => process.kill(${process.pid}, 0));
await t("debug", () => process._debugProcess(${2 ** 22 + 7}));
await t("exit", () => process.exit(0));
await t("abort", () => process.abort());
await t("binding", () => process.binding("fs"));`);
    expect(tries).toEqual([
      "kill: ERR_ACCESS_DENIED",
      "debug: ERR_ACCESS_DENIED",
      "exit: ERR_ACCESS_DENIED",
      "abort: ERR_ACCESS_DENIED",
      "binding: ERR_ACCESS_DENIED"
    ]);
  });

  it("gives only harmless built-in modules", async () => {
    const names = ["child_process", "worker_threads", "inspector", "v8", "vm", "module", "timers", "os"];
    const tries = await attempt(`
for (const name of ${JSON.stringify(names)}) await t(name, () => process.getBuiltinModule(name));
await t("path", () => typeof process.getBuiltinModule("path").join);`);
    expect(tries).toEqual([...names.map((name) => `${name}: ERR_ACCESS_DENIED`), "path: function"]);
  });
});
