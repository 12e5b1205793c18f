import {both} from "../localized.js";

/** The sliding-window animation of convolution and max pooling. */
export const slidingWindowMessages = {
  padding: both("дополнение", "padding"),
  stride: both("шаг", "stride"),
  window: both("окно", "window"),
  reset: both("В начало", "Reset"),
  back: both("◀ Назад", "◀ Back"),
  next: both("Вперёд ▶", "Next ▶"),
  play: both("▶ Пуск", "▶ Play"),
  pause: both("⏸ Пауза", "⏸ Pause"),
  position: (n: number, total: number, y: number, x: number) =>
    both(`позиция ${n} из ${total}: выход [${y}, ${x}]`, `position ${n} of ${total}: output [${y}, ${x}]`),
  input: both("вход, дополненный нулями", "padded input"),
  output: both("выход", "output"),
  kernel: both("ядро W", "kernel W")
};
