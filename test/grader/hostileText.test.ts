import {execFile, execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {cp, mkdir, mkdtemp, open, readdir, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {exercises} from "../../src/exercises/index.js";
import {exerciseCases} from "../../src/grader/gradeSubmission.js";
import {reportFileStem} from "../../src/grader/safeText.js";
import {parseCsv} from "./csvText.js";
import {fixtureFolder} from "./fixtures.js";

// One batch through the real command (`node bin/convlab.js grade --batch`), on real folders: the
// attacks on the grader's files and texts beside an honest student. Only three students run code
// in a sandbox; the others are refused, or empty folders whose names are the attack.
const courseRoot = fileURLToPath(new URL("../../", import.meta.url));
const seed = 7;
/**
 * A folder name that, printed raw, would forge a progress line, clear the screen and reverse what
 * follows (a name cannot hold "/": a division slash, U+2215, stands in for it).
 */
const forgedName = "forged\n[9\u22159] someone: 76\u221576, ok (0.1 s)\r\x1b[2J\u202eevil";
const forgedEscaped = "forged\\n[9\u22159] someone: 76\u221576, ok (0.1 s)\\r\\x1b[2J\\u202eevil";
const collidingNames = ["john\\smith", "john_smith", "John_Smith"];
const longName = "x".repeat(251);
/** Everything that changes how text is shown, but a line break. */
const unsafeCharacter =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let root: string;
let classFolder: string;
let out: string;
let stdout: string;
let stderr: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "convlab-hostile-text-"));
  classFolder = join(root, "class");
  out = join(root, "grades");
  await mkdir(classFolder);
  await cp(fixtureFolder("correct"), join(classFolder, "honest"), {recursive: true});
  await cp(fixtureFolder("leaks-hidden-inputs"), join(classFolder, "leaks-hidden-inputs"), {recursive: true});
  await cp(fixtureFolder("escape-codes"), join(classFolder, "escape-codes"), {recursive: true});
  // Named pipes where an exercise file and an archive are expected: opening either for reading would wait forever.
  await mkdir(join(classFolder, "fifo-in-folder"));
  execFileSync("mkfifo", [join(classFolder, "fifo-in-folder", "max-pooling.ts"), join(classFolder, "pipe.zip")]);
  // A 1.9 GB archive that costs no disk (sparse): it must be refused from its size, unread.
  const huge = await open(join(classFolder, "huge.zip"), "w");
  await huge.truncate(Math.floor(1.9 * 2 ** 30));
  await huge.close();
  for (const name of [forgedName, ...collidingNames, longName]) await mkdir(join(classFolder, name));
  const run = await promisify(execFile)(
    process.execPath,
    [
      join(courseRoot, "bin", "convlab.js"),
      "grade",
      "--batch",
      classFolder,
      "--out",
      out,
      "--workers",
      "2",
      "--seed",
      String(seed),
      "--lang",
      "en"
    ],
    {
      cwd: courseRoot,
      maxBuffer: 16 * 2 ** 20
    }
  );
  [stdout, stderr] = [run.stdout, run.stderr];
});

afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true});
});

const students = [
  "honest",
  "leaks-hidden-inputs",
  "escape-codes",
  "fifo-in-folder",
  "pipe",
  "huge",
  forgedName,
  ...collidingNames,
  longName
];
const report = async (student: string, extension: "txt" | "json") =>
  readFile(join(out, "reports", `${reportFileStem(student)}.${extension}`), "utf8");
const gradebook = async () => parseCsv(await readFile(join(out, "gradebook.csv"), "utf8"));
const row = async (student: string) => (await gradebook()).find((fields) => fields[0] === student) ?? [];
/** Every text the batch wrote: stdout, stderr, each report, gradebook.csv and summary.txt. */
async function everything(): Promise<Array<[string, string]>> {
  const files = [
    ...(await readdir(join(out, "reports"))).map((name) => join("reports", name)),
    "gradebook.csv",
    "summary.txt"
  ];
  const texts = await Promise.all(
    files.map(async (file): Promise<[string, string]> => [file, await readFile(join(out, file), "utf8")])
  );
  return [["stdout", stdout], ["stderr", stderr], ...texts];
}

describe("a batch with named pipes, a huge archive and hostile names", () => {
  it("grades every student, the honest one in full, and refuses the pipes and the huge archive promptly, each with its reason", async () => {
    const names = (await gradebook()).slice(1).map((fields) => fields[0]);
    expect(names).toHaveLength(students.length);
    const honest = JSON.parse(await report("honest", "json")) as {tests: Array<{name: string; status: string}>};
    const ownTests = honest.tests.filter((test) => /^(conv2d-one-filter|max-pooling): /.test(test.name));
    expect(ownTests.length).toBeGreaterThan(4);
    expect(ownTests.every((test) => test.status === "passed")).toBe(true);
    expect(await report("fifo-in-folder", "txt")).toMatch(
      /max-pooling\.ts could not be loaded: it is not a regular file/
    );
    expect((await row("pipe")).at(-1)).toBe(
      "error: the archive is not a regular file (a named pipe, a socket or a device)"
    );
    expect((await row("huge")).at(-1)).toBe(`error: the archive is larger than ${20 * 2 ** 20} bytes`);
  });
});

