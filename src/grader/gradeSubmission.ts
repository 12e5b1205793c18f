import {randomInt} from "node:crypto";
import {readdir} from "node:fs/promises";
import {join, resolve} from "node:path";
import {setupNodeTf} from "../backends/node.js";
import {failEveryCheck, type ExerciseReport} from "../check/gradeOutcome.js";
import {messages} from "../check/messages.js";
import {caseSkeleton, exercises, type CaseSkeleton, type CheckCase, type Exercise} from "../exercises/index.js";
import {defaultLimits, SandboxSession, type SandboxLimits, type SandboxOutcome} from "../run/nodeRunner.js";
import {readDocumented} from "./documentedFiles.js";
import {withLimitProblem} from "./limitMessages.js";
import {gradePhases, splitPhases} from "./phases.js";
import {referenceSolution} from "./referenceSolutions.js";
import {openRegular} from "./regularFile.js";
import {resultLimitsFor} from "./resultLimits.js";

export interface SubmissionReport {
  folder: string;
  /** The seed of this run's hidden checks: the same seed regrades the same way. */
  seed: number;
  /** The student's variant of the hidden checks, when the seed came from it rather than from `--seed`. */
  variant?: {number: number; of: number};
  exercises: ExerciseReport[];
  /** Files in the folder that are not exercises of the course. */
  ignoredFiles: string[];
  score: number;
  maxScore: number;
}

/** The checks of an exercise, built on the trusted side (expected outputs included). */
export type CaseSource = ((exercise: Exercise) => Promise<CheckCase[]>) & {
  /**
   * The same checks without their expected outputs, which is all the report of an exercise that did
   * not run needs (a missing file): without it, that report builds the full checks.
   */
  skeleton?: (exercise: Exercise) => Promise<CaseSkeleton[]>;
};

export interface GradeOptions {
  hidden?: boolean;
  seed?: number;
  limits?: SandboxLimits;
  /** Where the checks come from; by default {@link exerciseCases} for this seed. */
  cases?: CaseSource;
}

/** A source file larger than this is not a hand-written exercise; it is refused unread. */
const maxSourceBytes = 1024 * 1024;

type TF = Awaited<ReturnType<typeof setupNodeTf>>;

const caseSets = new Map<string, Map<string, Promise<CheckCase[]>>>();
/** Case sets kept per process: one per variant in a batch (16 by default), so none is built twice. */
const keptCaseSets = 64;

/**
 * The checks of every exercise for one seed, each built once per process (hidden checks run the
 * reference solutions, which takes seconds for the larger models) and shared by every submission
 * graded with that seed.
 */
export function exerciseCases(tf: TF, {hidden, seed}: {hidden: boolean; seed: number}): CaseSource {
  const key = `${seed}:${hidden}`;
  let set = caseSets.get(key);
  if (!set) {
    set = new Map();
    caseSets.set(key, set);
    if (caseSets.size > keptCaseSets) caseSets.delete(caseSets.keys().next().value!);
  }
  const cases = set;
  const options = (exercise: Exercise) => ({hidden, seed, reference: () => referenceSolution(exercise)});
  const source: CaseSource = (exercise) => {
    let built = cases.get(exercise.id);
    if (!built) {
      built = (async () => exercise.cases(tf, await readDocumented(exercise.id), options(exercise)))();
      cases.set(exercise.id, built);
      built.catch(() => cases.delete(exercise.id));
    }
    return built;
  };
  // A missing exercise's report names its checks: the hidden ones of ResNet-50 would otherwise run its reference solution for nothing.
  source.skeleton = async (exercise) =>
    caseSkeleton(exercise.spec, await readDocumented(exercise.id), options(exercise));
  return source;
}

/** What the folder holds for one exercise. */
type ExerciseFile =
  | {kind: "missing"}
  | {kind: "symbolic-link"}
  | {kind: "not-a-file"}
  | {kind: "unreadable"; code: string}
  | {kind: "too-large"}
  | {kind: "source"; source: string};

async function readExerciseFile(path: string): Promise<ExerciseFile> {
  let file;
  try {
    file = await openRegular(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return {kind: "symbolic-link"};
    return code === "ENOENT" ? {kind: "missing"} : {kind: "unreadable", code: String(code ?? "error")};
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) return {kind: "not-a-file"};
    if (info.size > maxSourceBytes) return {kind: "too-large"};
    return {kind: "source", source: await file.readFile("utf8")};
  } finally {
    await file.close();
  }
}

/**
 * Grades every `<exercise-id>.ts` of a submission folder in one sandbox session: the visible checks
 * of every exercise first, then the hidden ones (see phases.ts); exercises without a file are
 * reported as missing.
 */
