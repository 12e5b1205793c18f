import {both} from "../localized.js";
import {countOf} from "../plural.js";

const exercisesWord = {ru: ["упражнение", "упражнения", "упражнений"], en: ["exercise", "exercises"]} as const;

/** The whole course's work in one place: the name field, **Export all my work**, the home page's progress. */
export const courseWorkMessages = {
  studentName: both("Ваше имя", "Your name"),
  studentNamePlaceholder: both("Имя и фамилия", "First and last name"),
  exportAll: both("Скачать всю мою работу (.zip)", "Export all my work (.zip)"),
  exportAllNote: both(
    "Один архив со всеми упражнениями курса, со всех уроков: его и сдавайте.",
    "One archive with every exercise of the course, from every lesson: this is the file to hand in."
  ),
  exported: (count: number, file: string) =>
    both(
      `Сохранено в ${file}: ${countOf(count, exercisesWord).ru} курса.`,
      `Saved to ${file}: ${countOf(count, exercisesWord).en} of the course.`
    ),
  noName: both(
    "Впишите своё имя выше, чтобы архив назывался по нему.",
    "Enter your name above so that the file is named after you."
  ),
  exportNothing: both(
    "Пока нечего сохранять: вы ещё не меняли код ни одного упражнения курса.",
    "Nothing to export yet: you have not edited any exercise of the course."
  ),
  exportFailed: (message: string) =>
    both(`Не удалось собрать архив: ${message}`, `Could not build the archive: ${message}`),
  progressCaption: both("Ваши упражнения", "Your exercises"),
  exercise: both("Упражнение", "Exercise"),
  lesson: both("Урок", "Lesson"),
  state: both("Состояние", "State"),
  notStarted: both("не начато", "not started"),
  started: both("начато", "started"),
  passed: both("пройдено", "passed"),
  notChecked: both("ещё не проверялось", "not checked yet"),
  lastCheck: (passed: number, total: number) =>
    both(`последняя проверка: ${passed} из ${total}`, `last check: ${passed} of ${total}`),
  changedSince: both("код изменён после неё", "the code changed since"),
  progressNote: both(
    "По работе, сохранённой в этом браузере; проверка здесь — это видимые проверки кнопки «Проверить», у преподавателя проверок больше.",
    "From the work saved in this browser; a check here is the Check button's visible checks, the grader has more."
  )
};
