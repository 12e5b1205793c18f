/** A pair of the same phrase of starter code: its English and its Russian text. */
export type StarterPhrase = readonly [en: string, ru: string];

/**
 * The Russian starter code made from the English one, every occurrence of each English phrase
 * replaced by its Russian counterpart, so that the code itself is written once. Throws on a phrase
 * the English code does not contain: a comment reworded in English then fails at import, instead
 * of leaving the Russian starter half in English.
 */
export function translateStarter(en: string, phrases: readonly StarterPhrase[]): string {
  let ru = en;
  for (const [english, russian] of phrases) {
    const parts = ru.split(english);
    if (parts.length === 1)
      throw new Error(`translateStarter: the English starter code has no ${JSON.stringify(english)}`);
    ru = parts.join(russian);
  }
  return ru;
}

/**
 * The opening both residual blocks' starter code shares: TensorFlow.js, the block's default
 * initializer from convlab/initializers, and the type of what layers are applied to.
 */
export function blockStarterOpening(initializer: "randomUniform" | "glorotUniform"): string {
  return `import * as tf from "@tensorflow/tfjs";
import {${initializer}, type Initializer} from "convlab/initializers";

/** What layers are applied to: a tensor, or a symbolic tensor while a model is being built. */
type Input = tf.Tensor | tf.SymbolicTensor;
`;
}

/** The comments both residual blocks' starter code shares, in both languages. */
export const blockStarterPhrases: readonly StarterPhrase[] = [
  [
    "/** What layers are applied to: a tensor, or a symbolic tensor while a model is being built. */",
    "/** К чему применяются слои: тензор или символический тензор, пока строится модель. */"
  ],
  [" * f: the size of the middle convolution's window", " * f: размер окна средней свёртки"],
  [
    " * training: true uses the batch's statistics in batch norm, false its moving averages",
    " * training: true — пакетная нормализация по статистике батча, false — по скользящим средним"
  ],
  [
    " * initializer: gives each kernel's initializer when called as initializer({seed: 0})",
    " * initializer: вызов initializer({seed: 0}) даёт инициализатор весов каждого ядра"
  ],
  ["// The numbers of filters", "// Количество фильтров"],
  ["// Keep the input for the shortcut", "// Сохраняем вход для shortcut-соединения"]
];
