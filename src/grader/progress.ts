import {escapeControl as safe} from "../check/controlText.js";
import type {Lang} from "../i18n/index.js";

/** One finished student, as the progress display reports it. */
export interface FinishedStudent {
  student: string;
  /** `54/76`, or nothing when the submission could not be graded. */
  score?: string;
  status: string;
  seconds: number;
}

export interface Progress {
  finished(student: FinishedStudent): void;
  /** Clears the bar, if one is drawn. */
  done(): void;
}

const words = {
  ru: {eta: "осталось", rate: "в минуту"},
  en: {eta: "ETA", rate: "per minute"}
};

/** `1h 02m`, `3m 05s`, `12s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${s}s`;
}

/**
 * Progress of a batch on `stream` (stderr): on a terminal, one bar redrawn in place with the count,
 * the time per submission and an estimate of the time left; elsewhere (a log, CI) one line per
 * finished student, its name and status written with control characters escaped (a folder name
 * with a line break or an escape sequence cannot forge or erase a line).
 */
export function createProgress(
  total: number,
  stream: {write(text: string): unknown; isTTY?: boolean; columns?: number},
  lang: Lang,
  now: () => number = () => performance.now()
): Progress {
  const started = now();
  let count = 0;
  const w = words[lang];
  const timing = () => {
    const elapsed = (now() - started) / 1000;
    const per = count ? elapsed / count : 0;
    return {perMinute: per ? 60 / per : 0, left: per * (total - count)};
  };
  return {
    finished(student) {
      ++count;
      const {perMinute, left} = timing();
      if (!stream.isTTY) {
        const score = student.score ? `${safe(student.score)}, ` : "";
        stream.write(
          `[${count}/${total}] ${safe(student.student)}: ${score}${safe(student.status)} (${student.seconds.toFixed(1)} s)\n`
        );
        return;
      }
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 60));
      const filled = Math.round((width * count) / total);
      const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total}  ${perMinute.toFixed(1)} ${w.rate}  ${w.eta} ${formatDuration(left)}`;
      stream.write(`\r\x1b[2K${line}`);
    },
    done() {
      if (stream.isTTY && count) stream.write("\r\x1b[2K");
    }
  };
}
