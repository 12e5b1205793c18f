import {both} from "../localized.js";

/**
 * The words of the site's frame around a lesson: Framework's own chrome (table of contents, pager,
 * sidebar toggle, copy button), which Framework 1.13 writes in English only (observablehq/framework#865),
 * and the label of the language switch in the page header. Applied by src/site/pageLanguage.ts.
 */
export const siteChromeMessages = {
  contents: both("Содержание", "Contents"),
  previousPage: both("Предыдущая страница", "Previous page"),
  nextPage: both("Следующая страница", "Next page"),
  toggleSidebar: both("Показать или скрыть боковую панель", "Toggle sidebar"),
  copyCode: both("Копировать код", "Copy code"),
  languageSwitch: both("Язык", "Language")
};
