import {both} from "../localized.js";

/** The backend picker: TensorFlow.js's backends and what runs. */
export const backendMessages = {
  label: both("TensorFlow.js считает на", "TensorFlow.js runs on"),
  automatic: both("выбрать самый быстрый", "pick the fastest"),
  names: {
    webgpu: both("WebGPU (видеокарта)", "WebGPU (graphics card)"),
    webgl: both("WebGL (видеокарта)", "WebGL (graphics card)"),
    wasm: both("WebAssembly (процессор)", "WebAssembly (processor)"),
    cpu: both("JavaScript (процессор, медленно)", "JavaScript (processor, slow)")
  },
  starting: both("Запускаю TensorFlow.js…", "Starting TensorFlow.js…"),
  simd: both("SIMD", "SIMD"),
  threads: (n: number) => both(`потоков: ${n}`, n === 1 ? "1 thread" : `${n} threads`),
  oneThread: both(
    "один поток: сайт открыт без заголовков COOP/COEP, нужных для потоков",
    "one thread: the site is served without the COOP/COEP headers that threads need"
  ),
  softwareWebgl: both(
    "WebGL рисуется программно, без видеокарты: WebAssembly быстрее",
    "WebGL is drawn in software, without a graphics card: WebAssembly is faster"
  ),
  failed: (name: string) =>
    both(
      `Бэкенд ${name} в этом браузере не запускается; остаётся прежний.`,
      `The ${name} backend does not start in this browser; the previous one stays.`
    )
};
