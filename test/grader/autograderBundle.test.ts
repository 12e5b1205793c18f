import {execFile} from "node:child_process";
import {cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile, chmod} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readVariantConfig, studentVariant} from "../../src/grader/variant.js";
import {exercises} from "../../src/exercises/index.js";
import {autograderBundle} from "../../src/grader/autograderBundle.js";
import {readZip, type ZipFile} from "../../src/grader/zipArchive.js";
import {fixtureExerciseIds, fixtureFolder} from "./fixtures.js";
import {expectGradescopeResults} from "./resultsSchema.js";

// The bundle is unpacked where Gradescope would put it (<root>/source) and its run_autograder is run by
// hand, with AUTOGRADER_ROOT pointing at a temporary folder: one real grading, in a process of its own.
const courseRoot = fileURLToPath(new URL("../../", import.meta.url));
const roomy = {archiveBytes: 2 ** 28, entries: 20_000, entryBytes: 2 ** 26, totalBytes: 2 ** 29};

let root: string;
let files: ZipFile[];
const file = (path: string) => files.find((entry) => entry.path === path);

beforeAll(async () => {
  files = readZip(await autograderBundle({lang: "en"}), roomy);
  root = await mkdtemp(join(tmpdir(), "convlab-autograder-test-"));
  for (const entry of files) {
    const target = join(root, "source", ...entry.path.split("/"));
    await mkdir(dirname(target), {recursive: true});
    await writeFile(target, entry.data);
    if (entry.mode) await chmod(target, entry.mode);
  }
  // What setup.sh's `npm ci` would install.
  await symlink(join(courseRoot, "node_modules"), join(root, "source", "node_modules"));
});

afterAll(() => rm(root, {recursive: true, force: true}));

async function runAutograder(): Promise<unknown> {
  await rm(join(root, "results"), {recursive: true, force: true});
  await promisify(execFile)(join(root, "source", "run_autograder"), [], {
    env: {...process.env, AUTOGRADER_ROOT: root},
    cwd: tmpdir()
  });
  return JSON.parse(await readFile(join(root, "results", "results.json"), "utf8"));
}

describe("autograderBundle({lang})", () => {
  it("puts setup.sh and run_autograder at the top, executable, in Gradescope's layout", () => {
    expect(file("setup.sh")?.mode).toBe(0o755);
    expect(file("run_autograder")?.mode).toBe(0o755);
    const run = Buffer.from(file("run_autograder")!.data).toString();
    expect(run).toContain('root="${AUTOGRADER_ROOT:-/autograder}"');
    expect(run).toContain('args=(grade "$root/submission" --json');
    expect(run).toContain('args+=(--student "$student")');
    expect(run).toContain('"$root/results/results.json"');
    const setup = Buffer.from(file("setup.sh")!.data).toString();
    expect(setup).toContain("npm ci --omit=dev");
    expect(setup).toContain("node bin/convlab.js sandbox-info");
  });

  it("holds the grader, its bundled sandbox, the expected outputs and the reference solutions, and not the lessons or tests", () => {
    for (const path of [
      "bin/convlab.js",
      "src/grader/cli.ts",
      ".convlab/sandbox.cjs",
      ".convlab/sandbox.json",
      "package-lock.json",
      ...exercises.flatMap((exercise) => [`solutions/${exercise.id}.ts`, `data/expected/${exercise.id}.json`])
    ]) {
      expect(file(path), path).toBeDefined();
    }
    expect(files.some((entry) => /^(lessons|test|node_modules|dist)\//.test(entry.path))).toBe(false);
  });

  it("keeps this machine's paths out of the bundled sandbox", () => {
    expect(Buffer.from(file(".convlab/sandbox.cjs")!.data).toString()).not.toContain(courseRoot);
  });
});

describe("run_autograder, run by hand", () => {
  it("grades <root>/submission and writes a valid results.json, with the bundled sandbox used as it came", async () => {
    await cp(fixtureFolder("correct"), join(root, "submission"), {recursive: true});
    const users = [{email: "anna@example.edu", id: "1", name: "Anna"}];
    await writeFile(join(root, "submission_metadata.json"), JSON.stringify({id: 7, users}));
    const results = (await runAutograder()) as {score: number; output: string};
    // The student's variant of the hidden checks comes from Gradescope's metadata, and the output names it.
    const variant = studentVariant("anna@example.edu", readVariantConfig());
    expect(results.output).toMatch(
      new RegExp(`^${results.score}/\\d+ \\(variant ${variant.number} of ${variant.of}\\)$`)
    );
    const tests = expectGradescopeResults(
      results,
      exercises.map((exercise) => exercise.id)
    );
    const graded = tests.filter((test) => fixtureExerciseIds.some((id) => test.name.startsWith(`${id}: `)));
    expect(graded.length).toBeGreaterThan(40);
    expect(graded.every((test) => test.status === "passed")).toBe(true);
    expect(results.score).toBe(graded.length);
    expect(tests.some((test) => /: hidden check \d+$/.test(test.name))).toBe(true);
    // Not rebuilt: the unpacked course's sources match the bundle's manifest, so esbuild was not needed.
    expect(
      Buffer.compare(
        await readFile(join(root, "source", ".convlab", "sandbox.cjs")),
        file(".convlab/sandbox.cjs")!.data
      )
    ).toBe(0);
  });

  it("still writes a results.json, with a message, when the grader cannot run", async () => {
    await rm(join(root, "submission"), {recursive: true, force: true});
    const results = (await runAutograder()) as {score: number; output: string; tests: unknown[]};
    expect(results).toMatchObject({score: 0, tests: []});
    expect(results.output).toMatch(/could not grade this submission/);
  });
});
