import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {stampOf} from "../../scripts/siteStamp.js";

describe("stampOf(paths)", () => {
  it("changes with any file's content or name, and not with Framework's cache", () => {
    const root = mkdtempSync(join(tmpdir(), "convlab-stamp-"));
    try {
      mkdirSync(join(root, "lessons", ".observablehq", "cache"), {recursive: true});
      writeFileSync(join(root, "lessons", "a.md"), "# A");
      const first = stampOf([join(root, "lessons")]);
      expect(stampOf([join(root, "lessons")])).toBe(first);
      writeFileSync(join(root, "lessons", ".observablehq", "cache", "page.json"), "{}");
      expect(stampOf([join(root, "lessons")])).toBe(first);
      writeFileSync(join(root, "lessons", "a.md"), "# B");
      const second = stampOf([join(root, "lessons")]);
      expect(second).not.toBe(first);
      writeFileSync(join(root, "lessons", "b.md"), "");
      expect(stampOf([join(root, "lessons")])).not.toBe(second);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
