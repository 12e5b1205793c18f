import {both} from "../localized.js";

/** The gradient-norm chart's axes. */
export const gradientNormMessages = {
  layer: both("слой (1 — ближайший ко входу)", "layer (1 is next to the input)"),
  norm: both("‖∂L/∂W‖, логарифмическая шкала", "‖∂L/∂W‖, log scale")
};
