import * as d3 from "./d3.js";
import {slidingWindowMessages, type Lang} from "../i18n/index.js";
import type {Padding} from "../ops/tfReference.js";
import {element} from "./dom.js";
import {stepFormula, windowSteps, type WindowMode, type WindowPlan} from "./windowSteps.js";

export interface SlidingWindowOptions {
  lang: Lang;
  input: number[][];
  mode: WindowMode;
  /** The kernel's weights, for a convolution. */
  kernel?: number[][];
  /** The starting window of max pooling (the control offers 2×2 and 3×3). */
  windowSize?: 2 | 3;
  stride?: 1 | 2 | 3;
  padding?: Padding;
}

const cell = 34;
const gap = 48;

/**
 * An animation of a convolution or max pooling on one channel: the window slides over the padded
 * input position by position (step, play, reset), with the sum of products — or the maximum — at
 * each position, and the output filling in. Padding and stride (and the pooling window) can be
 * changed; positions are those of tf.conv2d and tf.maxPool.
 */
export function slidingWindow({
  lang,
  input,
  mode,
  kernel,
  windowSize = 2,
  stride = 1,
  padding = "same"
}: SlidingWindowOptions): HTMLElement {
  if (mode === "convolution" && !kernel) throw new Error("slidingWindow: a convolution needs a kernel");
  const select = (className: string, values: string[], selected: string, label: (value: string) => string) =>
    element(
      "select",
      {class: className},
      ...values.map((value) => element("option", {value, selected: value === selected}, label(value)))
    );
  const paddingSelect = select("convlab-window-padding", ["same", "valid"], padding, (v) => v);
  const strideSelect = select("convlab-window-stride", ["1", "2", "3"], String(stride), (v) => v);
  const sizeSelect = select("convlab-window-size", ["2", "3"], String(windowSize), (v) => `${v}×${v}`);
  const button = (className: string, text: string) => element("button", {type: "button", class: className}, text);
  const resetButton = button("convlab-step-reset", slidingWindowMessages.reset[lang]);
  const backButton = button("convlab-step-back", slidingWindowMessages.back[lang]);
  const nextButton = button("convlab-step-next", slidingWindowMessages.next[lang]);
  const playButton = button("convlab-step-play", slidingWindowMessages.play[lang]);
  const position = element("span", {class: "convlab-window-position"});
  const formula = element("p", {class: "convlab-window-formula"});
  const svg = d3.create("svg").attr("class", "convlab-window-svg").node()!;

  const controls = element(
    "div",
    {class: "convlab-buttons"},
    element("label", {}, slidingWindowMessages.padding[lang], " ", paddingSelect),
    element("label", {}, slidingWindowMessages.stride[lang], " ", strideSelect),
    mode === "max-pooling" ? element("label", {}, slidingWindowMessages.window[lang], " ", sizeSelect) : null,
    resetButton,
    backButton,
    nextButton,
    playButton,
    position
  );
  const root = element("div", {class: "convlab-sliding-window", "data-mode": mode}, controls, svg, formula);

  let plan: WindowPlan;
  let current = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    playButton.textContent = slidingWindowMessages.play[lang];
  };
  const replan = () => {
    stop();
    const size = Number(sizeSelect.value);
    plan = windowSteps(input, {
      mode,
      kernel,
      windowSize: [size, size],
      stride: [Number(strideSelect.value), Number(strideSelect.value)],
      padding: paddingSelect.value as Padding
    });
    current = 0;
    drawGrids();
    show(false);
  };
  const show = (animate: boolean) => {
    const step = plan.steps[current];
    root.dataset.step = String(current);
    root.dataset.steps = String(plan.steps.length);
    position.textContent = slidingWindowMessages.position(current + 1, plan.steps.length, step.outY, step.outX)[lang];
    formula.textContent = stepFormula(step, mode);
    backButton.disabled = current === 0;
    nextButton.disabled = current === plan.steps.length - 1;
    const root3 = d3.select(svg);
    const frame = root3.select<SVGRectElement>("rect.convlab-window-frame");
    if (animate)
      frame
        .transition()
        .duration(250)
        .attr("x", step.left * cell)
        .attr("y", step.top * cell + 20);
    else frame.attr("x", step.left * cell).attr("y", step.top * cell + 20);
    root3.selectAll<SVGGElement, number>("g.convlab-output-cell").each(function (index) {
      const done = index <= current;
      d3.select(this)
        .select("text")
        .text(done ? format(plan.steps[index].result) : "");
      d3.select(this)
        .select("rect")
        .attr("class", index === current ? "convlab-cell-current" : done ? "convlab-cell-done" : "convlab-cell-empty");
    });
    root3.selectAll<SVGTextElement, [number, number]>("text.convlab-weight").each(function ([y, x]) {
      const i = y - step.top;
      const j = x - step.left;
      const inside = mode === "convolution" && i >= 0 && j >= 0 && i < plan.kernelHeight && j < plan.kernelWidth;
      d3.select(this).text(inside ? `×${kernel![i][j]}` : "");
    });
  };
  const drawGrids = () => {
    const root3 = d3.select(svg);
    root3.selectAll("*").remove();
    const inHeight = plan.padded.length;
    const inWidth = plan.padded[0].length;
    const outLeft = inWidth * cell + gap;
    root3
      .attr("width", outLeft + plan.outWidth * cell + 2)
      .attr("height", Math.max(inHeight, plan.outHeight) * cell + 24);
    root3
      .append("text")
      .attr("x", 0)
      .attr("y", 13)
      .attr("class", "convlab-axis-label")
      .text(slidingWindowMessages.input[lang]);
    root3
      .append("text")
      .attr("x", outLeft)
      .attr("y", 13)
      .attr("class", "convlab-axis-label")
      .text(slidingWindowMessages.output[lang]);
    const inputCells = root3
      .append("g")
      .attr("transform", "translate(0,20)")
      .selectAll("g")
      .data(plan.padded.flatMap((row, y) => row.map((value, x) => ({y, x, value}))))
      .join("g");
    inputCells.attr("transform", (d) => `translate(${d.x * cell},${d.y * cell})`);
    inputCells
      .append("rect")
      .attr("width", cell - 2)
      .attr("height", cell - 2)
      .attr("class", (d) => (d.value === null ? "convlab-cell-padding" : "convlab-cell-input"));
    inputCells
      .append("text")
      .attr("x", cell / 2 - 1)
      .attr("y", cell / 2 + 1)
      .attr("text-anchor", "middle")
      .text((d) => (d.value === null ? (mode === "convolution" ? "0" : "−∞") : format(d.value)));
    inputCells
      .append("text")
      .datum((d) => [d.y, d.x] as [number, number])
      .attr("class", "convlab-weight")
      .attr("x", cell - 4)
      .attr("y", cell - 5)
      .attr("text-anchor", "end");
    root3
      .append("rect")
      .attr("class", "convlab-window-frame")
      .attr("width", plan.kernelWidth * cell - 2)
      .attr("height", plan.kernelHeight * cell - 2)
      .attr("x", 0)
      .attr("y", 20);
    const outputCells = root3
      .append("g")
      .attr("transform", `translate(${outLeft},20)`)
      .selectAll("g")
      .data(plan.steps.map((_, index) => index))
      .join("g")
      .attr("class", "convlab-output-cell");
    outputCells.attr(
      "transform",
      (index) => `translate(${plan.steps[index].outX * cell},${plan.steps[index].outY * cell})`
    );
    outputCells
      .append("rect")
      .attr("width", cell - 2)
      .attr("height", cell - 2);
    outputCells
      .append("text")
      .attr("x", cell / 2 - 1)
      .attr("y", cell / 2 + 1)
      .attr("text-anchor", "middle");
  };
  const go = (next: number) => {
    current = Math.max(0, Math.min(plan.steps.length - 1, next));
    show(true);
  };

  paddingSelect.addEventListener("change", replan);
  strideSelect.addEventListener("change", replan);
  sizeSelect.addEventListener("change", replan);
  resetButton.addEventListener("click", () => (stop(), go(0)));
  backButton.addEventListener("click", () => (stop(), go(current - 1)));
  nextButton.addEventListener("click", () => (stop(), go(current + 1)));
  playButton.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    if (current === plan.steps.length - 1) go(0);
    playButton.textContent = slidingWindowMessages.pause[lang];
    timer = setInterval(() => (current === plan.steps.length - 1 || !root.isConnected ? stop() : go(current + 1)), 900);
  });

  replan();
  return root;
}

function format(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}
