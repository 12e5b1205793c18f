import type {DocumentedFile} from "../exercises/index.js";
import {convolutionTableMessages, type Lang} from "../i18n/index.js";
import {leNetVariableNames} from "../models/leNetArithmetic.js";
import {leNetShapes} from "../models/leNetShapes.js";
import {tableView} from "./tableView.js";

// Worked out by arithmetic, not by building LeNet: its recipe is the le-net exercise's answer and
// stays out of the published site (models/leNet.ts).

const messages = convolutionTableMessages.leNet;

/** Each stage's output of LeNet for 32×32×3 images: with the document's blocks and with padding honoured. */
export function leNetStageTable({lang = "en"}: {lang?: Lang} = {}): HTMLTableElement {
  const stagesOf = (asInDocument: boolean) =>
    new Map(leNetShapes([32, 32, 3], {asInDocument}).stages.map(({layer, shape}) => [layer, shape.join("×")]));
  const documentStages = stagesOf(true);
  const lessonStages = stagesOf(false);
  const rows = [...lessonStages.keys()].map((stage) => ({
    stage,
    document: documentStages.get(stage),
    lesson: lessonStages.get(stage)
  }));
  return tableView(rows, {
    stage: messages.layer[lang],
    document: messages.documentBlocks[lang],
    lesson: messages.paddingHonoured[lang]
  });
}

/** A shape as Python prints a tuple: `(5, 5, 3, 6)`, `(6,)`. */
const asTuple = (shape: readonly number[]) => `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;

/**
 * LeNet's trainable variables for 32×32×3 images: the shapes the document prints (its `le-net`
 * expected output, zero-padded rows), with the document's blocks, and with padding honoured.
 */
export function leNetVariableTable({
  lang = "en",
  documented
}: {
  lang?: Lang;
  documented: DocumentedFile;
}): HTMLTableElement {
  const printed = (documented.cases[0].expected as number[][]).map((row) => asTuple(row.filter((n) => n !== 0)));
  const documentVariables = leNetShapes([32, 32, 3], {asInDocument: true}).variables;
  const lessonVariables = leNetShapes([32, 32, 3]).variables;
  const rows = leNetVariableNames.map((name, i) => ({
    name,
    printed: printed[i],
    document: asTuple(documentVariables[i]),
    lesson: asTuple(lessonVariables[i])
  }));
  const columns = {
    printed: messages.printed[lang],
    document: messages.documentBlocks[lang],
    lesson: messages.paddingHonoured[lang]
  };
  return tableView(rows, {name: messages.variable[lang], ...columns});
}
