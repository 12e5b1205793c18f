import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../../src/backends/node.js";
import {mistakeOutputs} from "../../../src/exercises/shared/blockHints.js";
import {convolutionalBlock, identityBlock, type TF} from "../../../src/exercises/index.js";
import {readDocumentedFile} from "../helpers.js";
import {blockMistakes, loadExport, solutionSource} from "../residualHelpers.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

const exercises = {"identity-block": identityBlock, "convolutional-block": convolutionalBlock};

/** Which wrong solution each stored output comes from, row by row. */
const sources = [
  ["identity-block", "documented-training-true", 0, "batch-norm-axis-1"],
  ["identity-block", "documented-training-true", 1, "batch-norm-axis-2"],
  ["identity-block", "documented-training-true", 2, "training-ignored"],
  ["convolutional-block", "documented-first-example", 0, "third-stride-s"],
  ["convolutional-block", "documented-first-example", 1, "no-shortcut-batch-norm"],
  ["convolutional-block", "documented-first-example", 2, "tfjs-initializer"]
] as const;

describe("mistakeOutputs", () => {
  it("has a known source for every stored output", () => {
    const stored = Object.entries(mistakeOutputs).flatMap(([id, byCase]) =>
      Object.entries(byCase).flatMap(([caseId, rows]) => rows.map((_, i) => `${id} ${caseId} ${i}`))
    );
    expect(stored.sort()).toEqual(sources.map(([id, caseId, i]) => `${id} ${caseId} ${i}`).sort());
  });

  it.each(sources)("%s, %s, row %i: is what the solution with the mistake %s prints", (id, caseId, row, mistake) => {
    const exercise = exercises[id];
    const entry = readDocumentedFile(id).cases.find((c) => `documented-${c.id}` === caseId)!;
    const wrong = loadExport(
      tf,
      (blockMistakes[id] as Record<string, (source: string) => string>)[mistake](solutionSource(id)),
      exercise.exportName
    );
    const printed = [exercise.invoke(wrong, structuredClone(entry.args), tf)].flat(3) as number[];
    const stored = mistakeOutputs[id][caseId][row].values;
    expect(printed).toHaveLength(stored.length);
    printed.forEach((value, i) =>
      expect(Math.abs(value - stored[i])).toBeLessThanOrEqual(5e-6 * Math.max(1, Math.abs(value)))
    );
    expect(printed).not.toEqual([entry.expected].flat(3)); // a mistake, not the right answer
  });
});
