import type {Lang, Localized} from "./localized.js";

/**
 * What formats a number: the digits after the decimal mark, at least `minimumFractionDigits` and at most
 * `maximumFractionDigits` (by default 0 and 3, or 0 and 0 for a percentage), or exactly `fixed`; and
 * `style: "percent"` for a fraction written as a percentage; `useGrouping: false` for no separator
 * between thousands. These are `Intl.NumberFormat`'s options of the same names, and mean the same.
 */
export interface NumberFormatOptions {
  fixed?: number;
  useGrouping?: boolean;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  style?: "decimal" | "percent";
}

/** How each language writes a number: as `Intl.NumberFormat` writes them for `en-US` and `ru-RU` (ICU's CLDR data). */
const notations: Record<Lang, {decimal: string; group: string; percent: string; nan: string}> = {
  en: {decimal: ".", group: ",", percent: "%", nan: "NaN"},
  ru: {decimal: ",", group: "\u00a0", percent: "\u00a0%", nan: "не\u00a0число"}
};

/**
 * A number as a reader of the language writes it: `1,234.5` in English, `1 234,5` in Russian
 * (decimal comma, a no-break space between thousands); the same text as `Intl.NumberFormat` gives for
 * `en-US` and `ru-RU` (test/i18n/numbers.test.ts compares them), rounding as it does: the shortest
 * decimal that reads back as the number (what `String` gives), half away from zero (1.005 to 2
 * decimals is 1.01, where `toFixed` gives 1.00). Written out because Chromium sets up its number data
 * with a page's first `Intl.NumberFormat`: 30–70 ms on a blank page, 85–130 ms while a lesson loads.
 */
export function formatNumber(value: number, lang: Lang, options: NumberFormatOptions = {}): string {
  const {decimal, group, percent, nan} = notations[lang];
  const isPercent = options.style === "percent";
  const minimum = options.fixed ?? options.minimumFractionDigits ?? 0;
  const maximum = options.fixed ?? options.maximumFractionDigits ?? Math.max(minimum, isPercent ? 0 : 3);
  if (!(Number.isInteger(minimum) && Number.isInteger(maximum) && 0 <= minimum && minimum <= maximum && maximum <= 100))
    throw new RangeError(`formatNumber: fraction digits ${minimum}–${maximum}`);
  const suffix = isPercent ? percent : "";
  if (Number.isNaN(value)) return nan + suffix;
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  if (!Number.isFinite(value)) return `${sign}∞${suffix}`;
  const {whole, fraction} = roundDecimal(Math.abs(value), isPercent ? 2 : 0, maximum);
  const trimmed = fraction.replace(/0+$/, "").padEnd(minimum, "0");
  const grouped = options.useGrouping === false ? whole : whole.replace(/\B(?=(\d{3})+$)/g, group);
  return sign + grouped + (trimmed ? decimal + trimmed : "") + suffix;
}

/**
 * `magnitude × 10^shift` (magnitude finite, not negative) rounded to `places` decimals, half away from
 * zero, in decimal arithmetic on its shortest form: the digits before the decimal mark, and the
 * `places` after it.
 */
function roundDecimal(magnitude: number, shift: number, places: number): {whole: string; fraction: string} {
  // The shortest form ("1.005", "1.2e-7") as digits d1 d2 … without leading zeros, the value being
  // 0.d1d2… × 10^point.
  const [mantissa, exponent = "0"] = String(magnitude).split("e");
  const [integer, decimals = ""] = mantissa.split(".");
  const all = (integer + decimals).replace(/^0+/, "");
  let point = integer.length + Number(exponent) + shift - ((integer + decimals).length - all.length);
  // Keep the digits up to the last decimal wanted; the next one decides the rounding.
  const kept = point + places;
  let digits = kept > 0 ? all.slice(0, kept) : "";
  if (kept >= 0 && (all[kept] ?? "0") >= "5") {
    const carried = increment(digits);
    if (carried.length > digits.length) point += 1; // 0.99… became 1.00…
    digits = carried;
  }
  const whole = point > 0 && digits ? digits.slice(0, point).padEnd(point, "0") : "0";
  const fraction = point >= 0 ? digits.slice(point) : "0".repeat(-point) + digits;
  return {whole, fraction: fraction.padEnd(places, "0").slice(0, places)};
}

/** A string of decimal digits plus one ("" + 1 is "1", "199" + 1 is "200", "99" + 1 is "100"). */
function increment(digits: string): string {
  const end = digits.search(/9*$/);
  if (end === 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, end - 1) + String(Number(digits[end - 1]) + 1) + "0".repeat(digits.length - end);
}

/** A number formatted in both languages, for messages built as `Localized` values. */
export function localizedNumber(value: number, options: NumberFormatOptions = {}): Localized {
  return {ru: formatNumber(value, "ru", options), en: formatNumber(value, "en", options)};
}

/** A fraction as a percentage with one decimal: 87.6% / 87,6 %. */
export function formatPercent(fraction: number, lang: Lang, {fixed = 1}: {fixed?: number} = {}): string {
  return formatNumber(fraction, lang, {style: "percent", fixed});
}

/** An integer with the language's digit grouping: 61,100,840 / 61 100 840. */
export function formatCount(value: number, lang: Lang): string {
  return formatNumber(value, lang, {maximumFractionDigits: 0});
}

/** A large count in billions (G) or millions (M), two decimals: 4.09 G / 4,09 млрд. */
export function formatLarge(value: number, lang: Lang): string {
  const [scale, unit] =
    value >= 1e9 ? [1e9, {ru: "млрд", en: "G"}] : value >= 1e6 ? [1e6, {ru: "млн", en: "M"}] : [1, undefined];
  const number = formatNumber(value / scale, lang, {maximumFractionDigits: 2, minimumFractionDigits: unit ? 2 : 0});
  return unit ? `${number} ${unit[lang]}` : number;
}

const megabytes: Localized = {ru: "МБ", en: "MB"};

/** Bytes as (decimal) megabytes: 553.5 MB / 553,5 МБ. */
export function formatMegabytes(bytes: number, lang: Lang): string {
  return `${formatNumber(bytes / 1e6, lang, {maximumFractionDigits: 1})} ${megabytes[lang]}`;
}

/** A duration as a clock: 0:09, 1:15, 1:01:02 (the same in both languages). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [hours, minutes, rest] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return hours ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

/** Numbers in a row: `4.000, 25.000` in English; `4,000; 25,000` in Russian, where the comma is the decimal mark. */
export function formatList(values: Iterable<number>, lang: Lang, options: NumberFormatOptions = {}): string {
  return Array.from(values, (value) => formatNumber(value, lang, options)).join(listSeparators[lang]);
}

const listSeparators: Localized = {ru: "; ", en: ", "};