export async function gradeSubmission(
  folder: string,
  {hidden = true, seed = randomInt(2 ** 31), limits = defaultLimits, cases}: GradeOptions = {}
): Promise<SubmissionReport> {
  const tf = await setupNodeTf();
  const root = resolve(folder);
  const files = (await readdir(root)).sort();
  const casesOf = cases ?? exerciseCases(tf, {hidden, seed});
  const found = await Promise.all(
    exercises.map((exercise) =>
      files.includes(`${exercise.id}.ts`)
        ? readExerciseFile(join(root, `${exercise.id}.ts`))
        : {kind: "missing" as const}
    )
  );
  const present = exercises.filter((_, i) => found[i].kind === "source");
  const sourceOf = (exercise: Exercise) => (found[exercises.indexOf(exercise)] as {source: string}).source;
  const secondsFor = (exercise: Exercise) => Math.max(limits.seconds, exercise.timeLimitSeconds ?? 0);
  const runs = new Map<string, {visible?: SandboxOutcome; hidden?: SandboxOutcome}>(
    present.map((exercise) => [exercise.id, {}])
  );

  /**
   * Whether a run will (most likely) follow this one: with the grader's baseline switch each run has
   * a process of its own, started while the one before runs (otherwise the session keeps its process).
   * Told without waiting for later exercises' checks to be built.
   */
  const anotherRunAfter = (phase: "visible" | "hidden", index: number): boolean =>
    (phase === "visible" && (hidden || index + 1 < present.length)) ||
    present.slice(index + 1).some((exercise) => runs.get(exercise.id)!.visible?.kind === "ran");

  const session = new SandboxSession(limits, 10 + present.reduce((sum, exercise) => sum + 2 * secondsFor(exercise), 0));
  if (present.length) session.warmUp();
  try {
    for (const phase of ["visible", "hidden"] as const) {
      for (const [i, exercise] of present.entries()) {
        const exerciseRuns = runs.get(exercise.id)!;
        if (phase === "hidden" && exerciseRuns.visible && exerciseRuns.visible.kind !== "ran") continue;
        const checks = splitPhases(await casesOf(exercise))[phase];
        // The next exercise's checks are built while this one runs.
        if (present[i + 1]) void casesOf(present[i + 1]).catch(() => undefined);
        if (!checks.length) continue;
        const request = {
          exerciseId: exercise.id,
          fileName: `${exercise.id}.ts`,
          source: sourceOf(exercise),
          cases: checks.map(({id, args}) => ({id, args}))
        };
        exerciseRuns[phase] = await session.run(request, secondsFor(exercise), resultLimitsFor(checks), {
          more: anotherRunAfter(phase, i)
        });
      }
    }
  } finally {
    session.close();
  }

  const reports: ExerciseReport[] = [];
  for (const [i, exercise] of exercises.entries()) {
    const file = found[i];
    reports.push(
      file.kind === "source"
        ? reportOfRuns(exercise, await casesOf(exercise), file.source, runs.get(exercise.id), limits)
        : reportWithoutRun(exercise, await (casesOf.skeleton ?? casesOf)(exercise), file)
    );
  }
  const known = new Set(exercises.map((exercise) => `${exercise.id}.ts`));
  return {
    folder: root,
    seed,
    exercises: reports,
    ignoredFiles: files.filter((file) => !known.has(file)),
    score: reports.reduce((sum, report) => sum + report.score, 0),
    maxScore: reports.reduce((sum, report) => sum + report.maxScore, 0)
  };
}

/** The report of an exercise whose file was not run: every check fails for the file's reason. */
function reportWithoutRun(
  exercise: Exercise,
  cases: CaseSkeleton[],
  file: Exclude<ExerciseFile, {kind: "source"}>
): ExerciseReport {
  const fileName = `${exercise.id}.ts`;
  const importError = (message: string) =>
    failEveryCheck(exercise, cases, "import-error", messages.importError(fileName, message));
  switch (file.kind) {
    case "symbolic-link":
      return importError("it is a symbolic link; submit the file itself");
    case "not-a-file":
      return importError("it is not a regular file (a folder, a named pipe or a device); submit the file itself");
    case "unreadable":
      return importError(`the file could not be read (${file.code})`);
    case "too-large":
      return importError(`the file is larger than ${maxSourceBytes} bytes`);
    case "missing":
      return failEveryCheck(exercise, cases, "missing", messages.missingFile(fileName));
  }
}

function reportOfRuns(
  exercise: Exercise,
  cases: CheckCase[],
  source: string,
  runs: {visible?: SandboxOutcome; hidden?: SandboxOutcome} | undefined,
  limits: SandboxLimits
): ExerciseReport {
  const report = gradePhases(exercise, cases, runs?.visible, runs?.hidden, {fileName: `${exercise.id}.ts`, source});
  const failed = runs?.visible?.kind === "ran" || !runs?.visible ? runs?.hidden : runs.visible;
  return withLimitProblem(report, failed?.limit, limits);
}
