import {readFileSync} from "node:fs";
import {mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {unzipSync, strFromU8} from "fflate";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {gradeSubmission} from "../../src/grader/gradeSubmission.js";
import {browserTimeLimit} from "../../src/run/browserRunner.js";
import {lessons} from "../../src/site/sidebar.js";
import {openPage} from "./chromium.js";
import {builtPage} from "./pageChecks.js";
import {useSharedSite} from "./sharedBrowser.js";
import {projectRoot} from "./site.js";

const site = useSharedSite();

// Document 004's conv2d_one_filter, transcribed: pads for stride 1 and never uses `stride`.
const asInDocument = `export function conv2dOneFilter(X: number[][], W: number[][], padding = "same", stride = [1, 1]): number[][] {
  const [ky, kx] = [W.length, W[0].length];
  const [py, px] = padding === "same" ? [X.length + ky - 1, X[0].length + kx - 1] : [X.length, X[0].length];
  const [top, left] = padding === "valid" ? [0, 0] : [Math.floor((ky - 1) / 2), Math.floor((kx - 1) / 2)];
  const padded = Array.from({length: py}, () => new Array(px).fill(0));
  X.forEach((row, y) => row.forEach((v, x) => (padded[top + y][left + x] = v)));
  const result = Array.from({length: py - ky + 1}, () => new Array(px - kx + 1).fill(0));
  for (let y = 0; y + ky <= py; ++y)
    for (let x = 0; x + kx <= px; ++x)
      for (let i = 0; i < ky; ++i) for (let j = 0; j < kx; ++j) result[y][x] += padded[y + i][x + j] * W[i][j];
  return result;
}
`;
const solution = (id: string) => readFileSync(join(projectRoot, "solutions", `${id}.ts`), "utf8");
const cell = (page: Page, id: string) => page.locator(`.convlab-exercise[data-exercise="${id}"]`);

async function typeCode(page: Page, id: string, code: string): Promise<void> {
  await cell(page, id).locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(code);
}

async function check(page: Page, id: string): Promise<{passed: number; total: number; text: string}> {
  await cell(page, id).locator("button.convlab-check").click();
  const report = cell(page, id).locator(".convlab-report");
  await report.waitFor();
  return {
    passed: Number(await report.getAttribute("data-passed")),
    total: Number(await report.getAttribute("data-total")),
    text: await report.innerText()
  };
}

async function openLesson(lang: "ru" | "en"): Promise<{page: Page; errors: string[]}> {
  const opened = await openPage(site.browser);
  // The editors are what the tests need: not the page's every image and script ("load").
  await opened.page.goto(`${site.url}/${lang}/1-convolutional-networks`, {waitUntil: "domcontentloaded"});
  await cell(opened.page, "conv2d-one-filter").locator(".cm-content").waitFor();
  return opened;
}

describe("the built site", () => {
  // The page as the browser shows it (no raw TeX left, KaTeX's fonts): pages.test.ts, on its one visit.
  it.each(["ru", "en"] as const)("renders the math of the %s lesson at build time", (lang) => {
    const html = readFileSync(join(projectRoot, "dist", lang, "1-convolutional-networks.html"), "utf8");
    const markdown = readFileSync(join(projectRoot, "lessons", lang, "1-convolutional-networks.md"), "utf8");
    const displayFormulas = (markdown.match(/^\$\$$/gm)?.length ?? 0) / 2;
    expect(displayFormulas).toBeGreaterThanOrEqual(3);
    expect(html.match(/class="katex-display"/g)?.length).toBe(displayFormulas);
  });

  // Read from the built HTML (Framework renders headings and the header at build time): no browser needed.
  it.each(lessons.map((lesson) => lesson.slug))(
    "keeps the Russian and English %s in step: the same section ids, one language switch in the header",
    (slug) => {
      const [ru, en] = [builtPage("ru", slug), builtPage("en", slug)];
      expect(ru.ids).toEqual(en.ids);
      expect(ru.ids.length).toBeGreaterThanOrEqual(10);
      expect(ru.switches).toEqual([`../en/${slug}`]);
      expect(en.switches).toEqual([`../ru/${slug}`]);
      expect([ru.badges, en.badges]).toEqual([0, 0]);
    }
  );

  it("references no CDN or web-font host, and ships no _npm folder", () => {
    const result = readFileSync(join(projectRoot, "dist", "en", "1-convolutional-networks.html"), "utf8");
    expect(result).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|_npm\//);
  });
});

// Each language's lesson opened once; its tests check one exercise after another on it (a lesson's
// load, with its workers, is the biggest cost here). Each test types all the code it checks, and a
// Check replaces the cell's report, so a test sees only its own; a page of its own context starts
// with nothing saved. The Stop test's fresh worker is the next test's.
describe("exercise cells, on one visit of the English lesson", () => {
  let en: {page: Page; errors: string[]};
  beforeAll(async () => {
    en = await openLesson("en");
  });
  afterAll(() => en?.page.close());

  it("pass a correct conv2dOneFilter typed into the en lesson", async () => {
    const {page, errors} = en;
    await typeCode(page, "conv2d-one-filter", solution("conv2d-one-filter"));
    const result = await check(page, "conv2d-one-filter");
    expect(result.total).toBeGreaterThanOrEqual(16);
    expect(result.passed).toBe(result.total);
    expect(errors).toEqual([]);
  });

  it("report a gap left in the starter code as a syntax error with its line", async () => {
    // A page of its own context has nothing saved: the cell shows the starter code.
    const {page} = en;
    expect(await cell(page, "max-pooling").locator(".cm-content").innerText()).toContain("...");
    const result = await check(page, "max-pooling");
    expect(result.passed).toBe(0);
    expect(result.text).toMatch(/syntax error in max-pooling\.ts:\d+:\d+/);
    expect(result.text).toContain("Replace the `...` with your code");
  });

  it("fail the document's own conv2d_one_filter with a diff and the reason", async () => {
    const {page} = en;
    await typeCode(page, "conv2d-one-filter", asInDocument);
    const result = await check(page, "conv2d-one-filter");
    expect(result.passed).toBeGreaterThan(0); // the documented calls have stride 1
    expect(result.passed).toBeLessThan(result.total);
    expect(result.text).toContain("wrong shape: expected (3, 3), got (5, 6)");
    expect(result.text).toContain("it ignores the stride");
    expect(
      await cell(page, "conv2d-one-filter").locator(".convlab-diff table.convlab-matrix").first().isVisible()
    ).toBe(true);
  });

  it("report a runtime error once, at its line, mark that line in the editor, and mark the report stale after an edit", async () => {
    const {page} = en;
    const code = [
      "export function maxPooling(X: number[][]): number[][] {",
      "  const rows: number[][] = [];",
      "  return rows[X.length].map((x) => x);",
      "}",
      ""
    ].join("\n");
    await typeCode(page, "max-pooling", code);
    const result = await check(page, "max-pooling");
    expect(result.passed).toBe(0);
    expect(result.total).toBeGreaterThan(1);
    expect(result.text.match(/at line 3\b/g)).toHaveLength(1);
    expect(result.text).toContain(`in ${result.total} checks`);
    const exercise = cell(page, "max-pooling");
    expect(await exercise.locator(".convlab-error").count()).toBe(1);
    expect(await exercise.locator(".convlab-error-text").innerText()).toMatch(/^TypeError: /);
    const marked = exercise.locator(".cm-line.convlab-error-line");
    expect(await marked.count()).toBe(1);
    expect(await marked.innerText()).toBe("  return rows[X.length].map((x) => x);");
    // An edit elsewhere keeps the mark; the report is now of code that is gone.
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText("// edited\n");
    await exercise.locator(".convlab-report[data-stale] .convlab-stale").waitFor();
    expect(await marked.count()).toBe(1);
  });

  it("mark every value that differs, the worst most strongly", async () => {
    const {page} = en;
    const code = `import * as tf from "@tensorflow/tfjs";
export function maxPooling(
  X: number[][],
  k: [number, number] = [2, 2],
  padding: "same" | "valid" = "same",
  s: [number, number] = [2, 2]
): number[][] {
  const pooled = tf.maxPool(tf.tensor4d(X.flat(), [1, X.length, X[0].length, 1]), k, s, padding);
  const [, h, w] = pooled.shape;
  const out = pooled.reshape([h, w]).arraySync() as number[][];
  return out.map((row, i) => row.map((v, j) => (i === 0 ? v + 1 + j : v)));
}
`;
    await typeCode(page, "max-pooling", code);
    const result = await check(page, "max-pooling");
    expect(result.passed).toBeLessThan(result.total);
    const failed = cell(page, "max-pooling")
      .locator("li.convlab-fail", {has: page.locator(".convlab-diff")})
      .first();
    const got = failed.locator("table.convlab-matrix").nth(1);
    const firstRow = await got.locator("tr").first().locator("td").count();
    expect(firstRow).toBeGreaterThan(1);
    const differing = Number(/(\d+) of \d+ values? differs?/.exec(await failed.innerText())![1]);
    expect(differing).toBe(firstRow);
    expect(await got.locator("td.convlab-mark").count()).toBe(firstRow);
    expect(await got.locator("td.convlab-mark-worst").count()).toBe(1);
    const weights = await got
      .locator("tr")
      .first()
      .locator("td")
      .evaluateAll((cells) => cells.map((td) => Number(td.getAttribute("data-weight"))));
    expect(weights[weights.length - 1]).toBe(1);
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    expect(
      await got
        .locator("tr")
        .first()
        .locator("td")
        .last()
        .evaluate((td) => td.classList.contains("convlab-mark-worst"))
    ).toBe(true);
  });

  it("stop an infinite loop with a message while the page stays responsive", async () => {
    const {page} = en;
    // The page's clock (Playwright's, for this page's context: timers flow as they would) is moved past
    // the check's time limit once the page has answered twice during the check, instead of waiting the
    // limit out: the limit's own timer stops the worker, as it would after the real seconds. Had the timer
    // not been set yet, it fires after the real seconds: slower, the same verdict.
    await page.clock.install();
    await typeCode(
      page,
      "max-pooling",
      "export function maxPooling(X: number[][]): number[][] {\n  while (true) {}\n}\n"
    );
    await cell(page, "max-pooling").locator("button.convlab-check").click();
    // The loop runs in the worker, not on the page: while the check runs, the page answers, again
    // and again, until the worker is stopped. A loop on the page would leave an evaluation unanswered.
    const report = cell(page, "max-pooling").locator(".convlab-report");
    const answers: Array<{running: boolean; reported: boolean; exercises: number}> = [];
    for (let done = false; !done;) {
      const answer = await page.evaluate(() => ({
        running: !!document.querySelector('.convlab-exercise[data-exercise="max-pooling"] .convlab-running'),
        reported: !!document.querySelector('.convlab-exercise[data-exercise="max-pooling"] .convlab-report'),
        exercises: document.querySelectorAll(".convlab-exercise").length
      }));
      answers.push(answer);
      done = answer.reported;
      if (!done && answers.filter((answer) => answer.running).length >= 2)
        await page.clock.fastForward(browserTimeLimit * 1000);
      if (!done) await new Promise((resolve) => setTimeout(resolve, 100)); // how often to ask, not a budget
    }
    expect(answers.filter((answer) => answer.running).length).toBeGreaterThan(1);
    expect(answers.every((answer) => answer.exercises === 3)).toBe(true);
    expect(await report.innerText()).toContain("time is up");
    // The next check gets a fresh worker and works.
    await typeCode(page, "max-pooling", solution("max-pooling"));
    const result = await check(page, "max-pooling");
    expect(result.passed).toBe(result.total);
  });

  it("export the work as a zip the grader passes, and import it back", async () => {
    const {page} = en;
    await typeCode(page, "conv2d-one-filter", solution("conv2d-one-filter"));
    await typeCode(page, "max-pooling", solution("max-pooling"));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("button.convlab-export").click()
    ]);
    const zipPath = join(await mkdtemp(join(tmpdir(), "convlab-export-")), "work.zip");
    await download.saveAs(zipPath);
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    expect(Object.keys(files).sort()).toEqual(["conv2d-one-filter.ts", "max-pooling.ts"]);

    const folder = await mkdtemp(join(tmpdir(), "convlab-submission-"));
    for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
    const report = await gradeSubmission(folder, {seed: 7});
    const submitted = report.exercises.filter((exercise) => exercise.status !== "missing");
    expect(submitted.map((exercise) => exercise.exerciseId).sort()).toEqual(["conv2d-one-filter", "max-pooling"]);
    for (const exercise of submitted) expect(exercise.score, exercise.exerciseId).toBe(exercise.maxScore);

    // Other code in the editors, then the zip imported over it, on the open page.
    await typeCode(page, "conv2d-one-filter", "// to be replaced\n");
    await typeCode(page, "max-pooling", "// to be replaced\n");
    await page.locator("input.convlab-import-file").setInputFiles(zipPath);
    await expect
      .poll(() => page.locator(".convlab-work .convlab-notice").innerText())
      .toMatch(/Imported: conv2d-one-filter\.ts, max-pooling\.ts/);
    for (const id of ["conv2d-one-filter", "max-pooling"]) {
      const editor = await cell(page, id).locator(".cm-content").innerText();
      expect(editor).not.toContain("// to be replaced");
      expect(editor).toContain(strFromU8(files[`${id}.ts`]).split("\n")[2]);
    }
  });
});

