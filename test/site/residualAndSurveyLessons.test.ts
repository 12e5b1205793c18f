import {readFileSync} from "node:fs";
import {createMarkdownIt, parseMarkdown} from "@observablehq/framework/dist/markdown.js";
import {beforeAll, describe, expect, it} from "vitest";
import config from "../../observablehq.config.js";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/index.js";
import {formatNumber, pluralForm} from "../../src/i18n/index.js";

/**
 * Lessons 2 and 3 teach in the course's own voice: the lecture notebooks are named only inside
 * source notes, and the claims the findings corrected are computed here and read back from
 * the pages (both languages), so a later edit cannot bring the old figures back unnoticed.
 */

const languages = ["en", "ru"] as const;
type Lang = (typeof languages)[number];
const pages = ["2-residual-networks", "3-architecture-survey"];
const read = (lang: Lang, page: string) => readFileSync(`lessons/${lang}/${page}.md`, "utf8");

const cellPattern = /^```js\n[\s\S]*?^```$/gm;
const notePattern = /^<div class="source-note" role="note">\n\n([\s\S]*?)\n\n<\/div>$/gm;
const noteHeading: Record<Lang, string> = {en: "**Source note.**", ru: "**Заметка об источнике.**"};
const mentionPattern: Record<Lang, RegExp> = {en: /\b(?:document|notebook)/gi, ru: /документ|ноутбук/gi};

