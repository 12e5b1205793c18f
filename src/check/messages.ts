import {both, countOf, explainSyntaxError, pluralForm, type Localized} from "../i18n/index.js";
import type {Comparison} from "./compare.js";
import {escapeControl as safe} from "./controlText.js";

/** Up to 8 significant digits, trailing zeros of the fraction dropped (never those of an integer part). */
function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const text = x.toPrecision(8);
  return text.includes(".") && !text.includes("e") ? text.replace(/\.?0+$/, "") : text;
}
const formatShape = (shape: number[]) => `(${shape.join(", ")})`;

/** What a failed comparison means, in words a student can act on: shapes first, then the worst value. */
export function describeComparison(comparison: Comparison): Localized {
  switch (comparison.kind) {
    case "equal":
      return both("совпадает", "matches");
    case "shape":
      return both(
        `неверная форма: ожидалась ${formatShape(comparison.expectedShape)}, получена ${formatShape(comparison.gotShape)}`,
        `wrong shape: expected ${formatShape(comparison.expectedShape)}, got ${formatShape(comparison.gotShape)}`
      );
    case "values": {
      const {index, expected, got, absDiff} = comparison.worst;
      const where = `[${index.join(", ")}]`;
      const {mismatches, size} = comparison;
      // "из" takes the genitive: из 1 значения, из 2 значений, из 21 значения.
      const ofValues = countOf(size, {ru: ["значения", "значений", "значений"], en: ["value", "values"]});
      const differ = {ru: ["не совпадает", "не совпадают", "не совпадают"], en: ["differs", "differ"]} as const;
      const verb = {ru: pluralForm(mismatches, differ, "ru"), en: pluralForm(mismatches, differ, "en")};
      return both(
        `${verb.ru} ${mismatches} из ${ofValues.ru}; сильнее всего в ${where}: ожидалось ${formatNumber(expected)}, получено ${formatNumber(got)} (разница ${formatNumber(absDiff)})`,
        `${mismatches} of ${ofValues.en} ${verb.en}; most at ${where}: expected ${formatNumber(expected)}, got ${formatNumber(got)} (difference ${formatNumber(absDiff)})`
      );
    }
  }
}

/** "at line 6, column 24" / "в строке 6, столбце 24" (the position is the grader's, checked against the file). */
function errorPlace({line, column}: {line: number; column?: number}): Localized {
  return column === undefined
    ? both(`в строке ${line}`, `at line ${line}`)
    : both(`в строке ${line}, столбце ${column}`, `at line ${line}, column ${column}`);
}

/** How a block called its `initializer` factory, when not as the contract's `initializer({seed: 0})`. */
export const initializerCallForms = ["number", "string", "no-argument", "several-arguments", "other"] as const;
export type InitializerCallForm = (typeof initializerCallForms)[number];

/**
 * What the sandbox sends instead of an output when the submission broke the exercise's contract in a
 * way the check detects (src/exercises/shared/blockCall.ts): one of a fixed set of forms, nothing else.
 */
export function readContractBreach(output: unknown): InitializerCallForm | undefined {
  if (typeof output !== "object" || output === null || Array.isArray(output)) return undefined;
  if (Object.getPrototypeOf(output) !== Object.prototype) return undefined;
  const {contractBreach, form} = output as {contractBreach?: unknown; form?: unknown};
  if (contractBreach !== "initializer-call") return undefined;
  return (initializerCallForms as readonly unknown[]).includes(form) ? (form as InitializerCallForm) : "other";
}

const initializerCallText: Record<InitializerCallForm, Localized> = {
  number: both("initializer(0) — с числом", "initializer(0), with a number"),
  string: both('initializer("…") — со строкой', 'initializer("…"), with a string'),
  "no-argument": both("initializer() — без аргументов", "initializer(), with no argument"),
  "several-arguments": both("с несколькими аргументами", "with several arguments"),
  other: both("с аргументом, который не {seed: …}", "with an argument that is not {seed: …}")
};

