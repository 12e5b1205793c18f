import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import * as initializers from "../../src/initializers/index.js";
import type {RunRequest} from "../../src/run/protocol.js";
import {runSubmission} from "../../src/run/runSubmission.js";
import {submissionModules} from "../../src/run/submissionModules.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const X = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9]
];
const request = (source: string, overrides: Partial<RunRequest> = {}): RunRequest => ({
  exerciseId: "max-pooling",
  fileName: "max-pooling.ts",
  source,
  cases: [
    {id: "first", args: [X]},
    {id: "second", args: [X, [2, 2], "valid", [1, 1]]}
  ],
  ...overrides
});
const run = (source: string, overrides?: Partial<RunRequest>) =>
  runSubmission(request(source, overrides), tf, submissionModules(tf, initializers));

describe("runSubmission(request, tf, modules)", () => {
  it("says on which line and column of the student's file a case threw, through TensorFlow.js's frames", async () => {
    const source = [
      'import * as tf from "@tensorflow/tfjs";',
      "",
      "export function maxPooling(X: number[][]): number[][] {",
      "  const shape: number[] = [X.length];",
      '  return tf.maxPool(tf.tensor2d(X.flat() as number[]) as never, 2, 2, "same").arraySync() as number[][];',
      "}"
    ].join("\n");
    const outcome = await run(source);
    if (outcome.kind !== "ran") throw new Error(outcome.kind);
    expect(outcome.results.map(({line, column}) => ({line, column}))).toEqual(
      Array(2).fill({line: 5, column: source.split("\n")[4].indexOf("tensor2d") + 1})
    );
    expect(outcome.results[0].error).toMatch(/^Error: tensor2d\(\) requires shape/);
  });

  it("places an error raised while the module loads", async () => {
    const outcome = await run('const k: number = 1;\n\nthrow new RangeError("no");\nexport function maxPooling() {}');
    expect(outcome).toEqual({kind: "import-error", message: "RangeError: no", line: 3, column: 7});
  });

  it("places nothing when the error's stack names no line of the file", async () => {
    const outcome = await run(
      'export function maxPooling() { throw {name: "E", message: "m", stack: "at convlab-submission/max-pooling.ts:99:1"}; }'
    );
    if (outcome.kind !== "ran") throw new Error(outcome.kind);
    expect(outcome.results[0]).toEqual({id: "first", error: "[object Object]"});
  });

  it("calls the export on every case, in order, and returns what it gave", async () => {
    const outcome = await run(
      "export function maxPooling(X: number[][], k = [2, 2], padding = 'same', s = [2, 2]) { return [[X.length, k[0], s[0]], [padding.length, 0, 0]]; }"
    );
    expect(outcome).toEqual({
      kind: "ran",
      results: [
        {
          id: "first",
          output: [
            [3, 2, 2],
            [4, 0, 0]
          ]
        },
        {
          id: "second",
          output: [
            [3, 2, 1],
            [5, 0, 0]
          ]
        }
      ]
    });
  });

  const pooledByTf =
    'import * as tf from "@tensorflow/tfjs";\nexport ASYNC function maxPooling(X: number[][]) { return tf.maxPool(tf.tensor4d(X.flat(), [1, 3, 3, 1]), 2, 2, "same").squeeze(); }';

  it("reads a returned tensor as nested arrays", async () => {
    const outcome = await run(pooledByTf.replace("ASYNC ", ""));
    expect(outcome).toEqual({
      kind: "ran",
      results: [
        {
          id: "first",
          output: [
            [5, 6],
            [8, 9]
          ]
        },
        {
          id: "second",
          output: [
            [5, 6],
            [8, 9]
          ]
        }
      ]
    });
  });

  it("awaits an async function", async () => {
    const outcome = await run("export async function maxPooling(X: number[][]) { await null; return [[X[1][1]]]; }");
    expect(outcome).toEqual({
      kind: "ran",
      results: [
        {id: "first", output: [[5]]},
        {id: "second", output: [[5]]}
      ]
    });
  });
  it("reads a tensor that an async function resolves to as nested arrays", async () => {
    const outcome = await run(pooledByTf.replace("ASYNC ", "async "));
    expect(outcome).toEqual({
      kind: "ran",
      results: [
        {
          id: "first",
          output: [
            [5, 6],
            [8, 9]
          ]
        },
        {
          id: "second",
          output: [
            [5, 6],
            [8, 9]
          ]
        }
      ]
    });
  });

  it("records an exception for its case and goes on with the next", async () => {
    const outcome = await run(
      "export function maxPooling(X: number[][], k?: number[]) { if (!k) throw new TypeError('no kernel'); return X; }"
    );
    expect(outcome).toEqual({
      kind: "ran",
      results: [
        {id: "first", error: "TypeError: no kernel", line: 1, column: expect.any(Number)},
        {id: "second", output: X}
      ]
    });
  });

  it("records a thrown non-error as text", async () => {
    const outcome = await run("export function maxPooling() { throw 'boom'; }");
    expect(outcome.kind === "ran" && outcome.results[0]).toEqual({id: "first", error: "boom"});
  });

  it("gives each case its own copy of the arguments, so mutating them spoils nothing", async () => {
    const outcome = await run(
      "export function maxPooling(X: number[][]) { const before = X[0][0]; X[0][0] = 99; return [[before]]; }"
    );
    expect(outcome).toEqual({
      kind: "ran",
      results: [
        {id: "first", output: [[1]]},
        {id: "second", output: [[1]]}
      ]
    });
  });

  it("reports a syntax error with its line and column and runs nothing", async () => {
    const outcome = await run("export function maxPooling(X: number[][]) {\n  const outHeight = ...;\n  return X;\n}");
    expect(outcome).toMatchObject({kind: "syntax-error", line: 2, column: 21});
  });

  it("reports an import that is not allowed as an import error naming the allowed modules", async () => {
    const outcome = await run(
      'import {readFileSync} from "node:fs";\nexport function maxPooling() { return readFileSync("/etc/passwd"); }'
    );
    expect(outcome.kind).toBe("import-error");
    const allowed = Object.keys(submissionModules(tf, initializers))
      .map((name) => `"${name}"`)
      .join(", ");
    expect(allowed).toContain('"@tensorflow/tfjs", "convlab/initializers"');
    expect(outcome.kind === "import-error" && outcome.message).toBe(
      `Error: cannot import "node:fs": a submission may import only ${allowed}`
    );
  });

  it("reports an exception while the module loads as an import error", async () => {
    const outcome = await run(
      "const table: number[] = undefined as never;\nconst first = table[0];\nexport function maxPooling() { return first; }"
    );
    expect(outcome).toMatchObject({kind: "import-error", message: expect.stringMatching(/^TypeError: /)});
  });

  it("lists the file's exports, without __esModule, when the function is missing", async () => {
    const outcome = await run("export function maxPool() {}\nexport const kernel = 2;\nexport default 3;");
    expect(outcome).toEqual({
      kind: "missing-export",
      exportName: "maxPooling",
      exports: ["maxPool", "kernel", "default"]
    });
  });

  it("treats an export of the right name that is not a function as missing", async () => {
    const outcome = await run("export const maxPooling = [[5, 6], [8, 9]];");
    expect(outcome).toEqual({kind: "missing-export", exportName: "maxPooling", exports: ["maxPooling"]});
  });

  it("reports an unknown exercise as a crash", async () => {
    const outcome = await run("export function f() {}", {exerciseId: "le-net-9000"});
    expect(outcome).toEqual({kind: "crashed", message: "unknown exercise le-net-9000"});
  });
});
