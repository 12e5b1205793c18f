import {crossEntropyMessages as messages, formatNumber, type Lang} from "../i18n/index.js";
import type {CrossEntropyOptions} from "../run/crossEntropyLosses.js";
import {compute} from "../run/pageWorkers.js";
import {tableView} from "./tableView.js";

/** Logits for ten classes where class 3 is the right one. */
const cases: ReadonlyArray<readonly [keyof typeof messages.cases, number[]]> = [
  ["zeros", new Array(10).fill(0)],
  ["rightAlone", [0, 0, 0, 5, 0, 0, 0, 0, 0, 0]],
  ["rightAhead", [4, 4, 4, 5, 4, 4, 4, 4, 4, 4]],
  ["wrong", [0, 0, 0, 0, 0, 0, 0, 5, 0, 0]]
];

/** The losses, computed in the page's compute worker (src/run/computeTasks.ts `demoTask`). */
export const workerCrossEntropyLosses = async (
  options: CrossEntropyOptions
): Promise<{sigmoid: number[]; softmax: number[]}> => await compute({type: "cross-entropy", options}).result;

/**
 * The document's sigmoid cross-entropy and the softmax one for the same logits, the right class being
 * 3. The losses come from `losses` (default: the compute worker, so the page computes no tensor).
 */
export async function crossEntropyTable({
  lang = "en",
  losses = workerCrossEntropyLosses
}: {lang?: Lang; losses?: typeof workerCrossEntropyLosses} = {}): Promise<HTMLTableElement> {
  const {sigmoid, softmax} = await losses({logits: cases.map(([, values]) => values), right: 3});
  const rows = cases.map(([label], i) => ({
    label: messages.cases[label][lang],
    sigmoid: formatNumber(sigmoid[i], lang, {fixed: 4}),
    softmax: formatNumber(softmax[i], lang, {fixed: 4})
  }));
  return tableView(rows, {
    label: messages.logits[lang],
    sigmoid: messages.sigmoid[lang],
    softmax: messages.softmax[lang]
  });
}
