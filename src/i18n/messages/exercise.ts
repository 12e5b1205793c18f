import {both} from "../localized.js";

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
  passedAll: (n: number) => both(`Все проверки пройдены (${n}). Отлично!`, `All ${n} checks passed. Well done!`),
  passedSome: (passed: number, total: number) =>
    both(`Пройдено ${passed} из ${total} проверок.`, `${passed} of ${total} checks passed.`),
  expected: both("ожидалось", "expected"),
  got: both("получено", "got"),
  hint: both("Подсказка", "Hint"),
  exportWork: both("Скачать мою работу (.zip)", "Export my work (.zip)"),
  importWork: both("Загрузить работу…", "Import work…"),
  imported: (files: string[]) => both(`Загружено: ${files.join(", ")}`, `Imported: ${files.join(", ")}`),
  importNothing: both("В архиве нет файлов упражнений курса.", "The archive holds no exercise files of this course."),
  importFailed: (message: string) =>
    both(`Не удалось прочитать архив: ${message}`, `Could not read the archive: ${message}`),
  exportNothing: both(
    "Пока нечего сохранять: вы ещё не меняли код упражнений.",
    "Nothing to export yet: you have not edited any exercise."
  ),
  stoppedAfter: (seconds: number) =>
    both(`Проверка остановлена через ${seconds} с.`, `The check was stopped after ${seconds} s.`)
};
