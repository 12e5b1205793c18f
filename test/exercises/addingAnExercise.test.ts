import {execFile} from "node:child_process";
import {cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {hangCeilingMs} from "../hangCeiling.js";

const courseRoot = fileURLToPath(new URL("../../", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/exercises/double-it/", import.meta.url));
let copy: string;

/**
 * README's "Adding an exercise", followed in a copy of the course: the fixture exercise's folder into
 * src/exercises/, its documented outputs into data/expected/, its solution into solutions/, and one
 * import and one entry in the registry. Nothing else is touched.
 */
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "convlab-new-exercise-"));
  for (const path of ["src", "solutions", "data", "bin", "package.json", "package-lock.json", "tsconfig.json"]) {
    await cp(join(courseRoot, path), join(copy, path), {recursive: true});
  }
  await symlink(join(courseRoot, "node_modules"), join(copy, "node_modules"));
  const folder = join(copy, "src", "exercises", "double-it");
  await mkdir(folder);
  for (const file of ["spec.ts", "starter.ts", "hints.ts", "index.ts"]) {
    const source = await readFile(join(fixture, file), "utf8");
    await writeFile(join(folder, file), source.replaceAll("../../../../src/", "../../"));
  }
  await cp(join(fixture, "expected.json"), join(copy, "data", "expected", "double-it.json"));
  await cp(join(fixture, "solution.ts"), join(copy, "solutions", "double-it.ts"));
  const registry = join(copy, "src", "exercises", "index.ts");
  const index = await readFile(registry, "utf8");
  // Step 3, as an instructor would type it: one import, and one entry at the end of the list.
  const withImport = index.replace(
    'import type {Exercise} from "./types.js";',
    'import {exercise as doubleIt} from "./double-it/index.js";\nimport type {Exercise} from "./types.js";'
  );
  const registered = withImport.replace(/resnet50(\s*)\];/, "resnet50,$1doubleIt$1];");
  expect(withImport).not.toBe(index);
  expect(registered).not.toBe(withImport);
  await writeFile(registry, registered);
  const submission = join(copy, "submission");
  await mkdir(submission);
  await cp(join(fixture, "solution.ts"), join(submission, "double-it.ts"));
  await writeFile(join(submission, "max-pooling.ts"), "export const nothing = 1;\n");
});

afterAll(async () => {
  if (copy) await rm(copy, {recursive: true, force: true});
});

describe("an exercise added by following README's steps", () => {
  it("is graded by the convlab command, its hidden checks included, beside the course's exercises", async () => {
    const {stdout} = await promisify(execFile)(
      process.execPath,
      [join(copy, "bin", "convlab.js"), "grade", join(copy, "submission"), "--seed", "3"],
      {
        cwd: copy,
        env: {...process.env, CONVLAB_SANDBOX_SNAPSHOT: "0", LANG: "en_US.UTF-8"},
        timeout: hangCeilingMs
      }
    );
    expect(stdout).toContain("✓ double-it — Doubling: 5/5");
    expect(stdout).toMatch(/✓ hidden check 3/);
    // A course exercise beside it is still graded as before.
    expect(stdout).toMatch(/✗ max-pooling — [^\n]*: 0\/\d+\n[^\n]*maxPooling/);
  });
});