/** The page's prose: code cells, inline `${…}` expressions and inline code set aside. */
const prose = (markdown: string) =>
  markdown
    .replace(cellPattern, "")
    .replace(/\$\{[^}]*\}/g, "")
    .replace(/`[^`\n]*`/g, "");
const notesOf = (markdown: string) => [...markdown.matchAll(notePattern)].map((match) => match[1]);
const withoutNotes = (markdown: string) => markdown.replace(notePattern, "");
/** Digits grouped by spaces (Russian thousands) read as one number, as in "1 766". */
const ungrouped = (text: string) => text.replace(/(\d)[ \u00a0\u202f](?=\d{3}\b)/g, "$1");

type Tensor = ReturnType<TF["zeros"]>;

const md = createMarkdownIt({markdownIt: config.markdownIt});
const render = (lang: Lang, page: string) =>
  parseMarkdown(read(lang, page), {md, path: `/${lang}/${page}`}).body as string;

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

describe.each(languages)("lessons 2 and 3 in %s", (lang) => {
  describe.each(pages)("%s", (page) => {
    const markdown = read(lang, page);

    it("names the lecture notebook only inside source notes, at most 8 times", () => {
      const notes = notesOf(markdown);
      expect(notes.length).toBeGreaterThan(2);
      for (const note of notes) expect(note.startsWith(noteHeading[lang])).toBe(true);
      expect(prose(withoutNotes(markdown)).match(mentionPattern[lang]) ?? []).toEqual([]);
      const mentions = notes.flatMap((note) => prose(note).match(mentionPattern[lang]) ?? []);
      expect(mentions.length).toBeGreaterThan(0);
      expect(mentions.length).toBeLessThanOrEqual(8);
    });

    it("renders every source note in Framework's pipeline, with its math and no raw TeX", () => {
      const html = render(lang, page);
      expect(html.match(/<div class="source-note" role="note">/g)?.length).toBe(notesOf(markdown).length);
      expect(html).not.toContain("katex-error");
      expect(html).not.toContain("color:#cc0000");
      const text = html
        .replace(/<span class="katex">[\s\S]*?<\/math><\/span>/g, "")
        .replace(/<code>[\s\S]*?<\/code>/g, "")
        .replace(/<[^>]+>/g, "");
      expect(text.match(/\$[^\s{]{0,20}/g) ?? []).toEqual([]);
    });

    it("draws each figure in its place with src/ui/figures, and leaves no figure marker", () => {
      expect(markdown).not.toMatch(/<!-- figure:/);
      // A figure's cell draws it in a task of its own (src/ui/inOwnTask.ts).
      const calls = [
        ...markdown.matchAll(
          /display\(await inOwnTask\(\(\) => (?:figureRow\(top5Chart\(\{lang\}\), )?(\w+Figure|depthChart)\((?:[^)]*?kind: "(\w+)")?/g
        )
      ].map((match) => (match[2] ? `${match[1]}:${match[2]}` : match[1]));
      const expected =
        page === pages[0]
          ? [
              "plainVsResidualFigure",
              "residualBlockFigure:identity",
              "residualBlockFigure:convolutional",
              "resnetStagesFigure"
            ]
          : ["depthChart", "objectSizesFigure", "inceptionModuleFigure", "googlenetFigure"];
      expect(calls).toEqual(expected);
    });
  });
});

describe("the Russian pages of lessons 2 and 3", () => {
  it.each(pages)("%s uses the glossary's terms", (page) => {
    const text = prose(read("ru", page));
    expect(text).not.toMatch(/кросс-энтроп|тетрад/i);
    expect(text.match(/batch norm\w*/gi) ?? []).toEqual(["batch normalization"]);
    const first = text.search(/пакетн\S+ нормализаци\S+/i);
    expect(text.slice(first).match(/^пакетн\S+ нормализаци\S+ \(batch normalization\)/i)).not.toBeNull();
  });
});

describe("lesson 2's claims, computed", () => {
  it("a sigmoid layer's factor is at most 1/4 of its weight, and a weight of 8 doubles the gradient (finding 5)", () => {
    const slope = (w: number) =>
      tf.tidy(
        () =>
          tf
            .grad((x) => tf.sigmoid(x.mul(w)))(tf.scalar(0))
            .dataSync()[0]
      );
    const atOne = slope(1);
    expect(atOne).toBeCloseTo(0.25, 6);
    const w = 8;
    const claim = `w\\,\\sigma'(0) = ${w} \\cdot \\tfrac{1}{${Math.round(1 / atOne)}} = ${Math.round(slope(w))}`;
    for (const lang of languages) {
      const page = read(lang, pages[0]);
      expect(page).toContain(`\\le 1/${Math.round(1 / atOne)}`);
      expect(page).toContain(claim);
    }
    expect(read("en", pages[0])).not.toMatch(/divides the gradient by at least four/);
    expect(read("ru", pages[0])).not.toMatch(/каждый слой уменьшает градиент как минимум вчетверо/);
  });

  it("a shape assertion passes with stride s in the third convolution: Add broadcasts (finding 2)", () => {
    const shapes = tf.tidy(() => {
      const secondConvolution = tf.zeros([3, 2, 2, 4]);
      const third = tf.layers.conv2d({filters: 6, kernelSize: 1, strides: 2, padding: "valid"});
      const mainPath = third.apply(secondConvolution) as Tensor;
      const shortcut = tf.zeros([3, 2, 2, 6]);
      const sum = tf.layers.add().apply([mainPath, shortcut]) as Tensor;
      return [mainPath.shape, shortcut.shape, sum.shape];
    });
    const tuple = (shape: number[]) => `$(${shape.join(", ")})$`;
    const [mainPath, shortcut, sum] = shapes.map(tuple);
    expect(sum).toBe(shortcut);
    const gives = {en: "gives", ru: "даёт"};
    const passes = {en: "the assertion passes with either stride", ru: "проверка проходит при любом из двух шагов"};
    for (const lang of languages) {
      const note = notesOf(read(lang, pages[0])).find((text) => text.includes("thirdStrideDemo"));
      expect(note).toBeDefined();
      expect(note).toContain(`${mainPath.slice(0, -1)} + ${shortcut.slice(1)} ${gives[lang]} ${sum}`);
      expect(note).toContain(passes[lang]);
    }
    expect(read("en", pages[0])).not.toMatch(/its own shape assertion and its printed output need stride 1/);
  });

  it("ResNet-50's table of shapes is the model's, stage by stage", () => {
    const summary = JSON.parse(readFileSync("lessons/data/expected/resnet50.json", "utf8"));
    const layers: Array<{type: string; outputShape: number[]}> = summary.cases[0].expected.layers;
    const first = (type: string) => layers.find((layer) => layer.type === type)!.outputShape;
    const stageEnds = layers
      .filter((layer) => layer.type === "Add")
      .map((layer) => layer.outputShape)
      .filter((shape, i, all) => i === all.length - 1 || shape.join() !== all[i + 1].join());
    const expected = [
      first("ZeroPadding2D"),
      first("Conv2D"),
      first("MaxPooling2D"),
      ...stageEnds,
      first("AveragePooling2D"),
      layers.at(-1)!.outputShape
    ].map((shape) => shape.join("×"));
    expect(expected).toEqual([
      "70×70×3",
      "32×32×64",
      "15×15×64",
      "15×15×256",
      "8×8×512",
      "4×4×1024",
      "2×2×2048",
      "1×1×2048",
      "6"
    ]);
    for (const lang of languages) {
      const rows = [...read(lang, pages[0]).matchAll(/^\| [^|]+ \| \$([\d \\times]+)\$ \|$/gm)];
      expect(rows.map((row) => row[1].split(" \\times ").join("×"))).toEqual(expected);
    }
  });

  it("the full run's epochs add up to the total the page gives (finding 11)", () => {
    const images = 1080;
    for (const lang of languages) {
      const page = read(lang, pages[0]);
      const rows = [...page.matchAll(/^\| (\d+) \|(?: [^|]+ \|){5} (\d+) \|$/gm)];
      expect(rows.map((row) => Number(row[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const total = rows.reduce((sum, row) => sum + Number(row[2]), 0);
      const [minutes, seconds] = [Math.floor(total / 60), total % 60];
      const perEpoch = formatNumber(total / rows.length, lang, {maximumFractionDigits: 1});
      const rate = formatNumber((images * rows.length) / total, lang, {maximumFractionDigits: 1});
      // "took 1 second", "заняли 1 секунду / 2 секунды / 5 секунд": each count with its own form.
      const secondsOf = (n: number) =>
        `${formatNumber(n, lang)} ${pluralForm(n, {en: ["second", "seconds"], ru: ["секунду", "секунды", "секунд"]}, lang)}`;
      const minutesOf = (n: number) =>
        `${n} ${pluralForm(n, {en: ["minute", "minutes"], ru: ["минуту", "минуты", "минут"]}, lang)}`;
      const claim = {
        en: `Ten epochs took ${secondsOf(total)}, ${minutesOf(minutes)} ${secondsOf(seconds)}: ${perEpoch} s an epoch, ${rate} images a second.`,
        ru: `Десять эпох заняли ${secondsOf(total)}, ${minutesOf(minutes)} ${secondsOf(seconds)}: ${perEpoch} с на эпоху, ${rate} изображения в секунду.`
      }[lang];
      expect(ungrouped(page)).toContain(ungrouped(claim));
    }
  });
});

describe("lesson 3's chain rule, computed (finding 10)", () => {
  it("multiplies each layer's derivative by its input, not by its weights", () => {
    const [w1, w2, x] = [0.7, -1.3, 0.4];
    const outer = (a: number, b: number) => tf.tidy(() => tf.tanh(tf.scalar(a).mul(b)).dataSync()[0]);
    const slope = (f: (v: Tensor) => Tensor, at: number) => tf.tidy(() => tf.grad(f)(tf.scalar(at)).dataSync()[0]);
    const F1 = outer(w1, x);
    const truth = slope((v) => tf.tanh(tf.tanh(v.mul(x)).mul(w2)), w1);
    const dF2dF1 = slope((v) => tf.tanh(v.mul(w2)), F1);
    const dF2dW2 = slope((v) => tf.tanh(v.mul(F1)), w2);
    const dF1dW1 = slope((v) => tf.tanh(v.mul(x)), w1);
    expect(dF2dF1 * dF1dW1).toBeCloseTo(truth, 5);
    expect(Math.abs(dF2dW2 * dF1dW1 - truth)).toBeGreaterThan(0.01);
    for (const lang of languages) {
      const page = read(lang, pages[1]);
      const outside = withoutNotes(page);
      expect(outside).toContain("\\frac{\\partial F_N}{\\partial F_{N-1}}");
      expect(outside).not.toContain("\\frac{\\partial F_N}{\\partial W_N}");
      expect(notesOf(page).some((note) => note.includes("\\frac{\\partial F_N}{\\partial W_N}"))).toBe(true);
    }
  });
});
