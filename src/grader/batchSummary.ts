import {escapeControl as safe} from "../check/controlText.js";
import {exercises} from "../exercises/index.js";
import type {Lang} from "../i18n/index.js";
import type {SandboxIsolation} from "../run/sandboxIsolation.js";
import type {BatchResult} from "./batch.js";
import {formatDuration} from "./progress.js";
import {assignedExercises, studentStatus} from "./studentStatus.js";

const words = {
  ru: {
    title: "Проверка группы",
    students: "решений",
    ok: "без проблем",
    problems: "с проблемами (см. столбец status)",
    errors: "не проверены (ошибка)",
    mean: "средний балл",
    median: "медиана",
    exercise: "упражнение",
    average: "в среднем",
    time: "время",
    rate: "в минуту",
    each: "с на решение",
    workers: "параллельно",
    seed: "зерно скрытых проверок",
    variants: "скрытые проверки: вариантов",
    courseSeed: "зерно курса",
    written: "результаты"
  },
  en: {
    title: "Class grading",
    students: "submissions",
    ok: "ok",
    problems: "with problems (see the status column)",
    errors: "not graded (error)",
    mean: "mean score",
    median: "median",
    exercise: "exercise",
    average: "average",
    time: "time",
    rate: "per minute",
    each: "s per submission",
    workers: "in parallel",
    seed: "hidden checks' seed",
    variants: "hidden checks: variants",
    courseSeed: "course seed",
    written: "results"
  }
};

/** What the sandbox does not guarantee on this machine, said where an instructor will read it. */
export function isolationWarnings(isolation: SandboxIsolation, lang: Lang): string[] {
  const warnings: string[] = [];
  if (!isolation.namespaces) {
    warnings.push(
      lang === "ru"
        ? "внимание: здесь нельзя создать сетевое пространство имён (unshare -rnp): сеть и чужие процессы закрыты от решений только внутри Node, это не граница безопасности"
        : "warning: this machine does not allow network namespaces (unshare -rnp): submissions are kept from the network and other processes only inside Node, which is not a security boundary"
    );
  }
  if (!isolation.limits) {
    warnings.push(
      lang === "ru"
        ? "внимание: prlimit недоступен: память и вывод ограничивает только сам проверяющий (наблюдая за процессом), без ограничений ядра"
        : "warning: prlimit is not available: memory and output are capped only by the grader watching the process, without kernel limits"
    );
  }
  return warnings;
}

/** The end-of-batch summary: counts by outcome, scores, per-exercise averages, time and throughput. */
export function batchSummary(result: BatchResult, lang: Lang, isolation: SandboxIsolation): string {
  const w = words[lang];
  const graded = result.students.filter((student) => student.report);
  const assigned = assignedExercises(graded.map((student) => student.report));
  const ok = graded.filter((student) => studentStatus(student.report!, {assigned}) === "ok").length;
  const totals = graded.map((student) => student.report!.score).sort((a, b) => a - b);
  const max = graded[0]?.report!.maxScore ?? 0;
  const mean = totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : 0;
  const median = totals.length ? (totals[(totals.length - 1) >> 1] + totals[totals.length >> 1]) / 2 : 0;
  const count = result.students.length;
  const lines = [
    `${w.title}: ${safe(result.classFolder)}`,
    `${w.students}: ${count} — ${w.ok}: ${ok}, ${w.problems}: ${graded.length - ok}, ${w.errors}: ${count - graded.length}`,
    `${w.mean}: ${mean.toFixed(1)}/${max}, ${w.median}: ${median}/${max}`
  ];
  for (const exercise of exercises) {
    const scores = graded
      .map((student) => student.report!.exercises.find((report) => report.exerciseId === exercise.id))
      .filter((report) => report !== undefined);
    if (!scores.length) continue;
    const average = scores.reduce((sum, report) => sum + report.score, 0) / scores.length;
    lines.push(`  ${exercise.id}: ${w.average} ${average.toFixed(1)}/${scores[0].maxScore}`);
  }
  const each = count ? result.seconds / count : 0;
  lines.push(
    `${w.time}: ${formatDuration(result.seconds)} (${each.toFixed(1)} ${w.each}, ${each ? (60 / each).toFixed(1) : "0"} ${w.rate}; ${result.workers} ${w.workers})`,
    result.seed === undefined
      ? `${w.variants}: ${result.variants.variants}, ${w.courseSeed}: ${result.variants.courseSeed}`
      : `${w.seed}: ${result.seed}`,
    `${w.written}: ${safe(result.out)}`,
    ...isolationWarnings(isolation, lang)
  );
  return lines.join("\n") + "\n";
}
