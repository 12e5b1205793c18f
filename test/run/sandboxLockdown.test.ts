import {createServer, type Server} from "node:net";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {runInSandbox} from "../../src/run/nodeRunner.js";
import {sandboxIsolation} from "../../src/run/sandboxIsolation.js";

// What the sandbox process takes away from student code on its own, as on a machine that forbids
// namespaces (Docker's default profile): this file turns them off before the first sandbox starts.
process.env.CONVLAB_SANDBOX_NAMESPACES = "0";

const limits = {seconds: 10, memoryMB: 512, outputBytes: 65536};
/** Runs `body` as the function of a submission and returns what it returned or threw. */
async function attempt(body: string): Promise<unknown> {
  const source = `export async function maxPooling() {\n  const tries = [];\n  const t = async (name, run) => { try { tries.push(name + ": " + String(await run())); } catch (e) { tries.push(name + ": " + (e.code ?? e.message)); } };\n${body}\n  return tries;\n}`;
  const outcome = await runInSandbox(
    {exerciseId: "max-pooling", fileName: "max-pooling.ts", source, cases: [{id: "only", args: [[[1]]]}]},
    limits
  );
  if (outcome.kind !== "ran") throw new Error(`the run did not finish: ${JSON.stringify(outcome)}`);
  return outcome.results[0].output ?? outcome.results[0].error;
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

describe("lockDown(), without namespaces", () => {
  it("really runs without namespaces here", () => {
    expect(sandboxIsolation().namespaces).toBeUndefined();
  });

  it("leaves no way to the network that code can reach by name", async () => {
    const tries = await attempt(`
  await t("fetch", () => fetch("http://127.0.0.1:${port}/"));
  await t("net", () => process.getBuiltinModule("net"));
  await t("node:http", () => process.getBuiltinModule("node:http"));
  await t("dgram", () => process.getBuiltinModule("dgram"));
  await t("stdout", () => new Promise((resolve, reject) => { const s = new process.stdout.constructor(); s.on("error", reject); s.connect(${port}, "127.0.0.1", () => resolve("connected")); }));`);
    expect(tries).toEqual([
      "fetch: fetch is not defined",
      "net: ERR_ACCESS_DENIED",
      "node:http: ERR_ACCESS_DENIED",
      "dgram: ERR_ACCESS_DENIED",
      "stdout: s.connect is not a function"
    ]);
    expect(connections).toBe(0);
  });

  it("lets no signal or debugger reach another process, and keeps the process from ending itself", async () => {
    const tries = await attempt(`
  await t("kill", () => process.kill(${process.pid}, 0));
  await t("debug", () => process._debugProcess(${2 ** 22 + 7}));
  await t("exit", () => process.exit(0));
  await t("abort", () => process.abort());`);
    expect(tries).toEqual([
      "kill: ERR_ACCESS_DENIED",
      "debug: ERR_ACCESS_DENIED",
      "exit: ERR_ACCESS_DENIED",
      "abort: ERR_ACCESS_DENIED"
    ]);
  });

  it("gives only harmless built-in modules, and fs under Node's permission model", async () => {
    const tries = await attempt(`
  for (const name of ["child_process", "worker_threads", "inspector", "v8", "vm", "module", "timers", "os"]) await t(name, () => process.getBuiltinModule(name));
  await t("binding", () => process.binding("fs"));
  await t("read", () => process.getBuiltinModule("fs").readFileSync("/etc/hostname", "utf8"));
  await t("path", () => typeof process.getBuiltinModule("path").join);`);
    expect(tries).toEqual([
      ...["child_process", "worker_threads", "inspector", "v8", "vm", "module", "timers", "os"].map(
        (name) => `${name}: ERR_ACCESS_DENIED`
      ),
      "binding: ERR_ACCESS_DENIED",
      "read: ERR_ACCESS_DENIED",
      "path: function"
    ]);
  });
});
