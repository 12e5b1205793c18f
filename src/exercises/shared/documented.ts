import {float32Tolerance, type Tolerance} from "../../check/compare.js";
import {parseSummary, summaryTotals} from "../../check/modelSummary.js";
import {parseNested} from "../../check/tensorData.js";
import type {Json} from "../../core/types.js";
import type {CheckCase, DocumentedFile} from "../types.js";

/**
 * Validates the JSON of `data/expected/<id>.json` and turns its cases into checks.
 * A malformed file is a course bug, so it throws with the file's exercise id.
 */
export function documentedCases(file: DocumentedFile, exerciseId: string): CheckCase[] {
  return checkedFile(file, exerciseId).cases.map((entry) => {
    const expected = parseNested(entry.expected);
    if (!expected.ok) throw new Error(`data/expected/${exerciseId}.json, case ${entry.id}: ${expected.problem.en}`);
    return {
      id: `documented-${entry.id}`,
      title: entry.title,
      kind: "documented",
      hidden: false,
      args: entry.args,
      expected: expected.value,
      ...(entry.decimals === undefined ? {} : {tolerance: roundedTolerance(entry.decimals)})
    };
  });
}

/** The documented calls' model summaries (`{layers, totals}` each), their totals checked against their rows. */
export function documentedSummaryCases(file: DocumentedFile, exerciseId: string): CheckCase[] {
  return checkedFile(file, exerciseId).cases.map((entry) => {
    const expected = entry.expected as {
      layers?: Json;
      totals?: {total: number; trainable: number; nonTrainable: number};
    };
    const summary = parseSummary({layers: expected?.layers});
    if (!summary.ok) throw new Error(`data/expected/${exerciseId}.json, case ${entry.id}: ${summary.problem.en}`);
    const totals = summaryTotals(summary.value);
    if (JSON.stringify(totals) !== JSON.stringify(expected.totals)) {
      throw new Error(`data/expected/${exerciseId}.json, case ${entry.id}: the totals do not add up from the rows`);
    }
    return {
      id: `documented-${entry.id}`,
      title: entry.title,
      kind: "documented",
      hidden: false,
      args: entry.args,
      expected: {shape: [3], values: [totals.total, totals.trainable, totals.nonTrainable]},
      expectedSummary: summary.value
    };
  });
}

function checkedFile(file: DocumentedFile, exerciseId: string): DocumentedFile {
  if (!file || file.exercise !== exerciseId || !Array.isArray(file.cases)) {
    throw new Error(`data/expected/${exerciseId}.json does not describe exercise ${exerciseId}`);
  }
  return file;
}

/** Float32's tolerance plus half a unit in the last printed decimal place. */
export function roundedTolerance(decimals: number): Tolerance {
  return {rtol: float32Tolerance.rtol, atol: float32Tolerance.atol + 0.5 * 10 ** -decimals};
}
