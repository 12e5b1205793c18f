import {both} from "../localized.js";

/** The demo of the convolutional block's third stride. */
export const thirdStrideMessages = {
  expression: both("выражение", "expression"),
  shape: both("форма", "shape"),
  strideOne: both("третья свёртка с шагом 1 (ваш блок)", "third convolution with stride 1 (your block)"),
  strideS: both("та же свёртка с шагом s = 2", "the same convolution with stride s = 2"),
  mainPath: both("выход третьей свёртки", "the third convolution's output"),
  output: both("выход блока", "the block's output"),
  matches: both("совпадает с напечатанным A[0]", "matches the printed A[0]"),
  yes: both("да", "yes"),
  no: both("нет", "no"),
  waiting: both(
    "Когда ваш convolutional-блок пройдёт проверку, здесь он будет запущен дважды: как написан и с шагом s у третьей свёртки.",
    "Once your convolutional block passes its check, it runs here twice: as you wrote it, and with stride s in the third convolution."
  ),
  notFound: both(
    "В вашем блоке не нашлось свёртки 1×1 с F3 фильтрами и шагом 1 (третьей свёртки основного пути), менять нечего.",
    "Your block has no 1×1 convolution with F3 filters and stride 1 (the main path's third), so there is nothing to change."
  ),
  timeout: (seconds: number) =>
    both(`блок не закончил работу за ${seconds} с`, `the block did not finish within ${seconds} s`),
  failed: (message: string) =>
    both(`Не удалось запустить ваш блок: ${message}`, `Your block could not be run: ${message}`)
};
