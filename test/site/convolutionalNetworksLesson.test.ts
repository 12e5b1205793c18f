import {readFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import * as tf from "@convlab/tfjs";
import {setupNodeTf} from "../../src/backends/node.js";
import {leNetShapes} from "../../src/models/leNetShapes.js";
import {outputGeometry, tfMaxPool} from "../../src/ops/tfReference.js";
import {windowSteps} from "../../src/ui/windowSteps.js";
import {leNetDocumentLog} from "../documents/transcribed.js";

/**
 * Lesson 1's claims, computed from the project's code and looked up in both trees of the page:
 * the course speaks in its own voice, and what the page says about padding, LeNet and the source's
 * errata is what TensorFlow and the library compute.
 */

const languages = ["en", "ru"] as const;
type Lang = (typeof languages)[number];
const page = Object.fromEntries(
  languages.map((lang) => [lang, readFileSync(join("lessons", lang, "1-convolutional-networks.md"), "utf8")])
) as Record<Lang, string>;

/** The page without its code: no fenced cells, no inline code, no heading ids. */
const proseOf = (markdown: string) =>
  markdown
    .replace(/^```[\s\S]*?^```$/gm, "")
    .replace(/`[^`\n]*`/g, "")
    .replace(/\{#[\w-]+\}/g, "");

/** The source notes' text, and the page's text outside them. */
function splitSourceNotes(markdown: string): {notes: string[]; outside: string} {
  const notes: string[] = [];
  const outside = markdown.replace(/<div class="source-note" role="note">\n([\s\S]*?)\n<\/div>/g, (_, body: string) => {
    notes.push(body);
    return "";
  });
  return {notes, outside};
}

const mentions: Record<Lang, RegExp> = {
  en: /\b(?:document|notebook)s?\b/gi,
  ru: /(?:документ|ноутбук|тетрад)\p{L}*/giu
};
const noteHeading: Record<Lang, string> = {en: "**Source note.**", ru: "**Заметка об источнике.**"};

/** The text of the section that starts at heading id `id` (up to the next heading). */
function section(lang: Lang, id: string): string {
  const start = page[lang].indexOf(`{#${id}}`);
  expect(start, id).toBeGreaterThan(0);
  const next = page[lang].slice(start).search(/\n#{1,6} /);
  return page[lang].slice(start, next < 0 ? undefined : start + next);
}

beforeAll(async () => {
  await setupNodeTf();
});

describe.each(languages)("lesson 1 (%s) in the course's own voice", (lang) => {
  const {notes, outside} = splitSourceNotes(page[lang]);

  it("names the source material only inside source notes, at most 8 times", () => {
    expect(proseOf(outside).match(mentions[lang]) ?? []).toEqual([]);
    const inNotes = notes.flatMap((note) => proseOf(note).match(mentions[lang]) ?? []);
    expect(inNotes.length).toBeGreaterThan(0);
    expect(inNotes.length).toBeLessThanOrEqual(8);
  });

  it("opens every source note with its heading, once", () => {
    expect(notes.length).toBeGreaterThanOrEqual(6);
    for (const note of notes) expect(note.trimStart().startsWith(noteHeading[lang]), note.slice(0, 60)).toBe(true);
    expect(outside).not.toContain(noteHeading[lang]);
  });

  if (lang === "ru") {
    it("uses the glossary's terms and the decimal comma in prose", () => {
      const prose = proseOf(page.ru);
      expect(prose).not.toMatch(/кросс-энтропи|cross-entropy|тетрад/i);
      expect(prose).toContain("Пакетная нормализация (batch normalization");
      expect(prose.match(/\(batch normalization/g)).toHaveLength(1);
      const decimalPoints = prose.replace(/\$[^$\n]*\$/g, "").match(/\b\d+\.\d+\b/g) ?? [];
      expect(decimalPoints).toEqual([]);
    });
  }
});

describe.each(languages)("lesson 1 (%s): what the page says is what the code computes", (lang) => {
  it("the animation's stride-2 same padding on 3×3: one zero before the input and one after", () => {
    const [n, K, s] = [3, 3, 2];
    const {out, padBefore} = outputGeometry(n, K, s, "same");
    const total = (out - 1) * s + K - n;
    const example = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9]
    ];
    const plan = windowSteps(example, {mode: "convolution", kernel: example, stride: [s, s], padding: "same"});
    expect([plan.padTop, plan.padded.length - n - plan.padTop]).toEqual([padBefore, total - padBefore]);
    expect([padBefore, total - padBefore]).toEqual([1, 1]);
    const text = section(lang, "convolution-animation");
    expect(text).toContain(`$(${out} - 1) \\cdot ${s} + ${K} - ${n} = ${total}$`);
    expect(text).toContain({en: "one before the input and one after", ru: "один перед входом и один после"}[lang]);
    expect(text).not.toMatch(/zeros go on one side only|добавляются только с одной стороны/);
    // A 4×4 input with the same kernel and stride: a single zero, after the input.
    const even = outputGeometry(4, K, s, "same");
    expect([even.padBefore, (even.out - 1) * s + K - 4 - even.padBefore]).toEqual([0, 1]);
    expect(text).toContain({en: "a single zero, after it", ru: "один ноль, после входа"}[lang]);
  });

  it("same pooling starts ⌊pad/2⌋ before the first pixel: the page's counts for K = 3 and K = 5, as tf.maxPool places them", () => {
    const X5 = Array.from({length: 5}, (_, y) => Array.from({length: 5}, (_, x) => 5 * y + x + 1));
    const before = [3, 5].map((K) => {
      const {padBefore} = outputGeometry(5, K, 1, "same");
      // X5 grows along rows and columns: the first window's maximum is its last pixel, K − 1 − padBefore.
      const last = K - 1 - padBefore;
      expect(tfMaxPool(X5, [K, K], "same", [1, 1]).values[0]).toBe(X5[last][last]);
      return padBefore;
    });
    expect(before).toEqual([1, 2]);
    const expected = {
      en: `${before[0]} pixel for $K = 3$ and ${before[1]} for $K = 5$`,
      ru: `${before[0]} пиксель для $K = 3$ и ${before[1]} для $K = 5$`
    }[lang];
    expect(section(lang, "document-pooling-differs")).toContain(expected);
    expect(section(lang, "padding-and-stride")).toContain("$\\lfloor pad/2 \\rfloor$");
  });

  it("LeNet's three dense layers are one linear map of rank at most 10", () => {
    for (const asInDocument of [false, true]) {
      const dense = leNetShapes([32, 32, 3], {asInDocument}).variables.filter((shape) => shape.length === 2);
      expect(dense).toHaveLength(3);
      const rankBound = Math.min(...dense.flat());
      expect(rankBound).toBe(10);
    }
    const text = section(lang, "lenet");
    expect(text).toContain({en: "of rank at most 10", ru: "ранга не больше 10"}[lang]);
    expect(text).not.toMatch(/at most 84|не больше 84/);
  });

  it("a convolutional layer's parameters: the page's two counts for 3×3, 64 → 128", () => {
    const layer = tf.layers.conv2d({filters: 128, kernelSize: 3});
    layer.apply(tf.input({shape: [8, 8, 64]}));
    const counted = layer.countParams();
    expect(counted).toBe((3 * 3 * 64 + 1) * 128);
    const text = section(lang, "parameter-count");
    const thin = (n: number) => String(n).replace(/(\d)(?=(\d{3})+$)/, "$1\\,");
    expect(text).toContain(`= ${thin(counted)}$`);
    expect(text).toContain(`= ${thin((3 * 3 + 1) * 64 * 128)}$`);
  });

  it("'full' is no padding of TensorFlow's, and the (5, 5) printed is the padded example's shape", () => {
    const image = tf.zeros([1, 3, 3, 1]) as tf.Tensor4D;
    const kernel = tf.zeros([3, 3, 1, 1]) as tf.Tensor4D;
    expect(() => tf.conv2d(image, kernel, 1, "full" as "same")).toThrow(/full/);
    const {out, padBefore} = outputGeometry(3, 3, 1, "same");
    const padded = 3 + ((out - 1) * 1 + 3 - 3);
    expect([padBefore, padded]).toEqual([1, 5]);
    const text = section(lang, "document-conv-differs");
    expect(text).toContain(`\`(${padded}, ${padded})\``);
    expect(text).toContain('tf.conv2d(image, kernel, 1, "full")');
    tf.dispose([image, kernel]);
  });

  it("shows the source's LeNet log in full, epochs 1 to 10", () => {
    const rows = [...section(lang, "lenet-training").matchAll(/^\| (\d+) \| `(\[[^\]]*\])` \| `(\[[^\]]*\])` \|$/gm)];
    expect(rows.map(([, epoch, train, validation]) => ({epoch: Number(epoch), train, validation}))).toEqual(
      leNetDocumentLog
    );
  });

  it("batch normalization is dated 2015", () => {
    const text = section(lang, "batch-normalization");
    expect(text).toMatch(/(?:Ioffe and Szegedy|Иоффе и Сегеди), 2015\)/);
  });
});

