// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {rangeSlider} from "../../src/ui/rangeSlider.js";

describe("rangeSlider(options)", () => {
  it("has a numeric value that follows the slider, shows it, and lets its input events reach the element", () => {
    const slider = rangeSlider({
      label: "α",
      min: 0,
      max: 1,
      step: 0.01,
      value: 0.1,
      format: (value) => value.toFixed(2)
    });
    expect(slider.value).toBe(0.1);
    const input = slider.querySelector("input")!;
    let heard = 0;
    slider.addEventListener("input", () => heard++);
    input.value = "0.35";
    input.dispatchEvent(new Event("input", {bubbles: true}));
    expect(slider.value).toBe(0.35);
    expect(slider.querySelector("output")!.value).toBe("0.35");
    expect(heard).toBe(1);
    slider.value = 0.5;
    expect(input.value).toBe("0.5");
  });
});
