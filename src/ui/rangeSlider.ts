import {element} from "./dom.js";

/** Options of {@link rangeSlider}. */
export interface RangeSliderOptions {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** How the current value is shown next to the slider (default: as is). */
  format?: (value: number) => string;
}

/** A labelled slider whose value is a number. */
export interface RangeSlider extends HTMLLabelElement {
  value: number;
}

/**
 * A plain `<input type=range>` with its label and current value, usable with Framework's `view()`: the
 * element has a numeric `value` and its `input` events bubble up from the slider.
 */
export function rangeSlider({label, min, max, step, value, format = String}: RangeSliderOptions): RangeSlider {
  const input = element("input", {
    type: "range",
    min: String(min),
    max: String(max),
    step: String(step),
    value: String(value),
    style: "vertical-align:middle;margin:0 0.5rem"
  });
  const output = element("output", {style: "font-variant-numeric:tabular-nums"}, format(value));
  const root = element(
    "label",
    {class: "convlab-range", style: "display:block;margin:0.25rem 0"},
    element("span", {style: "display:inline-block;min-width:2.5em"}, label),
    input,
    output
  ) as RangeSlider;
  Object.defineProperty(root, "value", {
    get: () => Number(input.value),
    set: (next: number) => {
      input.value = String(next);
      output.value = format(Number(input.value));
    }
  });
  input.addEventListener("input", () => (output.value = format(Number(input.value))));
  return root;
}
