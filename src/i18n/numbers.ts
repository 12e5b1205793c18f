import type {Lang, Localized} from "./localized.js";

const locales: Record<Lang, string> = {ru: "ru-RU", en: "en-US"};

/** Intl's options, plus `fixed`: exactly that many decimals, as `toFixed` gives them. */
export type NumberFormatOptions = Intl.NumberFormatOptions & {fixed?: number};

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number as a reader of the language writes it: `1,234.5` in English, `1 234,5` in Russian
 * (decimal comma, a no-break space between thousands). Infinities and NaN come out as `∞` and `NaN`.
 */
export function formatNumber(value: number, lang: Lang, {fixed, ...options}: NumberFormatOptions = {}): string {
  if (fixed !== undefined) Object.assign(options, {minimumFractionDigits: fixed, maximumFractionDigits: fixed});
  const key = `${lang} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locales[lang], options)));
  return formatter.format(value);
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