describe("no text from a submission in a hidden check's report", () => {
  it("shows neither the hidden inputs a submission threw, kept for the next exercise or tried to forge as a crash, anywhere", async () => {
    const tf = await setupNodeTf();
    const conv = exercises.find((exercise) => exercise.id === "conv2d-one-filter")!;
    const cases = await exerciseCases(tf, {hidden: true, seed})(conv);
    const visibleText = JSON.stringify(cases.filter((check) => !check.hidden).map((check) => check.args));
    const secrets = cases.filter((check) => check.hidden).map((check) => JSON.stringify(check.args[0]));
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(secret.length > 12 && !visibleText.includes(secret)).toBe(true);
    for (const [file, text] of await everything()) {
      for (const secret of secrets) expect(text.includes(secret), `${file} holds a hidden input`).toBe(false);
    }
    // The thrown inputs are shown for the visible checks only, once each.
    const json = await report("leaks-hidden-inputs", "json");
    expect(json.match(/SECRET:/g)).toHaveLength(cases.filter((check) => !check.hidden).length);
  });

  it("says what became of the hidden runs in the grader's own words, and lets nothing one run kept reach the next", async () => {
    const text = await report("leaks-hidden-inputs", "txt");
    expect(text).toMatch(/the function threw on a hidden check/);
    // The inputs conv2d kept (a global, tfjs, the environment) and forged onto the channel never reach
    // max-pooling's run, in a process and a context of its own: it loads, and passes every check.
    const json = JSON.parse(await report("leaks-hidden-inputs", "json")) as {
      tests: Array<{name: string; status: string}>;
    };
    const pooling = json.tests.filter((test) => /^max-pooling: /.test(test.name));
    expect(pooling.length).toBeGreaterThan(4);
    expect(pooling.every((test) => test.status === "passed")).toBe(true);
  });
});

describe("text written safely", () => {
  it("escapes control characters and bidirectional overrides in every report, progress line, summary and the CSV", async () => {
    for (const [file, text] of await everything()) {
      const lines = file === "gradebook.csv" ? text.split("\r\n") : text.split("\n");
      for (const line of lines) expect(unsafeCharacter.test(line), `${file}: ${JSON.stringify(line)}`).toBe(false);
    }
    const escapes = await report("escape-codes", "txt");
    // The file throws on its line 6, which the report names before the (escaped) message.
    expect(escapes).toMatch(/could not be loaded \(an error at line 6(, column \d+)?\): Error: /);
    expect(escapes).toContain("Error: \\x1b[2J\\x1b[H\\x1b[32m✓ conv2d-one-filter: 6/6\\x1b[0m\\r\\nTotal: 76/76");
    expect(escapes).toContain("\\u202e");
    expect(
      escapes
        .trimEnd()
        .split("\n")
        .filter((line) => line.startsWith("Total: "))
    ).toHaveLength(1);
  });

  it("writes one progress line per student, a forged name on its own line, escaped", () => {
    const progress = stderr.split("\n").filter((line) => line.startsWith("["));
    expect(progress).toHaveLength(students.length);
    expect(progress.every((line) => /^\[\d+\/\d+\] .+ \(\d+\.\d s\)$/.test(line))).toBe(true);
    expect(stderr).toContain(`] ${forgedEscaped}: 0/`);
    expect(stderr).not.toMatch(/^\[9\u22159\] someone/m);
  });

  it("keeps the forged name one escaped field of the CSV", async () => {
    expect((await gradebook()).map((fields) => fields[0])).toContain(forgedEscaped);
  });

  it("writes a report of its own for each of john\\smith, john_smith and John_Smith, distinct even on a case-insensitive file system", async () => {
    const stems = collidingNames.map(reportFileStem);
    expect(new Set(stems.map((stem) => stem.toLowerCase())).size).toBe(3);
    for (const name of collidingNames) {
      expect((await report(name, "txt")).split("\n")[0]).toBe(`Submission: ${join(classFolder, name)}`);
      expect(existsSync(join(out, "reports", `${reportFileStem(name)}.json`))).toBe(true);
    }
    const files = await readdir(join(out, "reports"));
    expect(new Set(files.map((file) => file.toLowerCase())).size).toBe(files.length);
    expect(new Set(files.map((file) => file.replace(/\.(txt|json)$/, ""))).size).toBe(students.length);
  });

  it("writes both reports of a student with a 251-character name", async () => {
    expect(reportFileStem(longName).length).toBeLessThan(200);
    expect((await report(longName, "txt")).split("\n")[0]).toBe(`Submission: ${join(classFolder, longName)}`);
    expect(JSON.parse(await report(longName, "json"))).toHaveProperty("score", 0);
  });
});
