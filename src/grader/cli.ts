import {writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {parseLang, type Lang} from "../i18n/index.js";
import {sandboxProgram} from "../run/sandboxBundle.js";
import {sandboxIsolation} from "../run/sandboxIsolation.js";
import {defaultLimits} from "../run/nodeRunner.js";
import {autograderBundle} from "./autograderBundle.js";
import {gradeBatch} from "./batch.js";
import {batchSummary, isolationWarnings} from "./batchSummary.js";
import {gradescopeResults} from "./gradescope.js";
import {gradeSubmission} from "./gradeSubmission.js";
import {lmsExports} from "./lmsExports.js";
import {prairieLearnResults} from "./prairielearn.js";
import {readRoster, RosterError, type Roster} from "./roster.js";
import {ConfigError, readVariantConfig, studentOfPath, studentVariant} from "./variant.js";
import {escapeControl as safe} from "./safeText.js";
import {openSubmission} from "./submissionSource.js";
import {textReport} from "./textReport.js";
import {ZipError} from "./zipArchive.js";
import {referenceOutputStore, referenceStoreDir} from "./referenceStore.js";
import {setReferenceOutputStore} from "../exercises/shared/referenceCases.js";
import {courseRoot} from "../core/courseRoot.js";
import {CsvError} from "./csvParse.js";
import {exercises} from "../exercises/index.js";

const usage = {
  ru: `Использование:
  convlab grade <решение> [--json | --prairielearn] [--student имя] [--lang ru|en] [--seed N] [--no-hidden]
  convlab grade --batch <папка группы> [--out <папка>] [--workers N] [--roster <файл.csv>] [--lang ru|en] [--seed N] [--no-hidden]
  convlab autograder-bundle [--out <файл.zip>] [--lang ru|en]
  convlab sandbox-info

  <решение>          папка с файлами <exercise-id>.ts или zip-архив («Экспорт моей работы»)
  --json             вывести результат в формате results.json (Gradescope)
  --prairielearn     вывести результат в формате results.json внешнего проверщика PrairieLearn
  --lang             язык сообщений (по умолчанию — из LANG)
  --seed             зерно скрытых проверок (по умолчанию — вариант студента: из зерна курса и имени)
  --student          имя студента, выбирающее вариант скрытых проверок (по умолчанию — имя папки или архива)
  --no-hidden        только открытые проверки, как в браузере
  --batch            проверить все решения группы: по подпапке или zip-архиву на студента;
                     отчёты, gradebook.csv и summary.txt — в --out (по умолчанию <папка группы>-grades)
  --workers          сколько решений проверять одновременно (по умолчанию — по числу ядер)
  --roster           список группы (CSV: submission и данные студента в LMS): записать ещё canvas.csv и moodle.csv
  autograder-bundle  собрать zip для Gradescope (setup.sh, run_autograder); --out по умолчанию autograder.zip
  sandbox-info       подготовить песочницу и сказать, какую изоляцию даёт эта машина`,
  en: `Usage:
  convlab grade <submission> [--json | --prairielearn] [--student name] [--lang ru|en] [--seed N] [--no-hidden]
  convlab grade --batch <class-folder> [--out <folder>] [--workers N] [--roster <file.csv>] [--lang ru|en] [--seed N] [--no-hidden]
  convlab autograder-bundle [--out <file.zip>] [--lang ru|en]
  convlab sandbox-info

  <submission>       a folder of <exercise-id>.ts files, or a zip of them ("Export my work")
  --json             print results in the results.json format (Gradescope)
  --prairielearn     print results in PrairieLearn's external-grader results.json format
  --lang             language of messages (default: from LANG)
  --seed             seed of the hidden checks (default: the student's variant, from the course seed and the name)
  --student          the student's name, which picks the variant of hidden checks (default: the folder's or zip's name)
  --no-hidden        only the visible checks, as in the browser
  --batch            grade a whole class: one subfolder or zip archive per student; reports,
                     gradebook.csv and summary.txt go to --out (default: <class-folder>-grades)
  --workers          submissions graded at once (default: one per core)
  --roster           the class roster (CSV: submission, and the student's LMS identity): also write canvas.csv and moodle.csv
  autograder-bundle  write the zip Gradescope takes (setup.sh, run_autograder); --out defaults to autograder.zip
  sandbox-info       prepare the sandbox and say what isolation this machine gives it`
};

type Output = (text: string) => void;

/**
 * `convlab <command> …`. Returns the exit status: 0 whenever grading ran, whatever the score;
 * 2 for a wrong command line; 1 when the grader itself could not run.
 */
export async function main(
  argv: string[],
  out: Output = (t) => process.stdout.write(t),
  err: Output = (t) => process.stderr.write(t)
): Promise<number> {
  setReferenceOutputStore(referenceOutputStore(referenceStoreDir(courseRoot)));
  let lang: Lang = parseLang(process.env.LC_ALL || process.env.LANG);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: "boolean"},
        prairielearn: {type: "boolean"},
        roster: {type: "string"},
        student: {type: "string"},
        lang: {type: "string"},
        seed: {type: "string"},
        "no-hidden": {type: "boolean"},
        batch: {type: "boolean"},
        out: {type: "string"},
        workers: {type: "string"},
        help: {type: "boolean", short: "h"}
      }
    });
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage[lang]}\n`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.lang !== undefined) {
    if (values.lang !== "ru" && values.lang !== "en") return (err(`--lang: "${values.lang}" (ru, en)\n`), 2);
    lang = values.lang;
  }
  const [command, path, ...extra] = positionals;
  if (values.help || !command) return (out(`${usage[lang]}\n`), values.help ? 0 : 2);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed)) return (err(`--seed: "${values.seed}"\n`), 2);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isSafeInteger(workers) && workers >= 1))
    return (err(`--workers: "${values.workers}"\n`), 2);
  try {
    switch (command) {
      case "grade": {
        if (
          !path ||
          extra.length ||
          ((values.json || values.prairielearn) && values.batch) ||
          (values.json && values.prairielearn)
        )
          break;
        if (values.batch && values.student !== undefined) break;
        if (values.batch) {
          const roster = values.roster === undefined ? undefined : await readRoster(values.roster);
          return await batch(
            path,
            {lang, seed, workers, hidden: !values["no-hidden"], outFolder: values.out, roster},
            out,
            err
          );
        }
        if (values.out !== undefined || workers !== undefined || values.roster !== undefined) break;
        const format = values.json ? "gradescope" : values.prairielearn ? "prairielearn" : "text";
        const student = values.student ?? studentOfPath(resolve(path));
        return await single(path, {lang, seed, student, hidden: !values["no-hidden"], format}, out, err);
      }
      case "autograder-bundle": {
        if (path || values.batch || values.json || seed !== undefined || workers !== undefined) break;
        const file = resolve(values.out ?? "autograder.zip");
        await writeFile(file, await autograderBundle({lang}));
        out(`${file}\n`);
        return 0;
      }
      case "sandbox-info":
        if (path) break;
        return await sandboxInfo(lang, out);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return (err(`${lang === "ru" ? "нет такой папки" : "no such folder"}: ${safe(path ?? "")}\n`), 1);
    // An archive's entry names are the student's: escaped, like every text a student controls.
    if (error instanceof ZipError)
      return (
        err(`${lang === "ru" ? "архив не принят" : "archive refused"}: ${safe(path ?? "")}: ${safe(error.message)}\n`),
        1
      );
    if (error instanceof ConfigError) return (err(`convlab: ${error.message}\n`), 1);
    if (error instanceof RosterError || error instanceof CsvError) {
      return (
        err(
          `${lang === "ru" ? "список группы не принят" : "roster refused"}: ${safe(values.roster ?? "")}: ${safe(error.message)}\n`
        ),
        1
      );
    }
    return (err(`convlab: ${(error as Error).stack ?? error}\n`), 1);
  }
  err(`${usage[lang]}\n`);
  return 2;
}

type ReportFormat = "text" | "gradescope" | "prairielearn";

async function single(
  path: string,
  {
    lang,
    seed,
    student,
    hidden,
    format
  }: {lang: Lang; seed?: number; student: string; hidden: boolean; format: ReportFormat},
  out: Output,
  err: Output
): Promise<number> {
  for (const warning of isolationWarnings(sandboxIsolation(), lang)) err(`${warning}\n`);
  const submission = await openSubmission(path);
  try {
    // Without --seed, the hidden checks are the student's variant: a regrade gives the same score.
    const variant = seed === undefined ? studentVariant(student, readVariantConfig()) : undefined;
    const graded = await gradeSubmission(submission.folder, {seed: variant?.seed ?? seed, hidden});
    const report = {
      ...graded,
      ...(variant ? {variant: {number: variant.number, of: variant.of}} : {}),
      ignoredFiles: submission.ignoredFiles ?? graded.ignoredFiles,
      folder: resolve(path)
    };
    if (format === "text") out(textReport(report, lang, {color: !!process.stdout.isTTY}));
    else
      out(
        JSON.stringify(
          format === "gradescope" ? gradescopeResults(report, lang) : prairieLearnResults(report, lang),
          null,
          2
        ) + "\n"
      );
    return 0;
  } finally {
    await submission.cleanUp();
  }
}

async function batch(
  classFolder: string,
  {
    lang,
    seed,
    workers,
    hidden,
    outFolder,
    roster
  }: {lang: Lang; seed?: number; workers?: number; hidden: boolean; outFolder?: string; roster?: Roster},
  out: Output,
  err: Output
): Promise<number> {
  const result = await gradeBatch(classFolder, {
    out: outFolder ?? `${resolve(classFolder)}-grades`,
    lang,
    seed,
    variants: readVariantConfig(),
    workers,
    hidden,
    progress: {write: (text: string) => err(text), isTTY: process.stderr.isTTY, columns: process.stderr.columns}
  });
  let summary = batchSummary(result, lang, sandboxIsolation());
  if (roster) {
    const columns = exercises.map((exercise) => ({id: exercise.id, title: exercise.title[lang]}));
    const exports = lmsExports(result.students, roster, columns);
    for (const file of exports.files) await writeFile(join(result.out, file.name), file.contents);
    const written = exports.files.map((file) => join(result.out, file.name));
    summary += [...written, ...exports.notes.map((note) => note[lang])].map((line) => `${line}\n`).join("");
  }
  await writeFile(join(result.out, "summary.txt"), summary);
  out(summary);
  return 0;
}

async function sandboxInfo(lang: Lang, out: Output): Promise<number> {
  const program = await sandboxProgram(defaultLimits.memoryMB);
  const isolation = sandboxIsolation();
  const yes = lang === "ru" ? "да" : "yes";
  const no = lang === "ru" ? "нет" : "no";
  const lines =
    lang === "ru"
      ? [
          `песочница: ${program.script}`,
          `снимок запуска: ${program.snapshot ?? "нет (процесс загружает tfjs при каждом запуске)"}`,
          `права Node (--experimental-permission): ${yes}`,
          `пространства имён (сеть, процессы): ${isolation.namespaces ? yes : no}`,
          `ограничения ядра (prlimit): ${isolation.limits ? yes : no}`
        ]
      : [
          `sandbox: ${program.script}`,
          `start-up snapshot: ${program.snapshot ?? "none (each process loads tfjs)"}`,
          `Node's permission model (--experimental-permission): ${yes}`,
          `namespaces (network, processes): ${isolation.namespaces ? yes : no}`,
          `kernel limits (prlimit): ${isolation.limits ? yes : no}`
        ];
  out([...lines, ...isolationWarnings(isolation, lang)].join("\n") + "\n");
  return 0;
}
