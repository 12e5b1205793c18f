import {strToU8, zipSync} from "fflate";
import {execFile} from "node:child_process";
import {readFileSync} from "node:fs";
import {cp, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {main} from "../../src/grader/cli.js";
import {exercises} from "../../src/exercises/index.js";
import {sandboxIsolation} from "../../src/run/sandboxIsolation.js";
import {fixtureExerciseIds, fixtureFolder} from "./fixtures.js";
import {expectGradescopeResults} from "./resultsSchema.js";

// Five sandboxed runs in all: two for `wrong/`, one for `missing-export/`, two for the real bin on `correct/`.
const exerciseIds = exercises.map((exercise) => exercise.id);
const courseRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The tests of the exercises the fixtures hold; the course's other exercises are missing from them. */
const ofFixtureExercises = <T extends {name: string}>(tests: T[]) => tests.filter((test) => fixtureExerciseIds.some((id) => test.name.startsWith(`${id}: `)));

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const status = await main(
    argv,
    (text) => void (out += text),
    (text) => void (err += text)
  );
  return {status, out, err};
}

describe("convlab grade (main(argv, out, err))", () => {
  it.each([
    ["no command", []],
    ["no folder", ["grade"]],
    ["two folders", ["grade", "a", "b"]],
    ["an unknown command", ["mark", "a"]],
    ["an unknown option", ["grade", "a", "--bogus"]],
    ["a seed that is not a number", ["grade", "a", "--seed", "abc"]],
    ["a seed that is not an integer", ["grade", "a", "--seed", "1.5"]],
    ["a language the course does not speak", ["grade", "a", "--lang", "de"]],
    ["--batch with --json", ["grade", "--batch", "class", "--json"]],
    ["--workers without --batch", ["grade", "a", "--workers", "2"]],
    ["--out without --batch", ["grade", "a", "--out", "grades"]],
    ["no workers at all", ["grade", "--batch", "class", "--workers", "0"]],
    ["a folder for autograder-bundle", ["autograder-bundle", "a"]]
  ])("exits with 2 and explains the usage for %s", async (_, argv) => {
    const {status, out, err} = await cli(...argv);
    expect(status).toBe(2);
    expect(out + err).toMatch(/Usage|Использование|--seed: "|--lang: "|--workers: "/);
  });

  it.each([
    ["en", "Usage:"],
    ["ru", "Использование:"]
  ])("prints the usage in %s for --help and exits with 0", async (lang, heading) => {
    const {status, out} = await cli("--help", "--lang", lang);
    expect(status).toBe(0);
    expect(out).toContain(heading);
    expect(out).toContain("--no-hidden");
  });

  it.each([
    ["en", "no such folder"],
    ["ru", "нет такой папки"]
  ])("exits with 1 for a folder that does not exist (%s)", async (lang, words) => {
    const folder = fixtureFolder("correct") + "-nowhere";
    const {status, out, err} = await cli("grade", folder, "--lang", lang);
    expect(status).toBe(1);
    expect(err).toBe(`${words}: ${folder}\n`);
    expect(out).toBe("");
  });

  it("exits with 1 and says why when the path is a file but not a zip archive", async () => {
    const {status, err} = await cli("grade", fileURLToPath(new URL("../../package.json", import.meta.url)));
    expect(status).toBe(1);
    expect(err).toMatch(/^archive refused: .*package\.json: this is not a zip archive\n$/);
  });

  it("says what isolation the sandbox has here, as the probe found it", async () => {
    const {status, out} = await cli("sandbox-info", "--lang", "en");
    expect(status).toBe(0);
    const isolation = sandboxIsolation();
    expect(out).toContain(`namespaces (network, processes): ${isolation.namespaces ? "yes" : "no"}`);
    expect(out).toContain(`kernel limits (prlimit): ${isolation.limits ? "yes" : "no"}`);
    expect(out).toMatch(/start-up snapshot: .*\.blob\n/);
  });

  it(
    "prints Gradescope's results.json with --json and exits with 0 although checks fail",
    async () => {
      const {status, out, err} = await cli("grade", fixtureFolder("wrong"), "--json", "--seed", "3");
      // Only a warning about the isolation this machine cannot give, if any.
      expect(err).toBe(sandboxIsolation().namespaces && sandboxIsolation().limits ? "" : expect.stringMatching(/^warning: /));
      expect(status).toBe(0);
      const results = JSON.parse(out) as {score: number};
      const tests = expectGradescopeResults(results, exerciseIds);
      expect(tests.some((test) => test.status === "failed")).toBe(true);
      expect(results.score).toBeLessThan(tests.length);
      expect(ofFixtureExercises(tests).filter((test) => /: hidden check \d$/.test(test.name))).toHaveLength(12);
    }
  );

  it(
    "reports in Russian with --lang ru, and only the visible checks with --no-hidden",
    async () => {
      const {status, out} = await cli("grade", fixtureFolder("missing-export"), "--lang", "ru", "--no-hidden", "--seed", "3");
      expect(status).toBe(0);
      expect(out).toContain("conv2d-one-filter.ts не экспортирует функцию conv2dOneFilter; экспортировано: conv2d, kernelFlipped");
      expect(out).toContain("файл max-pooling.ts не найден в решении");
      expect(out).toContain("Итого: 0/");
      expect(out).not.toMatch(/Total|hidden|скрытая проверка/);
    }
  );
});

describe("convlab grade --batch (main(argv, out, err))", () => {
  it(
    "grades a class folder of folders and zip archives, writes gradebook.csv and summary.txt, and prints the summary",
    async () => {
      const root = await mkdtemp(join(tmpdir(), "convlab-cli-batch-"));
      try {
        await cp(fixtureFolder("correct"), join(root, "class", "alice"), {recursive: true});
        const read = (file: string) => strToU8(readFileSync(join(fixtureFolder("wrong"), file), "utf8"));
        await writeFile(join(root, "class", "bob.zip"), zipSync({"conv2d-one-filter.ts": read("conv2d-one-filter.ts"), "max-pooling.ts": read("max-pooling.ts")}));
        const {status, out, err} = await cli("grade", "--batch", join(root, "class"), "--seed", "3", "--workers", "2", "--lang", "en");
        expect(status).toBe(0);
        expect(err.split("\n").filter((line) => line.startsWith("["))).toHaveLength(2);
        expect(out).toContain("submissions: 2 — ok: 2, ");
        expect(out).toContain(`results: ${join(root, "class-grades")}`);
        expect(readFileSync(join(root, "class-grades", "summary.txt"), "utf8")).toBe(out);
        const rows = readFileSync(join(root, "class-grades", "gradebook.csv"), "utf8").trimEnd().split("\r\n");
        expect(rows.map((row) => row.split(",")[0])).toEqual(["\uFEFFstudent", "alice", "bob"]);
      } finally {
        await rm(root, {recursive: true, force: true});
      }
    }
  );
});

describe("bin/convlab.js", () => {
  it(
    "grades a folder from the command line and prints results.json on stdout",
    async () => {
      const {stdout} = await promisify(execFile)(process.execPath, ["bin/convlab.js", "grade", "test/fixtures/submissions/correct", "--json"], {cwd: courseRoot});
      const results = JSON.parse(stdout) as {score: number};
      const tests = expectGradescopeResults(results, exerciseIds);
      const graded = ofFixtureExercises(tests);
      expect(graded.length).toBeGreaterThan(40);
      expect(graded.every((test) => test.status === "passed")).toBe(true);
      expect(results.score).toBe(graded.reduce((sum, test) => sum + test.max_score, 0));
    }
  );
});
