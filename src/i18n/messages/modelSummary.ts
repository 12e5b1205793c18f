import {both} from "../localized.js";

/** The model summary's fold. */
export const modelSummaryMessages = {
  rows: (n: number) => both(`Все слои (${n})`, `All ${n} layers`)
};
