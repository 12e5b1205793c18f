import type * as tf from "@convlab/tfjs";
import type {DocumentedFile} from "../exercises/types.js";
import {convolutionTableMessages, type Lang} from "../i18n/index.js";
import {trainableVariables} from "../models/trainableVariables.js";
import {tableView} from "./tableView.js";

/** Builds LeNet for an input shape, with the document's blocks (`asInDocument`) or with padding honoured. */
export type LeNetBuilder = (options: {inputShape: [number, number, number]; asInDocument?: boolean}) => tf.LayersModel;

const messages = convolutionTableMessages.leNet;

/** Each stage's output of LeNet for 32×32×3 images: with the document's blocks and with padding honoured. */
export function leNetStageTable(build: LeNetBuilder, {lang = "en"}: {lang?: Lang} = {}): HTMLTableElement {
  const stagesOf = (model: tf.LayersModel) =>
    new Map(
      model.layers
        .filter((layer) => !layer.name.endsWith("/conv"))
        .map((layer) => [layer.name.replace("/relu", ""), (layer.outputShape as number[]).slice(1).join("×")])
    );
  const documentStages = stagesOf(build({inputShape: [32, 32, 3], asInDocument: true}));
  const lessonStages = stagesOf(build({inputShape: [32, 32, 3]}));
  const rows = [...lessonStages.keys()].map((stage) => ({stage, document: documentStages.get(stage), lesson: lessonStages.get(stage)}));
  return tableView(rows, {stage: messages.layer[lang], document: messages.documentBlocks[lang], lesson: messages.paddingHonoured[lang]});
}

/** A shape as Python prints a tuple: `(5, 5, 3, 6)`, `(6,)`. */
const asTuple = (shape: readonly number[]) => `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;

/**
 * LeNet's trainable variables for 32×32×3 images: the shapes the document prints (its `le-net`
 * expected output, zero-padded rows), with the document's blocks, and with padding honoured.
 */
export function leNetVariableTable(
  build: LeNetBuilder,
  {lang = "en", documented}: {lang?: Lang; documented: DocumentedFile}
): HTMLTableElement {
  const printed = (documented.cases[0].expected as number[][]).map((row) => asTuple(row.filter((n) => n !== 0)));
  const documentVariables = trainableVariables(build({inputShape: [32, 32, 3], asInDocument: true}));
  const lessonVariables = trainableVariables(build({inputShape: [32, 32, 3]}));
  const rows = lessonVariables.map((variable, i) => ({
    name: variable.name,
    printed: printed[i],
    document: asTuple(documentVariables[i].shape),
    lesson: asTuple(variable.shape)
  }));
  const columns = {printed: messages.printed[lang], document: messages.documentBlocks[lang], lesson: messages.paddingHonoured[lang]};
  return tableView(rows, {name: messages.variable[lang], ...columns});
}
