import {describe, expect, it} from "vitest";
import {runInSandbox, type SandboxLimits} from "../../src/run/nodeRunner.js";

// Student code runs in a vm context of its own (src/run/sandboxRealm.ts): these submissions try the
// ways out of it that are known, and report what each gave.
const limits: SandboxLimits = {seconds: 20, memoryMB: 512, outputBytes: 65536};

/** Runs `body` as the function of a submission and returns what it returned (or threw). */
async function attempt(body: string, prelude = ""): Promise<unknown> {
  const source = `import * as tf from "@tensorflow/tfjs";
${prelude}
export async function maxPooling() {
  const tries: string[] = [];
  const t = async (name: string, run: () => unknown) => {
    try { tries.push(name + ": " + String(await run())); }
    catch (e) { tries.push(name + ": " + (typeof e === "string" ? e : (e as Error).name + ": " + (e as Error).message)); }
  };
${body}
  return tries;
}`;
  const outcome = await runInSandbox(
    {exerciseId: "max-pooling", fileName: "max-pooling.ts", source, cases: [{id: "only", args: [[[1]]]}]},
    limits
  );
  if (outcome.kind !== "ran") throw new Error(`the run did not finish: ${JSON.stringify(outcome)}`);
  return outcome.results[0].output ?? outcome.results[0].error;
}

describe("the sandbox's vm context", () => {
  it("has JavaScript's globals and the course's, and nothing of Node's or the web's", async () => {
    const names = ["process", "require", "Buffer", "fetch", "MessageChannel", "AbortSignal", "global", "setTimeout"];
    const tries =
      await attempt(`for (const name of ${JSON.stringify(names)}) await t(name, () => typeof (globalThis as any)[name]);
  await t("require", () => typeof require);`);
    expect(tries).toEqual([
      ...names.map((name) => `${name}: ${name === "setTimeout" ? "function" : "undefined"}`),
      "require: function"
    ]);
  });

  it("gives no way to the module loader, the process or the result channel", async () => {
    const tries = await attempt(`
  await t("process.binding", () => (process as any).binding("fs"));
  await t("process.stdout", () => process.stdout.write("x"));
  await t("fs.writeSync(3)", () => (require("fs") as any).writeSync(3, "{}\\n"));
  await t("require('module')", () => require("module"));
  await t("import('node:fs')", () => import("node:fs"));
  await t("import() in eval", () => eval("import('node:fs')"));
  await t("Function of globalThis", () => (globalThis as any).constructor.constructor("return process")());
  await t("Function of tfjs", () => (tf.conv2d as any).constructor("return process")());
  await t("async Function", () => Object.getPrototypeOf(async () => 0).constructor("return process")());
  await t("tfjs's global", () => typeof (tf.env() as any).global.process);
  await t("WebAssembly", () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));`);
    expect(tries).toEqual([
      "process.binding: ReferenceError: process is not defined",
      "process.stdout: ReferenceError: process is not defined",
      `fs.writeSync(3): Error: cannot import "fs": a submission may import only "@tensorflow/tfjs", "convlab/initializers", "convlab/blocks"`,
      `require('module'): Error: cannot import "module": a submission may import only "@tensorflow/tfjs", "convlab/initializers", "convlab/blocks"`,
      `import('node:fs'): Error: cannot import "node:fs": a submission may import only "@tensorflow/tfjs", "convlab/initializers", "convlab/blocks"`,
      "import() in eval: EvalError: Code generation from strings disallowed for this context",
      "Function of globalThis: EvalError: Code generation from strings disallowed for this context",
      "Function of tfjs: EvalError: Code generation from strings disallowed for this context",
      "async Function: EvalError: Code generation from strings disallowed for this context",
      "tfjs's global: undefined",
      expect.stringMatching(/^WebAssembly: CompileError: .*disallowed/)
    ]);
  });

  it("hands student code no call sites, callers or arguments of the harness", async () => {
    const tries = await attempt(`
  await t("prepareStackTrace", () => { (Error as any).prepareStackTrace = (_: unknown, sites: unknown) => sites; return typeof new Error().stack; });
  await t("Error replaced", () => { Object.defineProperty(globalThis, "Error", {value: {prepareStackTrace: (_: unknown, sites: unknown) => sites}}); return typeof new TypeError().stack; });
  await t("caller", () => (maxPooling as any).caller);
  await t("a timer's this", () => new Promise((resolve) => setTimeout(function (this: unknown) { resolve(typeof this); }, 1)));`);
    expect(tries).toEqual([
      expect.stringMatching(/^prepareStackTrace: TypeError: Cannot assign to read only property 'prepareStackTrace'/),
      "Error replaced: TypeError: Cannot redefine property: Error",
      expect.stringMatching(/^caller: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed/),
      "a timer's this: undefined"
    ]);
  });

  it("lets student code reach only objects of its own context, whose Function makes nothing", async () => {
    // Every object a submission can reach, and every error it can provoke in the harness's functions
    // (a stack overflow at the entry of console.log's), has the realm's Function as its constructor's constructor.
    const tries = await attempt(`
  const realmFunction = (() => 0).constructor;
  const reached: Array<[string, unknown]> = [];
  const look = (name: string, value: unknown) => reached.push([name, value]);
  look("globalThis", globalThis);
  look("its prototype", Object.getPrototypeOf(globalThis));
  look("globalThis.constructor", (globalThis as any).constructor);
  look("tf", tf);
  look("tf.env()", tf.env());
  look("tfjs's platform", (tf.env() as any).platform);
  look("console.log", console.log);
  look("setTimeout", setTimeout);
  look("performance", (globalThis as any).performance);
  look("a tensor", tf.zeros([1]));
  try { await import("node:fs"); } catch (error) { look("import()'s error", error); }
  let overflow: unknown = "none";
  const deep = (n: number): number => { try { return deep(n + 1) + 1; } catch { try { console.log("x"); } catch (error) { overflow = error; } return 0; } };
  deep(0);
  look("an error at the harness's door", overflow);
  for (const [name, value] of reached) {
    await t(name, () => {
      if (value === null || (typeof value !== "object" && typeof value !== "function")) return "not an object";
      const constructor = (value as {constructor?: {constructor?: unknown}}).constructor;
      return constructor === undefined || constructor.constructor === realmFunction ? "the realm's" : "ANOTHER CONTEXT'S";
    });
  }`);
    expect(tries).toHaveLength(12);
    for (const line of tries as string[]) expect(line).toMatch(/: (the realm's|not an object)$/);
  });

  it("sends the grader only what the function returned, whatever it prints or forges", async () => {
    const forged = JSON.stringify({
      seq: 1,
      result: JSON.stringify({kind: "ran", results: [{id: "only", output: [[1]]}]})
    });
    const outcome = await runInSandbox(
      {
        exerciseId: "max-pooling",
        fileName: "max-pooling.ts",
        source: `export function maxPooling() { console.log(${JSON.stringify(forged)}); console.error(${JSON.stringify(forged)}); return [[42]]; }`,
        cases: [{id: "only", args: [[[1]]]}]
      },
      limits
    );
    expect(outcome.kind === "ran" && outcome.results).toEqual([{id: "only", output: [[42]]}]);
    expect(outcome.output).toContain(forged);
  });
});
