// @vitest-environment jsdom
import {strFromU8, unzipSync} from "fflate";
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {courseExercises} from "../../src/exercises/catalog.js";
import {writeSavedCode} from "../../src/ui/savedCode.js";
import {courseZipName, readStudentName, workControls} from "../../src/ui/workControls.js";
import {hangCeilingMs} from "../hangCeiling.js";

/** A Blob's bytes (jsdom's Blob has no arrayBuffer()). */
const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

describe("courseZipName(studentName)", () => {
  it.each([
    ["Anna Smith", "convlab-anna-smith.zip"],
    ["  Иван  Петров ", "convlab-ivan-petrov.zip"],
    ["Йожеф Щукин-Яровой", "convlab-yozhef-shchukin-yarovoy.zip"],
    ["Zoë Ñúñez", "convlab-zoe-nunez.zip"],
    ["../../etc/passwd", "convlab-etc-passwd.zip"],
    ["a\u202e\x1b[2Jb", "convlab-a-2jb.zip"],
    ["O'Brien, J. (2nd)", "convlab-o-brien-j-2nd.zip"],
    ["", "convlab-work.zip"],
    ["   ", "convlab-work.zip"],
    ["李雷", "convlab-work.zip"]
  ])("names %j's zip %s", (name, file) => {
    expect(courseZipName(name)).toBe(file);
  });

  it("keeps only lowercase Latin letters, digits and single dashes, and at most 60 characters of the name", () => {
    const file = courseZipName(`${"Ж".repeat(100)} x`);
    expect(file).toMatch(/^convlab-[a-z0-9]+(-[a-z0-9]+)*\.zip$/);
    expect(file.length).toBeLessThanOrEqual("convlab-.zip".length + 60);
  });
});

describe("workControls(exercises, {lang})", () => {
  let downloads: Array<{name: string; blob: Blob}>;
  beforeEach(() => {
    localStorage.clear();
    downloads = [];
    const blobs = new Map<string, Blob>();
    let next = 0;
    vi.stubGlobal("URL", {
      createObjectURL: (blob: Blob) => {
        const url = `blob:${next++}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({name: this.download, blob: blobs.get(this.getAttribute("href")!)!});
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const status = (controls: HTMLElement) => controls.querySelector(".convlab-notice")!.textContent;
  const exportAll = async (controls: HTMLElement) => {
    const button = controls.querySelector<HTMLButtonElement>("button.convlab-export")!;
    const before = status(controls);
    button.click();
    await vi.waitFor(() => expect(button.disabled || status(controls) === before).toBe(false), {
      timeout: hangCeilingMs
    });
  };

  it("says there is nothing to export, then replaces that message after a successful export", async () => {
    const controls = workControls(courseExercises, {lang: "en"});
    await exportAll(controls);
    expect(status(controls)).toBe("Nothing to export yet: you have not edited any exercise of the course.");
    expect(downloads).toEqual([]);

    writeSavedCode("max-pooling", "export const a = 1;");
    writeSavedCode("resnet50", "export const b = 2;");
    await exportAll(controls);
    expect(status(controls)).toBe(
      "Saved to convlab-work.zip: 2 exercises of the course. Enter your name above so that the file is named after you."
    );
    expect(downloads.map((download) => download.name)).toEqual(["convlab-work.zip"]);
    const files = unzipSync(await bytesOf(downloads[0].blob));
    expect(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))).toEqual({
      "max-pooling.ts": "export const a = 1;",
      "resnet50.ts": "export const b = 2;"
    });
  });

  it("names the zip after the student, and remembers the name for every page and reload", async () => {
    writeSavedCode("le-net", "export const c = 3;");
    const controls = workControls(courseExercises, {lang: "ru"});
    const name = controls.querySelector<HTMLInputElement>("input.convlab-student-name")!;
    expect(controls.querySelector("label")!.textContent).toContain("Ваше имя");
    name.value = "Анна Иванова";
    name.dispatchEvent(new Event("input"));
    expect(readStudentName()).toBe("Анна Иванова");
    await exportAll(controls);
    expect(downloads.map((download) => download.name)).toEqual(["convlab-anna-ivanova.zip"]);
    expect(status(controls)).toBe("Сохранено в convlab-anna-ivanova.zip: 1 упражнение курса.");
    const again = workControls(courseExercises, {lang: "en"});
    expect(again.querySelector<HTMLInputElement>("input.convlab-student-name")!.value).toBe("Анна Иванова");
  });
});
