import {cp, mkdir, mkdtemp, rm} from "node:fs/promises";
import {availableParallelism, tmpdir} from "node:os";
import {join} from "node:path";
import {readFileSync} from "node:fs";
import {execFileSync} from "node:child_process";
import {setupNodeTf} from "../src/backends/node.js";
import {exercises} from "../src/exercises/index.js";
import {gradeBatch} from "../src/grader/batch.js";
import {exerciseCases, gradeSubmission} from "../src/grader/gradeSubmission.js";
import {defaultLimits, runInSandbox, SandboxSession} from "../src/run/nodeRunner.js";
import {sandboxIsolation} from "../src/run/sandboxIsolation.js";
import {projectRoot} from "../test/e2e/site.js";
import {medianMs, printTable} from "./measure.js";

const solutions = join(projectRoot, "solutions");
const fixtures = join(projectRoot, "test", "fixtures", "submissions");
const emptyRun = {
  exerciseId: "max-pooling",
  fileName: "max-pooling.ts",
  source: "export function maxPooling() { return [[1]]; }",
  cases: []
};

/** Runs `fn` with the sandbox's start-up snapshot on or off. */
async function withSnapshot<T>(on: boolean, fn: () => Promise<T>): Promise<T> {
  const before = process.env.CONVLAB_SANDBOX_SNAPSHOT;
  process.env.CONVLAB_SANDBOX_SNAPSHOT = on ? "1" : "0";
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.CONVLAB_SANDBOX_SNAPSHOT;
    else process.env.CONVLAB_SANDBOX_SNAPSHOT = before;
  }
}

/**
 * A class of `count` submissions made from the reference solutions and the fixtures, in the mix a
 * real class hands in: mostly complete work, some of it wrong, some only lesson 1, a few that do not
 * even parse. (No infinite loops: each costs the time limit, 30 s, and says nothing about throughput.)
 */
async function makeClass(count: number): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "convlab-bench-class-"));
  for (let i = 0; i < count; ++i) {
    const folder = join(root, `student-${String(i).padStart(3, "0")}`);
    await mkdir(folder);
    const kind = i % 20;
    if (kind < 5) {
      await cp(join(fixtures, "correct"), folder, {recursive: true});
      continue;
    }
    await cp(solutions, folder, {recursive: true});
    if (kind >= 16) await cp(join(fixtures, "wrong"), folder, {recursive: true});
    else if (kind === 15) await cp(join(fixtures, "syntax-error"), folder, {recursive: true});
  }
  return root;
}

