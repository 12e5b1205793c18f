import {both} from "../localized.js";
import {formatPercent} from "../numbers.js";

/** Predicting a drawn or uploaded digit. */
export const imagePredictionMessages = {
  upload: both("Загрузить фото…", "Upload a photo…"),
  clear: both("Стереть", "Clear"),
  draw: both(
    "Нарисуйте цифру мышью или пальцем — или загрузите фото.",
    "Draw a digit with the mouse or a finger, or upload a photo."
  ),
  invert: both("тёмная цифра на светлом фоне (фото с бумаги)", "dark digit on a light background (a photo of paper)"),
  center: both("вписать по центру, как в MNIST", "fit to the centre, as in MNIST"),
  asBuilt: both(
    "пакетная нормализация как в Keras-модели документа (блоки берут статистику самого изображения)",
    "batch norm as in the document's Keras model (the blocks use the image's own statistics)"
  ),
  noModel: both(
    "Модели пока нет: обучите её или загрузите сохранённую в разделе выше.",
    "No model yet: train one, or let the section above restore the saved one."
  ),
  empty: both("Нарисуйте что-нибудь.", "Draw something first."),
  input: (size: number) => both(`вход сети, ${size}×${size}×3`, `the network's input, ${size}×${size}×3`),
  predicted: (name: string, p: number) =>
    both(
      `Класс: ${name} (вероятность ${formatPercent(p, "ru")})`,
      `Class: ${name} (probability ${formatPercent(p, "en")})`
    ),
  failed: (message: string) => both(`Не удалось: ${message}`, `Failed: ${message}`)
};
