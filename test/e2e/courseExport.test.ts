import {readFileSync} from "node:fs";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {strFromU8, unzipSync} from "fflate";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {openPage} from "./chromium.js";
import {useSharedSite} from "./sharedBrowser.js";
import {projectRoot} from "./site.js";

const site = useSharedSite();

const solution = (id: string) => readFileSync(join(projectRoot, "solutions", `${id}.ts`), "utf8");
const cell = (page: Page, id: string) => page.locator(`.convlab-exercise[data-exercise="${id}"]`);

describe("the whole course in one place", () => {
  it("exports every lesson's saved work as one zip named after the student, and the home page shows each exercise's state", async () => {
    const {page, errors} = await openPage(site.browser);
    await page.goto(`${site.url}/en/1-convolutional-networks`, {waitUntil: "domcontentloaded"});
    await cell(page, "conv2d-one-filter").locator(".cm-content").waitFor();
    // Lesson 2's work, saved the way its editor saves it (savedCode.ts), without opening lesson 2.
    const identityCode = solution("identity-block");
    await page.evaluate(
      (code) =>
        localStorage.setItem(
          "convlab:code:identity-block",
          JSON.stringify({version: 1, exercise: "identity-block", code, savedAt: new Date().toISOString()})
        ),
      identityCode
    );
    // Lesson 1's: typed into its editor and checked.
    await cell(page, "conv2d-one-filter").locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(solution("conv2d-one-filter"));
    await cell(page, "conv2d-one-filter").locator("button.convlab-check").click();
    const report = cell(page, "conv2d-one-filter").locator(".convlab-report");
    await report.waitFor();
    expect(await report.getAttribute("data-passed")).toBe(await report.getAttribute("data-total"));

    const work = page.locator(".convlab-work");
    await work.locator("input.convlab-student-name").fill("Anna Smith");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      work.locator("button.convlab-export").click()
    ]);
    expect(download.suggestedFilename()).toBe("convlab-anna-smith.zip");
    const zipPath = join(await mkdtemp(join(tmpdir(), "convlab-course-export-")), download.suggestedFilename());
    await download.saveAs(zipPath);
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    expect(Object.keys(files).sort()).toEqual(["conv2d-one-filter.ts", "identity-block.ts"]);
    expect(strFromU8(files["identity-block.ts"])).toBe(identityCode);
    expect(strFromU8(files["conv2d-one-filter.ts"])).toBe(solution("conv2d-one-filter"));
    await expect
      .poll(() => work.locator(".convlab-notice").innerText())
      .toBe("Saved to convlab-anna-smith.zip: 2 exercises of the course.");

    await page.goto(`${site.url}/en/`, {waitUntil: "domcontentloaded"});
    const rows = page.locator(".convlab-progress tbody tr");
    await rows.first().waitFor();
    const states = await rows.evaluateAll((found) =>
      found.map((row) => [
        row.getAttribute("data-exercise"),
        row.getAttribute("data-state"),
        row.querySelector(".convlab-state")?.textContent
      ])
    );
    expect(states).toEqual([
      ["conv2d-one-filter", "passed", expect.stringMatching(/^passed · last check: (\d+) of \1$/)],
      ["max-pooling", "not-started", "not started"],
      ["le-net", "not-started", "not started"],
      ["identity-block", "started", "started · not checked yet"],
      ["convolutional-block", "not-started", "not started"],
      ["resnet50", "not-started", "not started"]
    ]);
    // The name is remembered across pages.
    expect(await page.locator(".convlab-work input.convlab-student-name").inputValue()).toBe("Anna Smith");
    expect(errors).toEqual([]);
    await page.close();
    await rm(join(zipPath, ".."), {recursive: true, force: true});
  });
});