/** The grader: one full submission and where its time goes, then a class of submissions graded in parallel. */
export async function benchGrading(): Promise<void> {
  const tf = await setupNodeTf();
  await gradeSubmission(solutions, {seed: 1}); // builds the sandbox bundle and snapshot once
  const isolation = sandboxIsolation();

  const nodeMs = await medianMs(5, () => execFileSync(process.execPath, ["-e", "0"]));
  const snapshotStartMs = await withSnapshot(true, () => medianMs(5, () => runInSandbox(emptyRun)));
  const plainStartMs = await withSnapshot(false, () => medianMs(5, () => runInSandbox(emptyRun)));
  const packageStartMs = await medianMs(5, () =>
    execFileSync(process.execPath, ["-e", 'require("@tensorflow/tfjs")'], {cwd: projectRoot})
  );
  const rows: Array<Record<string, string | number>> = [
    {step: "node -e 0 (bare process start)", "median ms": nodeMs, runs: 5},
    {
      step: `sandbox process: start, load tfjs, run nothing — from the snapshot${isolation.namespaces ? ", in namespaces" : ""}`,
      "median ms": snapshotStartMs,
      runs: 5
    },
    {step: "  the same without the snapshot (loads tfjs from its bundle)", "median ms": plainStartMs, runs: 5},
    {
      step: "  node + require('@tensorflow/tfjs') from node_modules (how each exercise's process started before)",
      "median ms": packageStartMs,
      runs: 5
    }
  ];

  // The trusted side: each exercise's checks for a new seed (hidden ones run the reference solutions).
  const seed = 12345;
  const casesOf = exerciseCases(tf, {hidden: true, seed});
  const caseMs = new Map<string, number>();
  for (const exercise of exercises) {
    const start = performance.now();
    await casesOf(exercise);
    caseMs.set(exercise.id, performance.now() - start);
  }
  // The sandbox side: each exercise's checks run in one session, as a submission's are.
  const session = new SandboxSession(defaultLimits);
  session.warmUp();
  const runMs = new Map<string, number>();
  for (const exercise of exercises) {
    const checks = await casesOf(exercise);
    const source = readFileSync(join(solutions, `${exercise.id}.ts`), "utf8");
    const start = performance.now();
    await session.run(
      {exerciseId: exercise.id, fileName: `${exercise.id}.ts`, source, cases: checks.map(({id, args}) => ({id, args}))},
      120
    );
    runMs.set(exercise.id, performance.now() - start);
  }
  session.close();
  for (const exercise of exercises) {
    rows.push({
      step: `  ${exercise.id}: checks built (trusted side) / run in the sandbox`,
      "median ms": `${Math.round(caseMs.get(exercise.id)!)} / ${Math.round(runMs.get(exercise.id)!)}`,
      runs: 1
    });
  }

  const coldMs = await medianMs(3, () => gradeSubmission(solutions, {seed: Math.floor(Math.random() * 2 ** 31)}));
  const warmMs = await medianMs(3, () => gradeSubmission(solutions, {seed}));
  // As the grader worked before: one process per exercise, each loading tfjs, checks built every time.
  const beforeMs = await withSnapshot(false, () =>
    medianMs(1, async () => {
      const fresh = exerciseCases(tf, {hidden: true, seed: seed + 1});
      for (const exercise of exercises) {
        const checks = await fresh(exercise);
        const source = readFileSync(join(solutions, `${exercise.id}.ts`), "utf8");
        await runInSandbox(
          {
            exerciseId: exercise.id,
            fileName: `${exercise.id}.ts`,
            source,
            cases: checks.map(({id, args}) => ({id, args}))
          },
          {...defaultLimits, seconds: 120}
        );
      }
    })
  );
  const cliMs = await medianMs(1, () =>
    execFileSync(process.execPath, [join(projectRoot, "bin", "convlab.js"), "grade", solutions, "--json"], {
      cwd: projectRoot
    })
  );
  rows.push(
    {step: "one full submission (solutions/, 6 exercises): gradeSubmission, new seed", "median ms": coldMs, runs: 3},
    {step: "  the same with its checks already built (as in a batch)", "median ms": warmMs, runs: 3},
    {
      step: "  a process per exercise, tfjs loaded from the bundle each time, checks built anew (the old design)",
      "median ms": beforeMs,
      runs: 1
    },
    {step: "npx convlab grade solutions --json (whole CLI, one submission)", "median ms": cliMs, runs: 1}
  );
  printTable("Grading: one full submission, and where its time goes", rows);

  const count = Number(process.env.BENCH_BATCH_SIZE ?? 100);
  const workers = availableParallelism();
  const classFolder = await makeClass(count);
  try {
    const result = await gradeBatch(classFolder, {out: `${classFolder}-grades`, lang: "en", seed: 777, workers});
    const graded = result.students.filter((student) => student.report).length;
    const errors = [...new Set(result.students.flatMap((student) => (student.error ? [student.error] : [])))];
    if (errors.length) console.log(`errors: ${errors.join("; ")}`);
    printTable(
      `Grading a class: ${count} submissions (mostly complete, some wrong or lesson 1 only), ${workers} workers`,
      [
        {figure: "wall time, s", value: result.seconds},
        {figure: "seconds per submission (wall / count)", value: result.seconds / count},
        {figure: "submissions per minute", value: (60 * count) / result.seconds},
        {
          figure: "mean time one submission took, s",
          value: result.students.reduce((sum, student) => sum + student.seconds, 0) / count
        },
        {figure: "graded without error", value: `${graded}/${count}`}
      ]
    );
  } finally {
    await rm(classFolder, {recursive: true, force: true});
    await rm(`${classFolder}-grades`, {recursive: true, force: true});
  }
}
