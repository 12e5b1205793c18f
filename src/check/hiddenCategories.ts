import {both, type Localized} from "../i18n/index.js";

/**
 * What a hidden check tries, by name: a report says which of these failed, never the inputs. The
 * names are the grader's own fixed words (the submission chooses none of them).
 */
export const hiddenCategories = {
  "even-kernel": both("чётные размеры ядра", "even kernel sizes"),
  // Numbers in words: a hidden check's report holds no digit at all (nothing that could pass for an input).
  "stride-2": both("шаг два", "stride two"),
  "stride-3": both("шаг три", "stride three"),
  "unequal-strides": both("разные шаги по высоте и ширине", "unequal strides along height and width"),
  rectangular: both("прямоугольные входы", "rectangular inputs"),
  "kernel-as-large-as-input": both("ядро размером со вход", "a kernel as large as the input"),
  "batch-of-one": both("батч из одного примера", "a batch of one"),
  "training-true": both("training=True", "training=True"),
  "training-false": both("training=False", "training=False"),
  "other-initializers": both("другие инициализаторы", "other initializers"),
  "even-window": both("чётное окно f", "an even window f"),
  "document-blocks": both("блоки документа на других входах", "the document's blocks on other inputs"),
  "one-channel": both("вход с одним каналом", "one-channel inputs"),
  "other-sizes": both("другие размеры входа и числа классов", "other input sizes and numbers of classes"),
  "model-behaviour": both(
    "поведение модели: граф и выходы с весами эталона",
    "the model's behaviour: its graph and its outputs with the reference's weights"
  )
} as const satisfies Record<string, Localized>;

export type HiddenCategory = keyof typeof hiddenCategories;

export function isHiddenCategory(value: unknown): value is HiddenCategory {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(hiddenCategories, value);
}

/** The words reports use around the categories. */
export const categoryWords = {
  /** Before a failed hidden check's category: "what it tries: stride two". */
  tries: both("что проверяет", "what it tries"),
  /** Before the list of an exercise's failed categories. */
  failedIn: both("скрытые проверки не пройдены в категориях", "hidden checks failed in")
};

/** "stride two, a batch of one": the categories, named in `lang`. */
export function categoryList(categories: readonly HiddenCategory[], lang: "ru" | "en"): string {
  return categories.map((category) => hiddenCategories[category][lang]).join(", ");
}

/** The categories of the failed hidden checks, each once, in the order of the checks. */
export function failedCategories(
  checks: ReadonlyArray<{hidden: boolean; passed: boolean; category?: string}>
): HiddenCategory[] {
  const failed: HiddenCategory[] = [];
  for (const check of checks) {
    if (check.hidden && !check.passed && isHiddenCategory(check.category) && !failed.includes(check.category))
      failed.push(check.category);
  }
  return failed;
}