describe("lesson 1's shuffle demonstration, run as the page runs it", () => {
  /** Runs the page's cell that builds the batches, with `display` and the views replaced by recorders. */
  function runBatchCell(lang: Lang, random: () => number): {asWritten: number[][]; shuffled: number[][]} {
    const cell = [...page[lang].matchAll(/^```js echo\n([\s\S]*?)^```$/gm)]
      .map(([, code]) => code)
      .find((code) => code.includes("batchesAsWritten"));
    expect(cell).toBeDefined();
    const shown: number[][][] = [];
    const matrixView = (matrix: number[][]) => matrix;
    const sideBySide = (...matrices: number[][][]) => shown.push(...matrices);
    const math = Object.create(Math, {random: {value: random}});
    new Function("display", "sideBySide", "matrixView", "Math", cell!)(() => undefined, sideBySide, matrixView, math);
    const [asWritten, shuffled] = shown;
    return {asWritten, shuffled};
  }

  it.each(languages)(
    "(%s) slicing the examples gives the same batches whatever the shuffle; indexing through it does not",
    (lang) => {
      let state = 1;
      const {asWritten, shuffled} = runBatchCell(lang, () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646);
      expect(asWritten).toEqual([
        [0, 1, 2, 3],
        [4, 5, 6, 7],
        [8, 9, 10, 11]
      ]);
      expect(shuffled.flat().sort((a, b) => a - b)).toEqual(asWritten.flat());
      expect(shuffled).not.toEqual(asWritten);
    }
  );
});
