import {both, type Lang} from "../localized.js";
import {formatNumber} from "../numbers.js";

/** The vanishing-gradient demo. */
export const vanishingGradientMessages = {
  depth: both("Слоёв:", "Layers:"),
  activation: both("Активация:", "Activation:"),
  plain: both("обычная сеть", "plain network"),
  residual: both("с обходными связями", "with skip connections"),
  computing: both("Считаю градиенты…", "Computing the gradients…"),
  /** How the gradient of layer 1 compares with the last layer's; `label` is the curve's, already in its language. */
  ratio: (label: string, first: number, last: number, depth: number) => {
    const [ru, en] = [
      formatRatio(Math.max(first / last, last / first), "ru"),
      formatRatio(Math.max(first / last, last / first), "en")
    ];
    const norms = (lang: Lang) => [formatNorm(first, lang), formatNorm(last, lang)];
    const [[ruFirst, ruLast], [enFirst, enLast]] = [norms("ru"), norms("en")];
    return first <= last
      ? both(
          `${label}: градиент слоя 1 — ${ruFirst}, слоя ${depth} — ${ruLast}; у первого слоя он в ${ru} раз меньше.`,
          `${label}: layer 1's gradient is ${enFirst}, layer ${depth}'s ${enLast}; ${en} times smaller at layer 1.`
        )
      : both(
          `${label}: градиент слоя 1 — ${ruFirst}, слоя ${depth} — ${ruLast}; у первого слоя он в ${ru} раз больше.`,
          `${label}: layer 1's gradient is ${enFirst}, layer ${depth}'s ${enLast}; ${en} times larger at layer 1.`
        );
  }
};

/** A gradient norm as mantissa·10^exponent: 3.2·10^-7 / 3,2·10^-7. */
function formatNorm(value: number, lang: Lang): string {
  if (value === 0) return "0 (float32 underflow)";
  const [mantissa, exponent] = value.toExponential(1).split("e");
  return `${formatNumber(Number(mantissa), lang, {fixed: 1})}·10^${Number(exponent)}`;
}

function formatRatio(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio)) return "∞";
  return ratio >= 1000
    ? `10^${Math.round(Math.log10(ratio))}`
    : formatNumber(ratio, lang, {fixed: ratio >= 10 ? 0 : 1});
}
