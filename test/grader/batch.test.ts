import {strToU8, zipSync} from "fflate";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from "node:fs/promises";
import {createServer, type Server} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {ExerciseReport} from "../../src/check/gradeOutcome.js";
import {exercises} from "../../src/exercises/index.js";
import {gradeBatch, listSubmissions, type BatchResult, type StudentResult} from "../../src/grader/batch.js";
import {batchSummary} from "../../src/grader/batchSummary.js";
import {reportFileStem} from "../../src/grader/safeText.js";
import {sandboxIsolation} from "../../src/run/sandboxIsolation.js";
import {parseCsv} from "./csvText.js";
import {fixtureFolder, type FixtureName} from "./fixtures.js";
import {expectGradescopeResults} from "./resultsSchema.js";

// One batch, two workers, for the whole file: the hostile suite and a few ordinary submissions. The
// checks are built once (the hidden ones run the reference solutions); the two timeouts cost 8 s each of the runs' own time
// (the sandbox's clock leaves out the time spent waiting for a CPU: a busy machine makes them longer, never changes a verdict).
// After it, a batch of the submissions stopped by another limit than the clock (memory, output, result size), on a clock
// they cannot reach: see `stoppedByOtherLimits`.
const courseRoot = fileURLToPath(new URL("../../", import.meta.url));
const limits = {seconds: 8, memoryMB: 512, outputBytes: 2 ** 20};
const seed = 21;
/** The port the `network/` fixture tries to reach (fixed in the fixture). */
const networkPort = 47319;

const hostile: FixtureName[] = [
  "infinite-loop",
  "top-level-loop",
  "exits-early",
  "throws-at-import",
  "syntax-error",
  "missing-export",
  "reads-files",
  "network",
  "patches-globals",
  "fake-tensor",
  "hard-coded",
  "forges-results"
];

/**
 * Submissions that a limit other than the clock must stop: a heap bomb, megabytes of printing, a
 * 32 MB result. Each needs seconds of its own time to reach its limit (V8's last garbage collections
 * before it gives up, building and sending the result), more on a busy machine, since the
 * collector's helper threads wait for a CPU too and the sandbox's clock counts only the main thread's
 * wait. Under the clocked batch's 8 s whichever limit came first would decide the verdict; on a clock
 * they cannot reach, only their own limit stops them, and the verdict is the same however busy the machine.
 */
const stoppedByOtherLimits: FixtureName[] = ["memory-bomb", "prints-megabytes", "huge-results"];
const unreachableClock = {...limits, seconds: 600};

let classFolder: string;
let result: BatchResult;
/** The batch of `stoppedByOtherLimits`, graded after the class. */
let stopped: BatchResult;
let progressLines: string[];
let server: Server;
let connections = 0;

/** The class: each fixture under its own name, a few students with awkward names, archives good and bad. */
async function makeClass(root: string): Promise<void> {
  for (const name of [...hostile, "correct", "wrong"] as FixtureName[])
    await cp(fixtureFolder(name), join(root, name), {recursive: true});
  await cp(fixtureFolder("wrong"), join(root, 'Doe, "JJ"'), {recursive: true});
  await cp(fixtureFolder("missing-file"), join(root, "=HYPERLINK(1)"), {recursive: true});
  await mkdir(join(root, "empty"));
  // A submitted file that is a link to the reference solution.
  await mkdir(join(root, "symlinked-file"));
  await cp(join(fixtureFolder("correct"), "max-pooling.ts"), join(root, "symlinked-file", "max-pooling.ts"));
  await symlink(
    join(courseRoot, "solutions", "conv2d-one-filter.ts"),
    join(root, "symlinked-file", "conv2d-one-filter.ts")
  );
  // Archives: the lesson's export, one that climbs out of its folder, one with a link in it.
  const correct = (file: string) => strToU8(readFileSync(join(fixtureFolder("correct"), file), "utf8"));
  await writeFile(
    join(root, "exported.zip"),
    zipSync({"conv2d-one-filter.ts": correct("conv2d-one-filter.ts"), "max-pooling.ts": correct("max-pooling.ts")})
  );
  await writeFile(
    join(root, "zip-slip.zip"),
    zipSync({"max-pooling.ts": correct("max-pooling.ts"), "../../../escaped.ts": strToU8("pwned")})
  );
  await writeFile(
    join(root, "zip-symlink.zip"),
    zipSync({
      "conv2d-one-filter.ts": [
        strToU8(join(courseRoot, "solutions", "conv2d-one-filter.ts")),
        {os: 3, attrs: (0o120777 << 16) >>> 0}
      ]
    })
  );
}

