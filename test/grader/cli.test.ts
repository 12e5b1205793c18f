import {strToU8, zipSync} from "fflate";
import {execFile, execFileSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {cp, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {main} from "../../src/grader/cli.js";
import {referenceStoreDir} from "../../src/grader/referenceStore.js";
import {exercises} from "../../src/exercises/index.js";
import {sandboxIsolation} from "../../src/run/sandboxIsolation.js";
import {readVariantConfig, studentVariant} from "../../src/grader/variant.js";
import {fixtureExerciseIds, fixtureFolder} from "./fixtures.js";
import {expectGradescopeResults} from "./resultsSchema.js";

// Five sandboxed runs in all: two for `wrong/`, one for `missing-export/`, two for the real bin on `correct/`.
const exerciseIds = exercises.map((exercise) => exercise.id);
const courseRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The tests of the exercises the fixtures hold; the course's other exercises are missing from them. */
const ofFixtureExercises = <T extends {name: string}>(tests: T[]) =>
  tests.filter((test) => fixtureExerciseIds.some((id) => test.name.startsWith(`${id}: `)));

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
    ["a folder for autograder-bundle", ["autograder-bundle", "a"]],
    ["--roster without --batch", ["grade", "a", "--roster", "roster.csv"]],
    ["--json with --prairielearn", ["grade", "a", "--json", "--prairielearn"]],
    ["--batch with --prairielearn", ["grade", "--batch", "class", "--prairielearn"]],
    ["--batch with --student", ["grade", "--batch", "class", "--student", "anna"]]
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

  it.each([
    ["en", "roster refused"],
    ["ru", "список группы не принят"]
  ])("exits with 1 before grading anything when the roster cannot be read (%s)", async (lang, words) => {
    const roster = join(tmpdir(), "convlab-no-such-roster.csv");
    const {status, out, err} = await cli(
      "grade",
      "--batch",
      fixtureFolder("correct"),
      "--roster",
      roster,
      "--lang",
      lang
    );
    expect(status).toBe(1);
    expect(err).toBe(`${words}: ${roster}: no such file\n`);
    expect(out).toBe("");
  });

  it("prints PrairieLearn's results.json with --prairielearn: a score in [0, 1] and one test per check", async () => {
    const {status, out} = await cli(
      "grade",
      fixtureFolder("missing-export"),
      "--prairielearn",
      "--no-hidden",
      "--seed",
      "3"
    );
    expect(status).toBe(0);
    const results = JSON.parse(out) as {
      gradable: boolean;
      score: number;
      tests: Array<{name: string; points: number; max_points: number; message: string}>;
    };
    expect(results.gradable).toBe(true);
    expect(results.score).toBe(0);
    expect(results.tests.length).toBeGreaterThan(10);
    expect(results.tests[0]).toEqual({
      name: expect.stringMatching(/^conv2d-one-filter: /),
      points: 0,
      max_points: 1,
      message: "conv2d-one-filter.ts does not export a function conv2dOneFilter; it exports conv2d, kernelFlipped"
    });
  });

  it("grades a folder twice without --seed with the same score: the hidden checks are the student's variant, named in the report", async () => {
    const first = await cli("grade", fixtureFolder("wrong"), "--lang", "en", "--student", "anna");
    const again = await cli("grade", fixtureFolder("wrong"), "--lang", "en", "--student", "anna");
    const other = await cli("grade", fixtureFolder("wrong"), "--lang", "en", "--student", "boris", "--no-hidden");
    const variant = studentVariant("anna", readVariantConfig());
    const total = (out: string) => out.split("\n").find((line) => line.startsWith("Total: "));
    expect(total(first.out)).toBe(total(again.out));
    expect(total(first.out)).toMatch(
      new RegExp(`^Total: \\d+/\\d+  \\(variant ${variant.number} of 16, hidden checks' seed: ${variant.seed}\\)$`)
    );
    expect(total(other.out)).toContain(`variant ${studentVariant("boris", readVariantConfig()).number} of 16`);
    expect(studentVariant("boris", readVariantConfig()).number).not.toBe(variant.number);
  });

  it("keeps the reference solution's outputs on disk (.convlab/references/), and grades the same from them", async () => {
    const folder = await mkdtemp(join(tmpdir(), "convlab-store-"));
    const stored = join(referenceStoreDir(courseRoot), "identity-block");
    try {
      await cp(join(courseRoot, "solutions", "identity-block.ts"), join(folder, "identity-block.ts"));
      await rm(stored, {recursive: true, force: true});
      const first = await cli("grade", folder, "--lang", "en", "--student", "anna");
      // The hidden checks' expected outputs, one entry per call of the reference solution.
      expect(readdirSync(stored).filter((name) => name.endsWith(".json")).length).toBeGreaterThan(0);
      const again = await cli("grade", folder, "--lang", "en", "--student", "anna");
      expect(again.out).toBe(first.out);
      expect(first.out).toMatch(/^✓ identity-block — .*: (\d+)\/\1$/m);
    } finally {
      await rm(folder, {recursive: true, force: true});
    }
  });

  it("escapes what a refused archive's entry names hold, and refuses a named pipe at once", async () => {
    const folder = await mkdtemp(join(tmpdir(), "convlab-cli-refused-"));
    try {
      const archive = join(folder, "work.zip");
      await writeFile(
        archive,
        zipSync({"\x1b[2J\u202eevil.ts": [strToU8("/etc/passwd"), {os: 3, attrs: (0o120777 << 16) >>> 0}]})
      );
      const refused = await cli("grade", archive, "--lang", "en");
      expect([refused.status, refused.err]).toEqual([
        1,
        `archive refused: ${archive}: \\x1b[2J\\u202eevil.ts is a symbolic link\n`
      ]);
      execFileSync("mkfifo", [join(folder, "pipe.zip")]);
      const pipe = await cli("grade", join(folder, "pipe.zip"), "--lang", "en");
      expect(pipe.err).toBe(
        `archive refused: ${join(folder, "pipe.zip")}: the archive is not a regular file (a named pipe, a socket or a device)\n`
      );
    } finally {
      await rm(folder, {recursive: true, force: true});
    }
  });

  it("says what isolation the sandbox has here, as the probe found it", async () => {
    const {status, out} = await cli("sandbox-info", "--lang", "en");
    expect(status).toBe(0);
    const isolation = sandboxIsolation();
    expect(out).toContain(`namespaces (network, processes): ${isolation.namespaces ? "yes" : "no"}`);
    expect(out).toContain(`kernel limits (prlimit): ${isolation.limits ? "yes" : "no"}`);
    expect(out).toMatch(/start-up snapshot: .*\.blob\n/);
  });

  it("prints Gradescope's results.json with --json and exits with 0 although checks fail", async () => {
    const {status, out, err} = await cli("grade", fixtureFolder("wrong"), "--json", "--seed", "3");
    // Only a warning about the isolation this machine cannot give, if any.
    expect(err).toBe(
      sandboxIsolation().namespaces && sandboxIsolation().limits ? "" : expect.stringMatching(/^warning: /)
    );
    expect(status).toBe(0);
    const results = JSON.parse(out) as {score: number};
    const tests = expectGradescopeResults(results, exerciseIds);
    expect(tests.some((test) => test.status === "failed")).toBe(true);
    expect(results.score).toBeLessThan(tests.length);
    expect(ofFixtureExercises(tests).filter((test) => /: hidden check \d$/.test(test.name))).toHaveLength(12);
  });

  it("reports in Russian with --lang ru, and only the visible checks with --no-hidden", async () => {
    const {status, out} = await cli(
      "grade",
      fixtureFolder("missing-export"),
      "--lang",
      "ru",
      "--no-hidden",
      "--seed",
      "3"
    );
    expect(status).toBe(0);
    expect(out).toContain(
      "conv2d-one-filter.ts не экспортирует функцию conv2dOneFilter; экспортировано: conv2d, kernelFlipped"
    );
    expect(out).toContain("файл max-pooling.ts не найден в решении");
    expect(out).toContain("Итого: 0/");
    expect(out).not.toMatch(/Total|hidden|скрытая проверка/);
  });
});

