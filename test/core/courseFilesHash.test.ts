import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {courseFilesHash} from "../../src/core/courseFilesHash.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "convlab-hash-"));
  mkdirSync(join(root, "src", "deep"), {recursive: true});
  writeFileSync(join(root, "src", "a.ts"), "a");
  writeFileSync(join(root, "src", "deep", "b.ts"), "b");
  writeFileSync(join(root, "package-lock.json"), "{}");
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

describe("courseFilesHash(root, folders, files)", () => {
  it("changes with a file's content, its name or a new file, and not with how the root is spelled", () => {
    const hash = courseFilesHash(root, ["src"], ["package-lock.json"]);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(courseFilesHash(`${root}/`, ["src"], ["package-lock.json"])).toBe(hash);
    writeFileSync(join(root, "src", "deep", "b.ts"), "B");
    const edited = courseFilesHash(root, ["src"], ["package-lock.json"]);
    expect(edited).not.toBe(hash);
    rmSync(join(root, "src", "deep", "b.ts"));
    writeFileSync(join(root, "src", "deep", "c.ts"), "B");
    expect(courseFilesHash(root, ["src"], ["package-lock.json"])).not.toBe(edited);
    writeFileSync(join(root, "src", "deep", "d.ts"), "");
    expect(courseFilesHash(root, ["src"], ["package-lock.json"])).not.toBe(edited);
    writeFileSync(join(root, "package-lock.json"), "{ }");
    expect(courseFilesHash(root, ["src"])).not.toBe(courseFilesHash(root, ["src"], ["package-lock.json"]));
  });

  it("counts a missing folder as empty and a missing file as empty, rather than failing", () => {
    expect(courseFilesHash(root, ["src", "solutions"], ["package-lock.json", "nowhere.json"])).toMatch(
      /^[0-9a-f]{64}$/
    );
    expect(courseFilesHash(root, ["src", "solutions"])).toBe(courseFilesHash(root, ["src"]));
  });
});
