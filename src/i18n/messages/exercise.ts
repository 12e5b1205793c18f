import {both, type Localized} from "../localized.js";
import {countOf, type PluralForms} from "../plural.js";

const checks: PluralForms = {ru: ["проверка", "проверки", "проверок"], en: ["check", "checks"]};
/** After "из": из 1 проверки, из 2 проверок, из 21 проверки. */
const ofChecks: PluralForms = {ru: ["проверки", "проверок", "проверок"], en: ["check", "checks"]};
/** After "в": в 1 проверке, в 2 проверках, в 5 проверках. */
const inChecks: PluralForms = {ru: ["проверке", "проверках", "проверках"], en: ["check", "checks"]};

/** The exercise cell, its report and the export and import of work. */
export const exerciseMessages = {
  check: both("Проверить", "Check"),
  reset: both("Сбросить", "Reset"),
  checking: both("Проверяю…", "Checking…"),
  loadingRunner: both("Загружаю TensorFlow.js для проверки…", "Loading TensorFlow.js for the check…"),
  resetConfirm: both(
    "Вернуть исходный код упражнения? Ваш код будет потерян.",
    "Restore the exercise's starter code? Your code will be lost."
  ),
  restored: both("Восстановлен ваш сохранённый код.", "Your saved code was restored."),
  corruptSaved: both(
    "Сохранённый код этого упражнения повреждён или принадлежит другому упражнению — он пропущен, показан исходный код.",
    "The saved code for this exercise was corrupted or belongs to another exercise; it was ignored and the starter code is shown."
  ),
  storageUnavailable: both(
    "Браузер не даёт сохранять код: после перезагрузки он пропадёт.",
    "This browser does not allow saving: your code will be lost on reload."
  ),
  passedAll: (n: number) =>
    n === 1
      ? both("Проверка пройдена. Отлично!", "The check passed. Well done!")
      : both(`Все проверки пройдены (${n}). Отлично!`, `All ${countOf(n, checks).en} passed. Well done!`),
  passedSome: (passed: number, total: number) =>
    both(
      `Пройдено ${passed} из ${countOf(total, ofChecks).ru}.`,
      `${passed} of ${countOf(total, ofChecks).en} passed.`
    ),
  /** Above the checks that threw one error, once: "The function threw at line 6, column 24, in 3 checks:". */
  threwIn: (where: Localized, count: number) =>
    both(
      `Функция выбросила исключение${where.ru ? ` ${where.ru}` : ""} — в ${countOf(count, inChecks).ru}:`,
      `The function threw${where.en ? ` ${where.en}` : ""}, in ${countOf(count, inChecks).en}:`
    ),
  threwAbove: both("выбросила исключение, показанное выше", "threw the error shown above"),
  goToLine: (line: number) => both(`Перейти к строке ${line}`, `Go to line ${line}`),
  stale: both(
    "Код изменился после этой проверки: нажмите «Проверить» ещё раз.",
    "The code has changed since this check: press Check again."
  ),
  differencesMarked: both(
    "Отмечены все несовпадающие значения: чем темнее, тем больше расхождение; самое большое — в рамке.",
    "Every value that differs is marked: the darker, the further off; the worst is outlined."
  ),
  expected: both("ожидалось", "expected"),
  got: both("получено", "got"),
  hint: both("Подсказка", "Hint"),
  importWork: both("Загрузить работу…", "Import work…"),
  imported: (files: string[]) => both(`Загружено: ${files.join(", ")}`, `Imported: ${files.join(", ")}`),
  importNothing: both("В архиве нет файлов упражнений курса.", "The archive holds no exercise files of this course."),
  importFailed: (message: string) =>
    both(`Не удалось прочитать архив: ${message}`, `Could not read the archive: ${message}`),
  stoppedAfter: (seconds: number) =>
    both(`Проверка остановлена через ${seconds} с.`, `The check was stopped after ${seconds} s.`)
};
