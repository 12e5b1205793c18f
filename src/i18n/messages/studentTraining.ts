import {both} from "../localized.js";

/** The lock in front of a training section that trains the student's own network. */
export const studentTrainingMessages = {
  failed: (message: string) =>
    both(
      `Не удалось взять функцию из вашего кода: ${message}`,
      `Could not take the function from your code: ${message}`
    )
};

/** Lesson 1's LeNet training: what unlocks it. */
export const leNetTrainingMessages = {
  locked: both(
    "Пройдите упражнение leNet выше, чтобы обучить свою сеть: обучение откроется, когда ваш leNet пройдёт проверку, и учится именно ваша сеть.",
    "Pass the leNet exercise above to train your network: training unlocks once your leNet passes its check, and it is your network that learns."
  ),
  checkSaved: both("Проверить мой leNet и открыть обучение", "Check my leNet and unlock training"),
  unlocked: both(
    "Ваш leNet прошёл проверку; обучается именно он.",
    "Your leNet passed its check; it is the network trained here."
  )
};