export const messages = {
  passed: both("верно", "correct"),
  hiddenFailed: both(
    "скрытая проверка не пройдена (её входные данные не показываются)",
    "hidden check failed (its inputs are not shown)"
  ),
  hiddenThrew: both(
    "на скрытой проверке функция выбросила исключение (его текст не показывается: в нём могли быть входные данные)",
    "the function threw on a hidden check (its message is not shown: it could contain the inputs)"
  ),
  unreadable: both("результат не удалось прочитать", "the result could not be read"),
  /** Fixed verdicts of a hidden check: nothing the submission wrote, not even a number it chose. */
  hiddenWrongShape: both("скрытая проверка не пройдена: неверная форма", "hidden check failed: wrong shape"),
  hiddenWrongValues: both("скрытая проверка не пройдена: неверные значения", "hidden check failed: wrong values"),
  hiddenWrongGraph: both(
    "скрытая проверка не пройдена: граф модели отличается от эталона (слои, их настройки или связи)",
    "hidden check failed: the model's graph differs from the reference's (its layers, their configuration or connections)"
  ),
  hiddenWrongOutputs: both(
    "скрытая проверка не пройдена: граф совпадает, но выходы с весами эталона — нет",
    "hidden check failed: the graph matches, but the outputs with the reference's weights do not"
  ),
  /** The block called its initializer factory in another form than the contract's: named, since it is the grader's own word. */
  initializerCall: (form: InitializerCallForm, hidden: boolean) =>
    hidden
      ? both(
          "initializer вызван не так, как требует контракт: нужно initializer({seed: 0}), как Initializer(seed=0) в Keras",
          "the initializer was called in another form than the contract's: it is initializer({seed: 0}), like Keras's Initializer(seed=0)"
        )
      : both(
          `initializer вызван как ${initializerCallText[form].ru}; контракт требует initializer({seed: 0}), как Initializer(seed=0) в Keras: иначе зерно теряется и веса каждый раз другие`,
          `the initializer was called as ${initializerCallText[form].en}; the contract calls it initializer({seed: 0}), like Keras's Initializer(seed=0): any other call loses the seed, and the weights differ on every run`
        ),
  hiddenTimeout: both(
    "время вышло на скрытых проверках: код был остановлен (бесконечный цикл?)",
    "time is up on the hidden checks: the code was stopped (an infinite loop?)"
  ),
  hiddenCrashed: both(
    "скрытые проверки прерваны: решение упало или перестало отвечать (что оно сообщило, не показывается: там могли быть входные данные)",
    "the hidden checks were interrupted: the submission crashed or stopped answering (what it said is not shown: it could contain the inputs)"
  ),
  // Text from a submission goes through `safe`: no control character or bidirectional override reaches a report.
  threw: (error: string, position?: {line: number; column?: number}) =>
    both(
      `функция выбросила исключение${position ? ` ${errorPlace(position).ru}` : ""}: ${safe(error)}`,
      `the function threw${position ? ` ${errorPlace(position).en}` : ""}: ${safe(error)}`
    ),
  noOutput: both("нет результата для этой проверки", "no result for this check"),
  syntaxError: (file: string, line: number, column: number, message: string) =>
    both(
      `синтаксическая ошибка в ${safe(file)}:${line}:${column}: ${safe(explainSyntaxError(message).ru)}`,
      `syntax error in ${safe(file)}:${line}:${column}: ${safe(message)}`
    ),
  fillTheGap: both(
    "Замените «...» своим кодом: это пропуск, который нужно заполнить.",
    "Replace the `...` with your code: it is a gap to fill in."
  ),
  importError: (file: string, message: string, position?: {line: number; column?: number}) =>
    both(
      `${safe(file)} не удалось загрузить${position ? ` (ошибка ${errorPlace(position).ru})` : ""}: ${safe(message)}`,
      `${safe(file)} could not be loaded${position ? ` (an error ${errorPlace(position).en})` : ""}: ${safe(message)}`
    ),
  /** Where an error was raised, for the error shown once above the checks that threw it. */
  where: (position: {line: number; column?: number}) => errorPlace(position),
  missingExport: (file: string, name: string, exports: string[]) => {
    [file, exports] = [safe(file), exports.map(safe)];
    return both(
      `${file} не экспортирует функцию ${name}; экспортировано: ${exports.length ? exports.join(", ") : "ничего"}`,
      `${file} does not export a function ${name}; it exports ${exports.length ? exports.join(", ") : "nothing"}`
    );
  },
  timeout: (seconds: number) =>
    both(
      `время вышло: код работал дольше ${seconds} с и был остановлен (бесконечный цикл?)`,
      `time is up: the code ran longer than ${seconds} s and was stopped (an infinite loop?)`
    ),
  crashed: (message: string) =>
    both(`проверка прервана: ${safe(message)}`, `the check was interrupted: ${safe(message)}`),
  missingFile: (file: string) => both(`файл ${file} не найден в решении`, `${file} is not in the submission`)
};
