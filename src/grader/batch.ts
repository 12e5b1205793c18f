import {availableParallelism} from "node:os";
import {lstat, mkdir, readdir, rename, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {setupNodeTf} from "../backends/node.js";
import {exercises} from "../exercises/index.js";
import type {Lang} from "../i18n/index.js";
import {defaultLimits, type SandboxLimits} from "../run/nodeRunner.js";
import {gradebookCsv, type GradebookEntry} from "./gradebook.js";
import {gradescopeResults} from "./gradescope.js";
import {exerciseCases, gradeSubmission} from "./gradeSubmission.js";
import {createProgress, type Progress} from "./progress.js";
import {escapeControl, reportFileStem} from "./safeText.js";
import {studentStatus} from "./studentStatus.js";
import {openSubmission} from "./submissionSource.js";
import {textReport} from "./textReport.js";
import {readVariantConfig, studentVariant, type VariantConfig} from "./variant.js";

/** One student's submission in a class folder: a folder, or a zip archive. */
export interface StudentSubmission {
  student: string;
  path: string;
}

export interface BatchOptions {
  /** Folder for the reports, gradebook.csv and summary.txt. */
  out: string;
  lang: Lang;
  /** Submissions graded at once (one sandbox process each); by default one per core. */
  workers?: number;
  /** One seed for the whole class (`--seed`); otherwise each student's variant gives theirs. */
  seed?: number;
  /** The course seed and number of variants that students' hidden checks come from (default: convlab.config.json's). */
  variants?: VariantConfig;
  hidden?: boolean;
  limits?: SandboxLimits;
  /** Where progress goes (stderr); nothing when absent. */
  progress?: {write(text: string): unknown; isTTY?: boolean; columns?: number};
}

export interface StudentResult extends GradebookEntry {
  path: string;
  seconds: number;
}

export interface BatchResult {
  classFolder: string;
  out: string;
  /** The seed everyone was graded with, when `--seed` gave one; otherwise `variants` says where seeds came from. */
  seed?: number;
  variants: VariantConfig;
  workers: number;
  students: StudentResult[];
  seconds: number;
}

/**
 * The submissions in a class folder, one per student: each subfolder, and each `.zip` archive (the
 * student is its name without `.zip`). Hidden entries, symbolic links and the output folder are left out.
 * A `.zip` that is not a regular file (a named pipe, a device) is listed, to be refused with a reason.
 */
export async function listSubmissions(
  classFolder: string,
  {exclude}: {exclude?: string} = {}
): Promise<StudentSubmission[]> {
  const root = resolve(classFolder);
  const submissions: StudentSubmission[] = [];
  const names = new Set<string>();
  for (const name of (await readdir(root)).sort()) {
    const path = join(root, name);
    if (name.startsWith(".") || name === "__MACOSX" || path === exclude) continue;
    const info = await lstat(path);
    const zip = !info.isDirectory() && !info.isSymbolicLink() && name.toLowerCase().endsWith(".zip");
    if (!info.isDirectory() && !zip) continue;
    const student = zip && !names.has(name.slice(0, -4)) ? name.slice(0, -4) : name;
    names.add(student);
    submissions.push({student, path});
  }
  return submissions;
}

/**
 * Grades every submission of a class folder, `workers` at a time: each student with the hidden
 * checks of their variant (each variant's checks built once), or everyone with one `seed`. Each
 * student's report (`reports/<stem>.txt` and `.json`, the latter in results.json's format; the stem
 * is the student's name made safe and unique, see reportFileStem) is written as soon as it is done,
 * and gradebook.csv is rewritten after each, so nothing already graded is lost whatever happens
 * next. One submission that hangs, crashes or
 * is refused only fills its own line.
 */
export async function gradeBatch(classFolder: string, options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const out = resolve(options.out);
  const {seed, variants = readVariantConfig(), lang, hidden = true, limits = defaultLimits} = options;
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const submissions = await listSubmissions(classFolder, {exclude: out});
  await mkdir(join(out, "reports"), {recursive: true});
  const tf = await setupNodeTf();
  const progress: Progress | undefined = options.progress && createProgress(submissions.length, options.progress, lang);
  const results: StudentResult[] = [];
  let writing = Promise.resolve();
  const queue = [...submissions];

  const gradeOne = async ({student, path}: StudentSubmission): Promise<StudentResult> => {
    const begun = performance.now();
    const seconds = () => (performance.now() - begun) / 1000;
    let submission;
    try {
      submission = await openSubmission(path);
      const variant = seed === undefined ? studentVariant(student, variants) : undefined;
      const studentSeed = variant?.seed ?? seed!;
      const cases = exerciseCases(tf, {hidden, seed: studentSeed});
      const report = await gradeSubmission(submission.folder, {seed: studentSeed, hidden, limits, cases});
      const named = variant ? {variant: {number: variant.number, of: variant.of}} : {};
      const ignoredFiles = submission.ignoredFiles ?? report.ignoredFiles;
      return {student, path, report: {...report, ...named, ignoredFiles, folder: path}, seconds: seconds()};
    } catch (error) {
      return {student, path, error: firstLine(error), seconds: seconds()};
    } finally {
      await submission?.cleanUp().catch(() => undefined);
    }
  };

  const record = async (result: StudentResult) => {
    results.push(result);
    const file = join(out, "reports", reportFileStem(result.student));
    if (result.report) {
      await writeFile(`${file}.txt`, textReport(result.report, lang));
      await writeFile(`${file}.json`, JSON.stringify(gradescopeResults(result.report, lang), null, 2) + "\n");
    } else {
      await writeFile(`${file}.txt`, `${escapeControl(result.path)}\nerror: ${escapeControl(result.error ?? "")}\n`);
    }
    // One writer at a time, each replacing the whole file: the CSV on disk is always complete.
    const csv = gradebookCsv(
      results,
      exercises.map((exercise) => exercise.id)
    );
    writing = writing.then(() => writeReplacing(join(out, "gradebook.csv"), csv));
    await writing;
  };

  await Promise.all(
    Array.from({length: Math.min(workers, queue.length)}, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const result = await gradeOne(next);
        await record(result).catch(
          (error) => (result.error ??= `the report could not be written: ${firstLine(error)}`)
        );
        progress?.finished({
          student: result.student,
          score: result.report && `${result.report.score}/${result.report.maxScore}`,
          status: result.report ? studentStatus(result.report) : `error: ${result.error}`,
          seconds: result.seconds
        });
      }
    })
  );
  progress?.done();
  if (!submissions.length)
    await writeReplacing(
      join(out, "gradebook.csv"),
      gradebookCsv(
        [],
        exercises.map((exercise) => exercise.id)
      )
    );
  results.sort((a, b) => (a.student < b.student ? -1 : a.student > b.student ? 1 : 0));
  return {
    classFolder: resolve(classFolder),
    out,
    seed,
    variants,
    workers,
    students: results,
    seconds: (performance.now() - started) / 1000
  };
}

async function writeReplacing(path: string, contents: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 300);
}