beforeAll(async () => {
  server = createServer((socket) => {
    ++connections;
    socket.end("[[94, 154, 106], [186, 285, 186], [106, 154, 94]]\n");
  });
  // The port is fixed in the fixture: while another run of this file (a colleague's, on a shared machine) holds it, wait for it.
  for (;;) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      server.once("error", resolve).listen(networkPort, "127.0.0.1", () => resolve(undefined));
    });
    if (!error) break;
    if (error.code !== "EADDRINUSE") throw error;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const root = await mkdtemp(join(tmpdir(), "convlab-batch-test-"));
  classFolder = join(root, "class");
  await mkdir(classFolder);
  await makeClass(classFolder);
  const stoppedFolder = join(root, "stopped");
  await mkdir(stoppedFolder);
  for (const name of stoppedByOtherLimits) await cp(fixtureFolder(name), join(stoppedFolder, name), {recursive: true});
  progressLines = [];
  result = await gradeBatch(classFolder, {
    out: join(root, "grades"),
    lang: "en",
    workers: 2,
    seed,
    limits,
    progress: {write: (text: string) => void progressLines.push(text), isTTY: false}
  });
  // After the class, not beside it: the clocked batch meets no more competition for the cores than it always did.
  stopped = await gradeBatch(stoppedFolder, {
    out: join(root, "stopped-grades"),
    lang: "en",
    workers: 2,
    seed,
    limits: unreachableClock
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (classFolder) await rm(join(classFolder, ".."), {recursive: true, force: true});
});

