import {vanishingGradientMessages, type Lang} from "../i18n/index.js";
import type {GradientNormOptions, StackActivation} from "../models/layerGradientNorms.js";
import {compute} from "../run/pageWorkers.js";
import {errorMessage} from "./busyWork.js";
import {element} from "./dom.js";
import {gradientNormChart} from "./gradientNormChart.js";

export interface VanishingGradientDemoOptions {
  lang: Lang;
  depth?: number;
  activation?: StackActivation;
  /** Computes the norms (default: the page's compute worker, so the page only draws). */
  norms?(options: GradientNormOptions): Promise<number[]>;
}

/** The norms, computed in the page's compute worker (src/run/computeTasks.ts `demoTask`). */
export const workerGradientNorms = async (options: GradientNormOptions): Promise<number[]> =>
  (await compute({type: "gradient-norms", options}).result).values;

/**
 * The live demonstration of vanishing and exploding gradients: a depth and an activation to choose,
 * then the gradient norm of every layer of a plain deep CNN and of the same stack with skip
 * connections, at initialisation, on one chart. The tensors are computed off the page (`norms`).
 */
export function vanishingGradientDemo({
  lang,
  depth = 30,
  activation = "sigmoid",
  norms = workerGradientNorms
}: VanishingGradientDemoOptions): HTMLElement {
  const depthInput = element("input", {
    type: "number",
    class: "convlab-depth",
    min: "2",
    max: "60",
    step: "1",
    value: String(depth)
  });
  const activationSelect = element(
    "select",
    {class: "convlab-activation"},
    ...(["sigmoid", "tanh", "relu"] as const).map((name) =>
      element(
        "option",
        {value: name, ...(name === activation ? {selected: true} : {})},
        name === "relu" ? "ReLU" : name
      )
    )
  );
  const chart = gradientNormChart([], {lang});
  const status = element("p", {class: "convlab-status", role: "status"});
  const root = element(
    "section",
    {class: "convlab-gradient-demo", "data-state": "idle"},
    element(
      "div",
      {class: "convlab-buttons"},
      element("label", {}, vanishingGradientMessages.depth[lang], " ", depthInput),
      element("label", {}, vanishingGradientMessages.activation[lang], " ", activationSelect)
    ),
    chart.element,
    status
  );
  let run = 0;
  const update = () => {
    const current = ++run;
    const layers = Math.min(60, Math.max(2, Math.round(Number(depthInput.value) || depth)));
    depthInput.value = String(layers);
    const chosen = activationSelect.value as StackActivation;
    root.dataset.state = "computing";
    status.textContent = vanishingGradientMessages.computing[lang];
    // Let the page show the status before the work starts.
    setTimeout(async () => {
      if (current !== run) return;
      let plain: number[], residual: number[];
      try {
        [plain, residual] = await Promise.all([
          norms({depth: layers, residual: false, activation: chosen}),
          norms({depth: layers, residual: true, activation: chosen})
        ]);
      } catch (error) {
        status.textContent = errorMessage(error);
        root.dataset.state = "failed";
        return;
      }
      if (current !== run) return;
      const series = [
        {label: vanishingGradientMessages.plain[lang], values: plain},
        {label: vanishingGradientMessages.residual[lang], values: residual}
      ];
      chart.update(series);
      status.textContent = series
        .map((s) => vanishingGradientMessages.ratio(s.label, s.values[0], s.values.at(-1)!, layers)[lang])
        .join(" ");
      root.dataset.state = "done";
    }, 30);
  };
  depthInput.addEventListener("change", update);
  activationSelect.addEventListener("change", update);
  update();
  return root;
}
