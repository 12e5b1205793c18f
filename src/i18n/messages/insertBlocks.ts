import {both} from "../localized.js";

/** The button that copies the student's blocks into the ResNet-50 exercise. */
export const insertBlocksMessages = {
  insert: both("Вставить мои блоки", "Insert my blocks"),
  inserted: both(
    "Блоки из упражнений выше вставлены между // #region blocks и // #endregion blocks.",
    "The blocks from the exercises above are now between // #region blocks and // #endregion blocks."
  ),
  missing: (ids: string[]) =>
    both(
      `Сначала напишите ${ids.join(" и ")} в упражнениях выше.`,
      `Write ${ids.join(" and ")} in the exercises above first.`
    ),
  noRegion: both(
    "В коде нет строк // #region blocks и // #endregion blocks: нажмите «Сбросить» или добавьте их.",
    "The code has no // #region blocks and // #endregion blocks lines: press Reset, or add them."
  )
};
