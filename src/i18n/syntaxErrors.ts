import {both, type Localized} from "./localized.js";

/** Sucrase's parse errors (sucrase/dist/parser), each said in Russian; the English stays as Sucrase wrote it. */
const explanations: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^Unexpected token, expected "(.+)"$/, (expected) => `неожиданный символ: здесь ожидался «${expected}»`],
  [
    /^Unexpected token$/,
    () => "неожиданный символ: код здесь не по правилам языка (пропущенная скобка, запятая, оператор?)"
  ],
  [/^Unexpected character '(.+)'$/, (character) => `недопустимый символ «${character}»`],
  [/^Unterminated string constant$/, () => "строка не закрыта кавычкой"],
  [/^Unterminated template$/, () => "шаблонная строка не закрыта обратной кавычкой"],
  [/^Unterminated regular expression$/, () => "регулярное выражение не закрыто"],
  [/^Unterminated comment$/, () => "комментарий /* … */ не закрыт"],
  [/^Unexpectedly reached the end of input\.?$/, () => "код кончился раньше времени: не закрыта скобка или блок"]
];

/**
 * A transpiler's error message in both languages: Russian for each error Sucrase reports, with the
 * original in parentheses for anyone who searches for it; an unknown message stays as it was.
 */
export function explainSyntaxError(message: string): Localized {
  for (const [pattern, explain] of explanations) {
    const match = pattern.exec(message);
    if (match) return both(`${explain(...match.slice(1))} (${message})`, message);
  }
  return both(message, message);
}
