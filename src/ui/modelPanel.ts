import type * as tf from "@convlab/tfjs";
import {formatCount, formatLarge, formatMegabytes, surveyMessages, type Lang} from "../i18n/index.js";
import type {ModelDescription} from "../models/zoo/describeModel.js";
import {element} from "./dom.js";
import {modelDiagram} from "./modelDiagram.js";
import {modelRunner} from "./modelRunner.js";
import {tableView} from "./tableView.js";

/** Options of {@link modelPanel}. */
export interface ModelPanelOptions {
  lang: Lang;
  /**
   * What each model's "build and run" button builds: `"zoo"` for all of them (the zoo's models, built
   * by name in the compute worker), or builders by model name (none: no button).
   */
  builders?: "zoo" | Record<string, (() => tf.LayersModel) | undefined>;
}

const shapeText = (shape: number[]) => shape.join("×");

/** The facts of one model: parameters, multiply-accumulates, memory, input and output. */
export function modelFacts(description: ModelDescription, {lang = "en"}: {lang?: Lang} = {}): HTMLTableElement {
  const [output, ...auxiliary] = description.outputShapes;
  const rows = [
    [surveyMessages.parameters[lang], formatCount(description.parameters, lang)],
    [surveyMessages.runningStatistics[lang], formatCount(description.nonTrainableParameters, lang)],
    [surveyMessages.macs[lang], `${formatCount(description.macs, lang)} (${formatLarge(description.macs, lang)})`],
    [surveyMessages.weights[lang], formatMegabytes(description.weightBytes, lang)],
    [surveyMessages.input[lang], shapeText(description.inputShape)],
    [
      surveyMessages.outputs[lang],
      [
        shapeText(output),
        ...auxiliary.map((shape) => `${surveyMessages.auxiliaryOutput[lang]} ${shapeText(shape)}`)
      ].join(" ")
    ]
  ].map(([what, value]) => ({what, value}));
  const table = tableView(rows, {what: description.name, value: ""});
  table.classList.add("convlab-model-facts");
  return table;
}

/** The feature map after each stage, with the stage's blocks, parameters and multiply-accumulates. */
export function stageTable(description: ModelDescription, {lang = "en"}: {lang?: Lang} = {}): HTMLTableElement {
  const rows = description.stages.map((stage, i) => ({
    stage: i + 1,
    shape:
      stage.shape.length === 3 ? shapeText(stage.shape) : `${surveyMessages.vector[lang]} ${shapeText(stage.shape)}`,
    blocks:
      stage.blocks.length === 1
        ? stage.blocks[0].name
        : `${stage.blocks[0].name} … ${stage.blocks.at(-1)!.name} (${stage.blocks.length})`,
    params: formatCount(
      stage.blocks.reduce((sum, block) => sum + block.params, 0),
      lang
    ),
    macs: formatLarge(
      stage.blocks.reduce((sum, block) => sum + block.macs, 0),
      lang
    )
  }));
  const table = tableView(rows, {
    stage: surveyMessages.stage[lang],
    shape: surveyMessages.featureMap[lang],
    blocks: surveyMessages.blocks[lang],
    params: surveyMessages.stageParameters[lang],
    macs: surveyMessages.stageMacs[lang]
  });
  table.classList.add("convlab-stage-table");
  return table;
}

/**
 * One or more models of a family: a picker (when there are several), the facts, the feature map at each
 * stage, the diagram and, with a builder, a "build and run" button.
 */
export function modelPanel(
  descriptions: readonly ModelDescription[],
  {lang, builders = {}}: ModelPanelOptions
): HTMLElement {
  const body = element("div", {class: "convlab-model-body"});
  const show = (description: ModelDescription) => {
    const build = builders === "zoo" ? builders : builders[description.name];
    body.replaceChildren(
      modelFacts(description, {lang}),
      stageTable(description, {lang}),
      modelDiagram(description, {lang}),
      build ? modelRunner(description.name, build, {lang, weightBytes: description.weightBytes}) : ""
    );
  };
  const picker =
    descriptions.length > 1
      ? element(
          "label",
          {style: "display:block;margin:0.5rem 0"},
          `${surveyMessages.model[lang]}: `,
          element(
            "select",
            {class: "convlab-model-select"},
            ...descriptions.map((d) => element("option", {value: d.name}, d.name))
          )
        )
      : null;
  picker
    ?.querySelector("select")!
    .addEventListener("change", (event) =>
      show(descriptions.find((d) => d.name === (event.target as HTMLSelectElement).value)!)
    );
  show(descriptions[0]);
  return element("div", {class: "convlab-model-panel", style: "margin:1rem 0"}, picker, body);
}
