import {both} from "../localized.js";

/** Augmentations: the sliders and buttons of the augmentation demo. */
export const augmentationMessages = {
  rotation: both("поворот, °", "rotation, °"),
  flipHorizontal: both("отразить по горизонтали", "flip left–right"),
  flipVertical: both("отразить по вертикали", "flip up–down"),
  crop: both("обрезка: доля стороны", "crop: fraction of the side"),
  cropY: both("обрезка: сверху ↔ снизу", "crop: top ↔ bottom"),
  cropX: both("обрезка: слева ↔ справа", "crop: left ↔ right"),
  scale: both("масштаб", "scale"),
  random: both("Случайно", "Random"),
  reset: both("Сбросить", "Reset"),
  upload: both("Своё изображение:", "Your own image:"),
  original: both("исходные", "original"),
  augmented: both("после аугментации", "augmented"),
  uploadFailed: (message: string) =>
    both(`Не удалось прочитать изображение: ${message}`, `Could not read the image: ${message}`)
};
