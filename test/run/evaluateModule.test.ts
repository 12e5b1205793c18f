import {describe, expect, it} from "vitest";
import {evaluateModule, type ModuleMap} from "../../src/run/evaluateModule.js";
import {transpile} from "../../src/run/transpile.js";

const fakeTf = {name: "fake tfjs", conv2d: () => "conv2d"};
const fakeInitializers = {name: "fake initializers"};
const modules: ModuleMap = {"@tensorflow/tfjs": fakeTf, "convlab/initializers": fakeInitializers};

/** Transpiles and runs TypeScript as a submission is run. */
function evaluate(source: string): Record<string, unknown> {
  const transpiled = transpile(source);
  if (!transpiled.ok) throw new Error(`does not compile: ${transpiled.message}`);
  return evaluateModule(transpiled.code, modules);
}

describe("evaluateModule(code, modules)", () => {
  it("returns the module's exports", () => {
    const exports = evaluate("export function double(x: number) { return 2 * x; }\nexport const answer = 42;");
    expect((exports.double as (x: number) => number)(4)).toBe(8);
    expect(exports.answer).toBe(42);
  });

  it("returns what the code assigns to module.exports", () => {
    expect(evaluateModule("module.exports = {replaced: true};", modules)).toEqual({replaced: true});
  });

  it.each([
    ["a namespace import", 'import * as tf from "@tensorflow/tfjs";\nexport const name = () => tf.name;', "fake tfjs"],
    ["a named import", 'import {conv2d} from "@tensorflow/tfjs";\nexport const name = () => conv2d();', "conv2d"],
    [
      "the course's initializers",
      'import * as init from "convlab/initializers";\nexport const name = () => init.name;',
      "fake initializers"
    ]
  ])("serves the allowed modules to %s", (_, source, name) => {
    expect((evaluate(source).name as () => string)()).toBe(name);
  });

  it.each([
    ["node:fs", 'import {readFileSync} from "node:fs";\nexport const f = () => readFileSync("/etc/passwd");'],
    ["fs", 'import * as fs from "fs";\nexport const f = () => fs.readFileSync("/etc/passwd");'],
    ["child_process", 'const cp = require("child_process");\nexport const f = () => cp;'],
    [
      "a relative path",
      'import {conv2dOneFilter} from "../../solutions/conv2d-one-filter";\nexport const f = conv2dOneFilter;'
    ],
    ["tfjs-node", 'import * as tf from "@tensorflow/tfjs-node";\nexport const f = () => tf;']
  ])("refuses to import %s and names the modules a submission may import", (specifier, source) => {
    const shown =
      specifier === "a relative path"
        ? "../../solutions/conv2d-one-filter"
        : specifier === "tfjs-node"
          ? "@tensorflow/tfjs-node"
          : specifier;
    expect(() => evaluate(source)).toThrow(
      `cannot import "${shown}": a submission may import only "@tensorflow/tfjs", "convlab/initializers"`
    );
  });

  it("refuses a module whose name is a property every object has", () => {
    expect(() => evaluateModule('require("toString");', modules)).toThrow(/cannot import "toString"/);
    expect(() => evaluateModule('require("__proto__");', modules)).toThrow(/cannot import "__proto__"/);
  });

  it("lets an error at the module's top level through", () => {
    expect(() => evaluate('throw new RangeError("at load time");')).toThrow(RangeError);
  });
});
