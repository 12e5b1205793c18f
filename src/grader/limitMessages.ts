import type {ExerciseReport} from "../check/gradeOutcome.js";
import {both, type Localized} from "../i18n/index.js";
import type {SandboxLimitKind, SandboxLimits} from "../run/nodeRunner.js";

/** Why the sandbox stopped a submission, in words a student can act on. */
export function limitMessage(limit: SandboxLimitKind, limits: SandboxLimits): Localized {
  switch (limit) {
    case "memory":
      return both(
        `проверка прервана: решению не хватило памяти (куча ${limits.memoryMB} МБ, всего вдвое больше) — не создаёт ли код огромные массивы или тензоры?`,
        `the check was interrupted: the submission ran out of memory (a ${limits.memoryMB} MB heap, twice that in all) — does the code build huge arrays or tensors?`
      );
    case "output":
      return both(
        `проверка прервана: решение напечатало больше ${formatBytes(limits.outputBytes, "ru")} — уберите отладочный вывод`,
        `the check was interrupted: the submission printed more than ${formatBytes(limits.outputBytes, "en")} — remove the debugging output`
      );
    case "result-size":
      return both(
        "проверка прервана: результат функции намного больше, чем ожидают проверки, — та ли у него форма и тот ли тип?",
        "the check was interrupted: the function's result is far larger than its checks expect — does it have the right shape and type?"
      );
  }
}

function formatBytes(bytes: number, lang: "ru" | "en"): string {
  if (bytes >= 2 ** 20 && bytes % 2 ** 20 === 0) return `${bytes / 2 ** 20} ${lang === "ru" ? "МБ" : "MB"}`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} ${lang === "ru" ? "КБ" : "KB"}`;
  return `${bytes} ${lang === "ru" ? "байт" : "bytes"}`;
}

/** The report with its problem, and the checks that carried it, told in those words. */
export function withLimitProblem(
  report: ExerciseReport,
  limit: SandboxLimitKind | undefined,
  limits: SandboxLimits
): ExerciseReport {
  if (!limit || !report.problem) return report;
  const problem = limitMessage(limit, limits);
  return {
    ...report,
    problem,
    checks: report.checks.map((check) => (check.message === report.problem ? {...check, message: problem} : check))
  };
}