const student = (name: string): StudentResult => {
  const found = [...result.students, ...stopped.students].find((entry) => entry.student === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
};
const exerciseOf = (name: string, id: string): ExerciseReport => {
  const {report, error} = student(name);
  if (!report) throw new Error(`${name} was not graded: ${error}`);
  return report.exercises.find((exercise) => exercise.exerciseId === id)!;
};
const fullMarks = (report: ExerciseReport) => report.status === "graded" && report.score === report.maxScore;

describe("the hostile suite, graded as one batch", () => {
  // [submission, exercise, status, the message of its first visible check]
  it.each([
    ["infinite-loop", "conv2d-one-filter", "timeout", /^time is up: the code ran longer than 8 s/],
    ["top-level-loop", "conv2d-one-filter", "timeout", /^time is up/],
    ["memory-bomb", "conv2d-one-filter", "crashed", /^the check was interrupted: the submission ran out of memory/],
    [
      "memory-bomb",
      "max-pooling",
      "import-error",
      /could not be loaded( \(an error at line \d+(, column \d+)?\))?: RangeError: Array buffer allocation failed/
    ],
    [
      "exits-early",
      "conv2d-one-filter",
      "import-error",
      /could not be loaded( \(an error at line \d+(, column \d+)?\))?: ReferenceError: process is not defined/
    ],
    [
      "exits-early",
      "max-pooling",
      "graded",
      /^the function threw( at line \d+(, column \d+)?)?: ReferenceError: process is not defined/
    ],
    [
      "throws-at-import",
      "conv2d-one-filter",
      "import-error",
      /could not be loaded( \(an error at line \d+(, column \d+)?\))?: RangeError: the kernel size is not a number/
    ],
    ["syntax-error", "conv2d-one-filter", "syntax-error", /^syntax error in conv2d-one-filter\.ts:\d+:\d+/],
    [
      "missing-export",
      "conv2d-one-filter",
      "missing-export",
      /does not export a function conv2dOneFilter; it exports conv2d, kernelFlipped/
    ],
    [
      "reads-files",
      "conv2d-one-filter",
      "graded",
      /passwd \(\/etc\/passwd\): process is not defined; solution \(.+\): process is not defined; sandbox \(.+\): process is not defined; expected \(.+\): process is not defined/
    ],
    [
      "reads-files",
      "max-pooling",
      "graded",
      /require: cannot import "fs".*; shell: process is not defined; binding: process is not defined; write: process is not defined/
    ],
    [
      "network",
      "conv2d-one-filter",
      "graded",
      /fetch: .*; net: process is not defined; stdout socket: process is not defined; dns: process is not defined/
    ],
    ["patches-globals", "conv2d-one-filter", "graded", /values differ/],
    ["patches-globals", "max-pooling", "graded", /not an array of numbers/],
    ["fake-tensor", "conv2d-one-filter", "graded", /^the function returned object, not an array of numbers/],
    ["fake-tensor", "max-pooling", "graded", /ragged|differ/],
    [
      "prints-megabytes",
      "conv2d-one-filter",
      "crashed",
      /^the check was interrupted: the submission printed more than 1 MB/
    ],
    ["symlinked-file", "conv2d-one-filter", "import-error", /it is a symbolic link; submit the file itself/],
    [
      "forges-results",
      "conv2d-one-filter",
      "graded",
      new RegExp(
        "^the function threw( at line \\d+(, column \\d+)?)?: Error: process\\.binding: ReferenceError: process is not defined; process\\.stdout: ReferenceError: process is not defined; " +
          'fs\\.writeSync\\(3\\): Error: cannot import "fs".*; require\\(\'module\'\\): Error: cannot import "module".*; import\\(\'node:fs\'\\): Error: cannot import "node:fs".*; ' +
          "eval: EvalError: Code generation from strings disallowed.*; globalThis\\.constructor\\.constructor: EvalError: .*; tfjs's Function: EvalError: .*; " +
          "tfjs's global: TypeError: .*; prepareStackTrace: TypeError: Cannot assign to read only property 'prepareStackTrace'.*; " +
          "a caller of the harness: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed"
      )
    ],
    [
      "huge-results",
      "conv2d-one-filter",
      "crashed",
      /^the check was interrupted: the function's result is far larger than its checks expect/
    ]
  ] as const)("%s: %s gets no points, status %s, and a message that says why", (name, id, status, message) => {
    const report = exerciseOf(name, id);
    expect(report.status).toMatch(status);
    expect(report.score).toBe(0);
    const firstVisible = report.checks.find((check) => !check.hidden)!;
    expect(firstVisible.message.en).toMatch(message);
  });

  it("lets a hard-coded copy of the document's outputs pass the documented checks and nothing else", () => {
    for (const id of ["conv2d-one-filter", "max-pooling"]) {
      const report = exerciseOf("hard-coded", id);
      expect(report.checks.filter((check) => check.passed).map((check) => check.kind)).toEqual(
        report.checks.filter((check) => check.kind === "documented").map(() => "documented")
      );
    }
  });

  it.each([
    "infinite-loop",
    "top-level-loop",
    "throws-at-import",
    "network",
    "prints-megabytes",
    "forges-results",
    "huge-results"
  ])("gives full marks to the other, correct exercise of %s/", (name) => {
    expect(fullMarks(exerciseOf(name, "max-pooling"))).toBe(true);
  });

  it("never shows a failed hidden check's inputs, whatever the attack: only the exercise's problem or a bare failure", () => {
    const exerciseReports = [...result.students, ...stopped.students].flatMap((entry) => entry.report?.exercises ?? []);
    const hiddenFailures = exerciseReports.flatMap((exercise) =>
      exercise.checks
        .filter((check) => check.hidden && !check.passed)
        .map((check) => ({check, problem: exercise.problem}))
    );
    expect(hiddenFailures.length).toBeGreaterThan(50);
    for (const {check, problem} of hiddenFailures) {
      expect(check.expected).toBeUndefined();
      expect(check.got).toBeUndefined();
      expect(check.hint).toBeUndefined();
      if (check.message.en !== problem?.en)
        expect(check.message.en).toMatch(/^(hidden check failed|the function threw on a hidden check)/);
    }
  });

  it.each([
    ["zip-slip", /^the archive holds a path that leaves its folder: "\.\.\/\.\.\/\.\.\/escaped\.ts"$/],
    ["zip-symlink", /^conv2d-one-filter\.ts is a symbolic link$/]
  ])("refuses the archive %s.zip, unpacking nothing", (name, message) => {
    expect(student(name).report).toBeUndefined();
    expect(student(name).error).toMatch(message);
  });

  it("harms nothing else: no connection reached the grader's machine, no file was written, every student has a result", () => {
    expect(connections).toBe(0);
    expect(existsSync(join(courseRoot, "stolen.txt"))).toBe(false);
    expect(existsSync(join(classFolder, "..", "..", "escaped.ts"))).toBe(false);
    expect(result.students.map((entry) => entry.student).sort()).toEqual(listedStudents().sort());
    expect(stopped.students.map((entry) => entry.student).sort()).toEqual([...stoppedByOtherLimits].sort());
  });
});

function listedStudents(): string[] {
  return readdirSync(classFolder).map((name) => (name.endsWith(".zip") ? name.slice(0, -4) : name));
}

describe("gradeBatch(classFolder, options)", () => {
  const gradebook = (batch = result) => parseCsv(readFileSync(join(batch.out, "gradebook.csv"), "utf8"));
  const exerciseIds = exercises.map((exercise) => exercise.id);

  it("lists one submission per subfolder or zip archive, and nothing else", async () => {
    expect((await listSubmissions(classFolder)).map((entry) => entry.student).sort()).toEqual(listedStudents().sort());
  });

  it("writes gradebook.csv: a record per student, the scores of its reports, and what happened", () => {
    const [header, ...rows] = gradebook();
    expect(header).toEqual(["student", ...exerciseIds, "total", "max", "status"]);
    expect(rows).toHaveLength(result.students.length);
    for (const row of rows) {
      const entry = result.students.find((candidate) => candidate.student === row[0].replace(/^'/, ""))!;
      if (!entry.report) {
        expect(row.slice(1, -1).every((field) => field === "")).toBe(true);
        expect(row.at(-1)).toBe(`error: ${entry.error}`);
        continue;
      }
      expect(row.slice(1, -3).map(Number)).toEqual(
        exerciseIds.map((id) => entry.report!.exercises.find((exercise) => exercise.exerciseId === id)!.score)
      );
      expect(row.slice(-3, -1).map(Number)).toEqual([entry.report.score, entry.report.maxScore]);
    }
  });

  it.each([
    ["correct", /^ok$/],
    ["exported", /^ok$/],
    ["infinite-loop", /^timeout: conv2d-one-filter$/],
    ["prints-megabytes", /^crashed: conv2d-one-filter$/],
    ["missing-export", /^missing-export: conv2d-one-filter; missing: max-pooling$/],
    ["empty", /^missing: conv2d-one-filter, max-pooling$/],
    ["zip-slip", /^error: the archive holds a path/]
  ])(
    "says in the status column what happened to %s (exercises no one handed in are not called missing)",
    (name, status) => {
      const row = [...gradebook(), ...gradebook(stopped)].find((fields) => fields[0] === name)!;
      expect(row.at(-1)).toMatch(status);
    }
  );

  it("keeps names with commas and quotes whole, and defuses a name that is a formula", () => {
    const names = gradebook().map((row) => row[0]);
    expect(names).toContain('Doe, "JJ"');
    expect(names).toContain("'=HYPERLINK(1)");
    expect(names.some((name) => /^[=+\-@]/.test(name))).toBe(false);
  });

  it("gives full marks to the correct folder and to the same work exported as a zip", () => {
    for (const name of ["correct", "exported"]) {
      for (const id of ["conv2d-one-filter", "max-pooling"]) expect(fullMarks(exerciseOf(name, id))).toBe(true);
    }
  });

  it("writes each graded student's results.json, valid against the fields Gradescope reads, and a text report", async () => {
    for (const entry of result.students) {
      const base = join(result.out, "reports", reportFileStem(entry.student));
      expect(existsSync(`${base}.txt`)).toBe(true);
      if (!entry.report) continue;
      const results = JSON.parse(await readFile(`${base}.json`, "utf8")) as {score: number};
      expectGradescopeResults(results, exerciseIds);
      expect(results.score).toBe(entry.report.score);
    }
  });

  it("reports one progress line per finished student when stderr is not a terminal", () => {
    expect(progressLines).toHaveLength(result.students.length);
    expect(progressLines.every((line) => /^\[\d+\/\d+\] .+ \(\d+\.\d s\)\n$/.test(line))).toBe(true);
    expect(progressLines.at(-1)).toMatch(new RegExp(`^\\[${result.students.length}/${result.students.length}\\] `));
  });

  it("sums up counts, the seed, the time per submission and where the results are", () => {
    const summary = batchSummary(result, "en", sandboxIsolation());
    const errors = result.students.filter((entry) => !entry.report).length;
    expect(summary).toContain(`submissions: ${result.students.length} — `);
    expect(summary).toContain(`not graded (error): ${errors}`);
    expect(summary).toContain(`hidden checks' seed: ${seed}`);
    expect(summary).toMatch(/s per submission, [\d.]+ per minute; 2 in parallel/);
    expect(summary).toContain(`results: ${result.out}`);
    expect(summary.includes("warning: this machine does not allow network namespaces")).toBe(
      !sandboxIsolation().namespaces
    );
  });
});
