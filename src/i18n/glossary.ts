/**
 * The course's Russian terms: one word for each idea, in the lessons, the UI and the grader's
 * messages alike. Chosen from what the Russian lessons mostly say (e.g. "пакетная нормализация"
 * 19 times against "batch norm" in code-like places; "перекрёстная энтропия" over "кросс-энтропия";
 * "ноутбук" over "тетрадь"). `test/i18n/glossary.test.ts` holds the Russian UI strings to it.
 */
export const glossary = [
  {en: "convolution", ru: "свёртка"},
  {en: "convolutional layer", ru: "свёрточный слой"},
  {en: "convolutional network", ru: "свёрточная сеть"},
  {en: "kernel", ru: "ядро"},
  {en: "filter", ru: "фильтр"},
  {en: "stride", ru: "шаг"},
  {en: "padding", ru: "дополнение нулями"},
  {en: "pooling", ru: "пулинг"},
  {en: "feature map", ru: "карта признаков"},
  {en: "channel", ru: "канал"},
  {en: "fully connected layer", ru: "полносвязный слой"},
  {en: "activation", ru: "активация"},
  {en: "batch normalization", ru: "пакетная нормализация"},
  {en: "batch", ru: "батч"},
  {en: "epoch", ru: "эпоха"},
  {en: "loss", ru: "потери"},
  {en: "loss function", ru: "функция потерь"},
  {en: "cross-entropy", ru: "перекрёстная энтропия"},
  {en: "accuracy", ru: "точность"},
  {en: "training", ru: "обучение"},
  {en: "validation", ru: "валидация"},
  {en: "test", ru: "тест"},
  {en: "weights", ru: "веса"},
  {en: "gradient", ru: "градиент"},
  {en: "vanishing gradient", ru: "затухающий градиент"},
  {en: "residual block", ru: "остаточный блок"},
  {en: "residual network", ru: "остаточная сеть"},
  {en: "skip connection", ru: "обходная связь"},
  {en: "basic block", ru: "базовый блок"},
  {en: "cardinality", ru: "кардинальность"},
  {en: "growth rate", ru: "темп роста"},
  {en: "augmentation", ru: "аугментация"},
  {en: "backend", ru: "бэкенд"},
  {en: "notebook", ru: "ноутбук"},
  {en: "exercise", ru: "упражнение"},
  {en: "check", ru: "проверка"}
] as const;

/**
 * Latin-alphabet words that Russian text uses as they are: names of architectures, libraries,
 * data sets, file formats and functions that the course's code calls by these names.
 */
export const loanwords: ReadonlySet<string> = new Set([
  // architectures and blocks
  "LeNet",
  "LeNet-5",
  "AlexNet",
  "VGG",
  "Inception",
  "GoogLeNet",
  "ResNet",
  "ResNeXt",
  "DenseNet",
  "SE-ResNet",
  "SE-ResNeXt",
  "SE",
  "ReLU",
  "softmax",
  "sigmoid",
  "max",
  "pooling",
  "identity",
  "convolutional",
  "bottleneck",
  // libraries, tools, platforms
  "TensorFlow",
  "TensorFlow.js",
  "Keras",
  "PyTorch",
  "torchvision",
  "tfjs",
  "WebGL",
  "WebGPU",
  "WebAssembly",
  "wasm",
  "SIMD",
  "cpu",
  "webgl",
  "webgpu",
  "JavaScript",
  "TypeScript",
  "Python",
  "KaTeX",
  "Observable",
  "Framework",
  "ConvLab",
  "Gradescope",
  "Canvas",
  "Moodle",
  "PrairieLearn",
  "npm",
  "npx",
  "convlab",
  "grade",
  // data sets and formats
  "MNIST",
  "ImageNet",
  "CIFAR-10",
  "SIGNS",
  "float32",
  "zip",
  "CSV",
  "JSON",
  "PNG",
  "JPEG",
  "ILSVRC",
  "top-1",
  "top-5",
  "Adam",
  "SGD",
  "GAP"
]);

/**
 * The Latin-alphabet words of a Russian text that are neither loanwords nor code: what a Russian
 * reader should not meet. Code is allowed: anything in backticks, a `// #region name` marker,
 * identifiers (`camelCase`, `snake_case`, `tf.maxPool`, calls, paths and file names, words with
 * digits), single letters (variables such as X, W, K), and acronyms in capitals (CPU, URL).
 */
export function latinWords(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, " ").replace(/\/\/ ?#\w+(?: [\w-]+)?/g, " ");
  const words = prose.match(/[A-Za-z][A-Za-z0-9]*(?:[-.'_/][A-Za-z0-9]+)*(?:\()?/g) ?? [];
  return words.filter((word) => !isAllowed(word));
}

function isAllowed(word: string): boolean {
  if (loanwords.has(word)) return true;
  if (/^[a-z]+[A-Z]|\(|_|\/|\d|^[a-z]+\.[a-z]/.test(word)) return true; // identifiers, calls, paths, names with digits
  if (/^[A-Za-z]\.?$/.test(word)) return true; // variables
  if (/^(Alt|Ctrl|Shift|Meta)-[A-Z0-9]$/.test(word)) return true; // keyboard shortcuts, as keys are labelled
  if (/^[A-Z]{2,}s?$/.test(word)) return true; // acronyms
  if (/\.(ts|js|json|zip|csv|png|jpe?g|md|txt)$/.test(word)) return true; // file names
  const parts = word.split("-");
  return parts.length > 1 && parts.every((part) => isAllowed(part)); // "ResNet-50", "SE-ResNet"
}
