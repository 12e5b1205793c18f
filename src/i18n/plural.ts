import type {Lang, Localized} from "./localized.js";
import {formatNumber} from "./numbers.js";

/** A noun's forms: Russian's three (1 блок, 2 блока, 5 блоков), English's two (1 block, 2 blocks). */
export interface PluralForms {
  ru: readonly [one: string, few: string, many: string];
  en: readonly [one: string, other: string];
}

/** The plural form a count takes in a language: Russian by its last two digits, English by 1 or not. */
export function pluralForm(count: number, forms: PluralForms, lang: Lang): string {
  const n = Math.abs(Math.trunc(count));
  if (lang === "en") return n === 1 ? forms.en[0] : forms.en[1];
  const [tens, units] = [n % 100, n % 10];
  if (tens >= 11 && tens <= 14) return forms.ru[2];
  if (units === 1) return forms.ru[0];
  return units >= 2 && units <= 4 ? forms.ru[1] : forms.ru[2];
}

/** A count with its noun in both languages: "21 блок" / "21 blocks"; the number in each language's format. */
export function countOf(count: number, forms: PluralForms): Localized {
  return {
    ru: `${formatNumber(count, "ru")} ${pluralForm(count, forms, "ru")}`,
    en: `${formatNumber(count, "en")} ${pluralForm(count, forms, "en")}`
  };
}
