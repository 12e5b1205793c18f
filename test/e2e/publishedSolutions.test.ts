import {readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {transformSync} from "esbuild";
import {beforeAll, describe, expect, it} from "vitest";
import {exercises} from "../../src/exercises/index.js";
import {sharedSiteUrl} from "./sharedBrowser.js";
import {projectRoot} from "./site.js";

// No reference solution in the published site (issue 11, item 2). Every file of the built dist/ is
// compared with every solutions/*.ts by a fingerprint that survives what a bundler does to code:
// tokens with local names abstracted away (a minifier renames them), property names, strings and
// numbers kept (it cannot), whitespace, braces, `const`/`let` and `;`/`,` ignored (it merges
// declarations and drops braces). A solution's fingerprint is the set of its runs of 16 such
// tokens, less the runs its exercise's starter code shares (the starter is published on purpose).
// Measured before lesson 1 stopped publishing it: the leNet model held 74% of the le-net solution's runs (also
// 74% once minified); each solution minified by esbuild keeps 47-88% of its own; the closest
// unrelated published file (the document's own max pooling, in src/ops) shares 31%.
const runLength = 16;
const publishedShare = 0.45;

const keptNames = new Set(
  (
    "await break case catch class continue default delete do else export extends false finally for function if import in instanceof new null of return " +
    "super switch this throw true try typeof void while yield async Math Number Array Object JSON Infinity NaN undefined"
  ).split(" ")
);

/** The code's tokens as a bundler leaves them recognisable (see above). */
function tokens(code: string): string[] {
  const found: string[] = [];
  let previous = "";
  for (const [token] of code.matchAll(
    /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\d[\w.]*|[A-Za-z_$][\w$]*|\S/g
  )) {
    if (token.startsWith("//") || token.startsWith("/*")) continue;
    let kept: string;
    if (/^[A-Za-z_$]/.test(token))
      kept =
        token === "const" || token === "let" || token === "var"
          ? ""
          : previous === "." || keptNames.has(token)
            ? token
            : "$";
    else if (/^["'`]/.test(token)) kept = JSON.stringify(token.slice(1, -1));
    else if (token === ";" || token === ",") kept = "|";
    else kept = token === "{" || token === "}" ? "" : token;
    if (kept) found.push(kept);
    previous = token;
  }
  return found;
}

function runs(code: string): Set<string> {
  const list = tokens(code);
  const found = new Set<string>();
  for (let i = 0; i + runLength <= list.length; ++i) found.add(list.slice(i, i + runLength).join(" "));
  return found;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const solutionIds = readdirSync(join(projectRoot, "solutions"))
  .filter((name) => name.endsWith(".ts"))
  .map((name) => name.replace(/\.ts$/, ""));

/** The runs of a solution that its starter code does not have. */
function fingerprint(id: string): string[] {
  const starterRuns = new Set(
    exercises.flatMap((exercise) =>
      exercise.id === id ? Object.values(exercise.starter).flatMap((starter) => [...runs(starter)]) : []
    )
  );
  const code = transformSync(readFileSync(join(projectRoot, "solutions", `${id}.ts`), "utf8"), {
    loader: "ts",
    format: "esm"
  }).code;
  return [...runs(code)].filter((run) => !starterRuns.has(run));
}

let published: Array<{file: string; runs: Set<string>}>;

beforeAll(async () => {
  await sharedSiteUrl(); // the site is built (once, for the run) by test/e2e/globalSetup.ts
  const dist = join(projectRoot, "dist");
  published = filesUnder(dist)
    .filter((file) => !/\.(bin|wasm|png|jpe?g|gif|woff2?|ttf|ico)$/.test(file))
    .map((file) => ({file: relative(dist, file), runs: runs(readFileSync(file, "utf8"))}));
});

/** The published files that hold at least `publishedShare` of the solution's fingerprint, with their share. */
function filesHolding(id: string): string[] {
  const own = fingerprint(id);
  return published
    .map(({file, runs: theirs}) => ({file, share: own.filter((run) => theirs.has(run)).length / own.length}))
    .filter(({share}) => share >= publishedShare)
    .map(({file, share}) => `${file} (${Math.round(share * 100)}%)`);
}

describe("the published site (dist/)", () => {
  it("is compared with every exercise's reference solution", () => {
    expect(solutionIds.sort()).toEqual(exercises.map((exercise) => exercise.id).sort());
    for (const id of solutionIds) expect(fingerprint(id).length, id).toBeGreaterThan(40);
  });

  it("recognises a solution however a bundler prints it: as is, or minified", () => {
    for (const id of solutionIds) {
      const code = transformSync(readFileSync(join(projectRoot, "solutions", `${id}.ts`), "utf8"), {
        loader: "ts",
        format: "esm"
      }).code;
      const own = fingerprint(id);
      for (const printed of [code, transformSync(code, {minify: true, format: "esm"}).code]) {
        const theirs = runs(printed);
        expect(own.filter((run) => theirs.has(run)).length / own.length, id).toBeGreaterThanOrEqual(publishedShare);
      }
    }
  });

  for (const id of solutionIds) {
    it(`holds no code of the ${id} reference solution`, () => {
      expect(filesHolding(id)).toEqual([]);
    });
  }
});