describe("convlab grade --batch (main(argv, out, err))", () => {
  it("grades a class folder of folders and zip archives, writes gradebook.csv, the LMS imports and summary.txt, and prints the summary", async () => {
    const root = await mkdtemp(join(tmpdir(), "convlab-cli-batch-"));
    try {
      await cp(fixtureFolder("correct"), join(root, "class", "alice"), {recursive: true});
      const read = (file: string) => strToU8(readFileSync(join(fixtureFolder("wrong"), file), "utf8"));
      await writeFile(
        join(root, "class", "bob.zip"),
        zipSync({"conv2d-one-filter.ts": read("conv2d-one-filter.ts"), "max-pooling.ts": read("max-pooling.ts")})
      );
      const roster = join(root, "roster.csv");
      await writeFile(
        roster,
        "submission,Student,ID,SIS User ID,Section,username\nalice,Alice A.,101,S101,A,alice\ndora,Dora D.,104,,A,dora\n"
      );
      const {status, out, err} = await cli(
        "grade",
        "--batch",
        join(root, "class"),
        "--seed",
        "3",
        "--workers",
        "2",
        "--lang",
        "en",
        "--roster",
        roster
      );
      expect(status).toBe(0);
      expect(err.split("\n").filter((line) => line.startsWith("["))).toHaveLength(2);
      expect(out).toContain("submissions: 2 — ok: 2, ");
      expect(out).toContain(`results: ${join(root, "class-grades")}`);
      expect(readFileSync(join(root, "class-grades", "summary.txt"), "utf8")).toBe(out);
      const rows = readFileSync(join(root, "class-grades", "gradebook.csv"), "utf8")
        .trimEnd()
        .split("\r\n");
      expect(rows.map((row) => row.split(",")[0])).toEqual(["\uFEFFstudent", "alice", "bob"]);
      // The LMS files carry alice's scores from the gradebook; bob, missing from the roster, is named, not dropped.
      const alice = rows[1].split(",");
      const canvas = readFileSync(join(root, "class-grades", "canvas.csv"), "utf8")
        .trimEnd()
        .split("\r\n");
      expect(canvas[0]).toBe(
        "\uFEFFStudent,ID,SIS User ID,SIS Login ID,Section,Convolution with one filter, by hand (conv2d-one-filter),Max pooling, by hand (max-pooling)".replace(
          /(Convolution with one filter, by hand \(conv2d-one-filter\)|Max pooling, by hand \(max-pooling\))/g,
          '"$1"'
        )
      );
      expect(canvas.slice(2)).toEqual([`Alice A.,101,S101,,A,${alice[1]},${alice[2]}`]);
      expect(Number(alice[1])).toBeGreaterThan(20);
      const moodle = readFileSync(join(root, "class-grades", "moodle.csv"), "utf8")
        .trimEnd()
        .split("\r\n");
      expect(moodle.slice(1)).toEqual([`alice,${alice[1]},${alice[2]}`]);
      expect(out).toContain('not in the roster (graded in gradebook.csv, left out of the LMS files): "bob"');
      expect(out).toContain('in the roster without a submission: "dora"');
      expect(out).toContain(join(root, "class-grades", "canvas.csv"));
    } finally {
      await rm(root, {recursive: true, force: true});
    }
  });
});

describe("bin/convlab.js", () => {
  it("grades a folder from the command line and prints results.json on stdout", async () => {
    const {stdout} = await promisify(execFile)(
      process.execPath,
      ["bin/convlab.js", "grade", "test/fixtures/submissions/correct", "--json"],
      {cwd: courseRoot}
    );
    const results = JSON.parse(stdout) as {score: number};
    const tests = expectGradescopeResults(results, exerciseIds);
    const graded = ofFixtureExercises(tests);
    expect(graded.length).toBeGreaterThan(40);
    expect(graded.every((test) => test.status === "passed")).toBe(true);
    expect(results.score).toBe(graded.reduce((sum, test) => sum + test.max_score, 0));
  });
});
