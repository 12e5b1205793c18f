import {execFile} from "node:child_process";
import {createServer, type Server} from "node:net";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {isolatedCommand, sandboxIsolation} from "../../src/run/sandboxIsolation.js";

const isolation = sandboxIsolation();
const roomy = {dataBytes: 2 ** 31, cpuSeconds: 60, fileBytes: 2 ** 20};

/** Runs a Node one-liner inside the isolation and returns what it printed. */
async function runIsolated(script: string, limits = roomy): Promise<string> {
  const {command, args} = isolatedCommand(isolation, limits, process.execPath, ["-e", script]);
  const {stdout} = await promisify(execFile)(command, args);
  return stdout.trim();
}

describe("isolatedCommand(isolation, limits, command, args)", () => {
  it("puts unshare, then prlimit with every limit, in front of the command", () => {
    const line = isolatedCommand(
      {namespaces: "/usr/bin/unshare", limits: "/usr/bin/prlimit"},
      {dataBytes: 1000, cpuSeconds: 7.5, fileBytes: 10},
      "/bin/node",
      ["x.js"]
    );
    expect([line.command, ...line.args]).toEqual([
      "/usr/bin/unshare",
      "-rnp",
      "--fork",
      "--kill-child",
      "--",
      "/usr/bin/prlimit",
      "--data=1000",
      "--cpu=8",
      "--fsize=10",
      "--core=0",
      "--",
      "/bin/node",
      "x.js"
    ]);
  });

  it("runs the command as it is when the machine allows no isolation", () => {
    expect(isolatedCommand({}, roomy, "/bin/node", ["x.js"])).toEqual({command: "/bin/node", args: ["x.js"]});
  });
});

describe.skipIf(!isolation.namespaces)("a process in the sandbox's namespaces", () => {
  let server: Server;
  let connections = 0;
  let port = 0;
  beforeAll(async () => {
    server = createServer((socket) => {
      ++connections;
      socket.end("expected outputs\n");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as {port: number}).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("cannot reach a server on the grader's own loopback", async () => {
    const script = `require("net").connect(${port}, "127.0.0.1").on("error", (e) => console.log(e.code)).on("data", () => console.log("connected"))`;
    expect(await runIsolated(script)).toMatch(/^(ENETUNREACH|ECONNREFUSED)$/);
    expect(connections).toBe(0);
  });

  it("sees no other process: not the grader, and nothing to signal with kill(-1)", async () => {
    const script = `const tries = [[${process.pid}, 0], [-1, 0]].map(([pid, signal]) => { try { process.kill(pid, signal); return "signalled"; } catch (e) { return e.code; } }); console.log(process.pid, tries.join(" "))`;
    expect(await runIsolated(script)).toBe("1 ESRCH ESRCH");
  });
});

describe.skipIf(!isolation.limits)("a process under the sandbox's kernel limits", () => {
  it("cannot allocate more memory than its data limit, outside the JavaScript heap too", async () => {
    const script = `try { new Float64Array(2 ** 27).fill(1); console.log("allocated"); } catch (e) { console.log(e.message); }`;
    expect(await runIsolated(script, {...roomy, dataBytes: 512 * 2 ** 20})).toBe("Array buffer allocation failed");
    expect(await runIsolated(script)).toBe("allocated");
  });
});
