import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {conv2dOneFilter, type CheckCase, type DocumentedFile} from "../../src/exercises/index.js";
import {runInSandbox, SandboxSession, type SandboxLimits} from "../../src/run/nodeRunner.js";
import type {RunRequest} from "../../src/run/protocol.js";
import {passes} from "../exercises/helpers.js";

// A sandbox process starts in about 0.1 s from its snapshot; the two timeouts cost 3 s each.
const limits: SandboxLimits = {seconds: 3, memoryMB: 512, outputBytes: 65536};
const fixture = (name: string, file: string) =>
  readFileSync(new URL(`../fixtures/submissions/${name}/${file}`, import.meta.url), "utf8");

let cases: CheckCase[];
beforeAll(async () => {
  const tf = await setupNodeTf();
  const documented = JSON.parse(
    readFileSync(new URL("../../data/expected/conv2d-one-filter.json", import.meta.url), "utf8")
  ) as DocumentedFile;
  cases = await conv2dOneFilter.cases(tf, documented, {hidden: false, seed: 1});
});

const request = (source: string): RunRequest => ({
  exerciseId: "conv2d-one-filter",
  fileName: "conv2d-one-filter.ts",
  source,
  cases: cases.map(({id, args}) => ({id, args}))
});
const correct = () => request(fixture("correct", "conv2d-one-filter.ts"));

describe("runInSandbox(request, limits)", () => {
  it("runs a submission that imports tfjs and returns a tensor, and sends back its outputs as plain arrays", async () => {
    const outcome = await runInSandbox(correct(), limits);
    expect(outcome.kind).toBe("ran");
    if (outcome.kind !== "ran") return;
    expect(outcome.results.map((result) => result.id)).toEqual(cases.map((check) => check.id));
    const outputs = new Map(outcome.results.map((result) => [result.id, result.output]));
    expect(cases.filter((check) => !passes(check, outputs.get(check.id))).map((check) => check.id)).toEqual([]);
  });

  it("stops an infinite loop when the time is up and says how long it had", async () => {
    const outcome = await runInSandbox(request(fixture("infinite-loop", "conv2d-one-filter.ts")), limits);
    expect(outcome).toMatchObject({kind: "timeout", seconds: limits.seconds});
  });

  it("keeps NaN, the infinities and typed arrays as they were returned", async () => {
    const outcome = await runInSandbox(
      request("export function conv2dOneFilter() { return [new Float32Array([NaN, Infinity]), [-Infinity, 0.5]]; }"),
      limits
    );
    expect(outcome.kind === "ran" && outcome.results[0].output).toEqual([
      [NaN, Infinity],
      [-Infinity, 0.5]
    ]);
  });

  it("stops a submission that prints more than outputBytes, and keeps only the start of what it printed", async () => {
    const source =
      "export function conv2dOneFilter() {\n  for (let i = 0; i < 1000; ++i) console.log('x'.repeat(200));\n  return [[1]];\n}";
    const outcome = await runInSandbox(request(source), {...limits, outputBytes: 10_000});
    expect(outcome).toMatchObject({kind: "crashed", limit: "output"});
    expect(outcome.output.length).toBeGreaterThan(0);
    expect(outcome.output.length).toBeLessThanOrEqual(10_000);
  });

  it("turns a result that cannot cross the wire into that case's error", async () => {
    const outcome = await runInSandbox(
      request(
        "export function conv2dOneFilter(X: number[][]) { if (X.length === 3) { const a: unknown[] = []; a.push(a); return a; } return [[1n]]; }"
      ),
      limits
    );
    expect(outcome.kind).toBe("ran");
    if (outcome.kind !== "ran") return;
    expect(outcome.results.every((result) => /^the result cannot be sent back/.test(result.error ?? ""))).toBe(true);
  });
});