describe("exercise cells, on one visit of the Russian lesson", () => {
  let ru: {page: Page; errors: string[]};
  beforeAll(async () => {
    ru = await openLesson("ru");
  });
  afterAll(() => ru?.page.close());

  it("pass a correct conv2dOneFilter typed into the ru lesson", async () => {
    const {page, errors} = ru;
    await typeCode(page, "conv2d-one-filter", solution("conv2d-one-filter"));
    const result = await check(page, "conv2d-one-filter");
    expect(result.total).toBeGreaterThanOrEqual(16);
    expect(result.passed).toBe(result.total);
    expect(errors).toEqual([]);
  });

  it("keep the student's code across a reload, and ignore a corrupted saved value with a notice", async () => {
    const {page} = ru;
    const code = "// my attempt\n" + solution("max-pooling");
    await typeCode(page, "max-pooling", code);
    await page.reload({waitUntil: "domcontentloaded"});
    await cell(page, "max-pooling").locator(".cm-content").waitFor();
    expect(await cell(page, "max-pooling").locator(".cm-content").innerText()).toContain("// my attempt");
    await expect
      .poll(() => cell(page, "max-pooling").locator(".convlab-notice").innerText())
      .toMatch(/сохранённый код/);
    await page.evaluate(() => localStorage.setItem("convlab:code:max-pooling", "{not json"));
    await page.reload({waitUntil: "domcontentloaded"});
    await cell(page, "max-pooling").locator(".cm-content").waitFor();
    await expect.poll(() => cell(page, "max-pooling").locator(".convlab-notice").innerText()).toMatch(/повреждён/);
    expect(await cell(page, "max-pooling").locator(".cm-content").innerText()).toContain("Max pooling одного канала");
  });
});