describe("SandboxSession(limits)", () => {
  it("serves a submission's runs in one process while they answer, each in a context of its own", async () => {
    const session = new SandboxSession(limits);
    try {
      for (let i = 0; i < 3; ++i) expect((await session.run(correct())).kind).toBe("ran");
      expect(session.processesStarted).toBe(1);
    } finally {
      session.close();
    }
  });

  it("with the grader's baseline switch, gives each run a process, the next one started during a run", async () => {
    const before = process.env.CONVLAB_GRADER_BASELINE;
    process.env.CONVLAB_GRADER_BASELINE = "1";
    const session = new SandboxSession(limits);
    try {
      expect((await session.run(correct(), limits.seconds, undefined, {more: true})).kind).toBe("ran");
      expect(session.processesStarted).toBe(2);
      expect((await session.run(correct())).kind).toBe("ran");
      expect(session.processesStarted).toBe(2);
      expect((await session.run(correct())).kind).toBe("ran");
      expect(session.processesStarted).toBe(3);
    } finally {
      session.close();
      if (before === undefined) delete process.env.CONVLAB_GRADER_BASELINE;
      else process.env.CONVLAB_GRADER_BASELINE = before;
    }
  });

  it("runs the next request in a new process when a run left an endless chain of promises behind", async () => {
    const session = new SandboxSession(limits);
    try {
      const endless =
        "export function conv2dOneFilter() { const spin = (): Promise<void> => Promise.resolve().then(spin); void spin(); return [[1]]; }";
      expect((await session.run(request(endless))).kind).toBe("ran");
      const after = await session.run(correct());
      expect(after.kind).toBe("ran");
      expect(session.processesStarted).toBe(2);
    } finally {
      session.close();
    }
  });

  it("gives the run after a timeout a new process, and it runs as if nothing had happened", async () => {
    const session = new SandboxSession(limits);
    try {
      expect((await session.run(request(fixture("infinite-loop", "conv2d-one-filter.ts")))).kind).toBe("timeout");
      const after = await session.run(correct());
      expect(after.kind).toBe("ran");
      expect(session.processesStarted).toBe(2);
    } finally {
      session.close();
    }
  });

  it("runs a correct submission correctly after one that patched the built-ins and tfjs", async () => {
    const session = new SandboxSession(limits);
    try {
      await session.run(request(fixture("patches-globals", "conv2d-one-filter.ts")));
      const after = await session.run(correct());
      expect(after.kind).toBe("ran");
      const outputs = new Map(after.kind === "ran" ? after.results.map((result) => [result.id, result.output]) : []);
      expect(cases.filter((check) => !passes(check, outputs.get(check.id))).map((check) => check.id)).toEqual([]);
    } finally {
      session.close();
    }
  });

  it.each([
    [
      "Atomics.waitAsync with a timeout",
      "(Atomics as any).waitAsync(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100).value.then(fired);"
    ],
    ["a timeout", "setTimeout(fired, 100);"],
    ["an interval", "setInterval(fired, 50);"],
    ["a global variable", "fired();"],
    ["a patched tfjs", "(tf as any).FIRED = 'yes';"]
  ])("never lets %s left by one run reach the next", async (_, leave) => {
    const session = new SandboxSession(limits);
    const fired = "import * as tf from '@tensorflow/tfjs'; const fired = () => { (globalThis as any).FIRED = 'yes'; };";
    try {
      expect(
        (await session.run(request(`${fired} export function conv2dOneFilter() { ${leave} return [[1]]; }`))).kind
      ).toBe("ran");
      // Its first call waits for a timer of its own, due well after the one left behind.
      const looks =
        "import * as tf from '@tensorflow/tfjs'; let waited = false; export async function conv2dOneFilter() { if (!waited) { waited = true; await new Promise((resolve) => setTimeout(resolve, 600)); } return (globalThis as any).FIRED ?? (tf as any).FIRED ?? 'none'; }";
      const after = await session.run(request(looks));
      expect(after.kind).toBe("ran");
      expect(new Set(after.kind === "ran" ? after.results.map((result) => result.output) : [])).toEqual(
        new Set(["none"])
      );
    } finally {
      session.close();
    }
  });
});

describe("the result's limits", () => {
  const small = {bytes: 200_000, containers: 1000, depth: 16};
  const run = async (output: string) => {
    const session = new SandboxSession(limits);
    try {
      return await session.run(
        request(`export function conv2dOneFilter() { return ${output}; }`),
        limits.seconds,
        small
      );
    } finally {
      session.close();
    }
  };

  it("takes a result within them", async () => {
    const outcome = await run("Array.from({length: 30}, () => Array(30).fill(0.123456789))");
    expect(outcome.kind).toBe("ran");
  });

  it.each([
    ["longer than allowed (refused in the sandbox, never sent)", '"x".repeat(300_000)'],
    [
      "within the characters but longer in bytes on the wire (refused by the grader as it streams in)",
      '"é".repeat(150_000)'
    ],
    ["of more arrays and objects than allowed (refused unparsed)", "Array.from({length: 5000}, () => ({}))"],
    ["nested deeper than allowed (refused unparsed)", "JSON.parse('['.repeat(40) + ']'.repeat(40))"]
  ])("stops a result %s", async (_, output) => {
    const outcome = await run(output);
    expect(outcome).toMatchObject({kind: "crashed", limit: "result-size"});
  });
});
