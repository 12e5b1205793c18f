import {describe, expect, it} from "vitest";
import {escapeControl, reportFileStem} from "../../src/grader/safeText.js";

describe("escapeControl(text)", () => {
  it.each([
    ["ESC and a screen-clearing sequence", "\x1b[2J\x1b[H", "\\x1b[2J\\x1b[H"],
    ["line breaks, carriage returns and tabs", "a\nb\rc\td", "a\\nb\\rc\\td"],
    ["NUL, BEL and DEL", "\0\x07\x7f", "\\x00\\x07\\x7f"],
    ["C1 controls (CSI)", "\u009b2K\u0085", "\\x9b2K\\x85"],
    [
      "bidirectional overrides and isolates",
      "\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069",
      "\\u202aa\\u202bb\\u202cc\\u202dd\\u202ee\\u2066f\\u2067g\\u2068h\\u2069"
    ],
    ["line and paragraph separators", "\u2028\u2029", "\\u2028\\u2029"]
  ])("escapes %s", (_, text, escaped) => {
    expect(escapeControl(text)).toBe(escaped);
  });

  it("leaves printable text alone, Cyrillic, accents and emoji included, and changes nothing when applied twice", () => {
    const text = "Иванов, José — 76/76 ✓ 🙂 john\\smith";
    expect(escapeControl(text)).toBe(text);
    expect(escapeControl(escapeControl("\x1b[31m\u202e"))).toBe(escapeControl("\x1b[31m\u202e"));
  });
});

describe("reportFileStem(student)", () => {
  it("gives names that read the same once sanitized, or differ only in case, stems of their own", () => {
    const stems = ["john\\smith", "john_smith", "John_Smith", "john smith", "john/smith"].map(reportFileStem);
    expect(new Set(stems.map((stem) => stem.toLowerCase())).size).toBe(stems.length);
    expect(stems[0]).toMatch(/^john_smith-[0-9a-f]{10}$/);
  });

  it("keeps a readable stem with letters of any script, and nothing a file system or a shell treats specially", () => {
    expect(reportFileStem("Иванова Мария")).toMatch(/^Иванова_Мария-[0-9a-f]{10}$/);
    for (const name of ["..", ".hidden", "a/../b", "C:\\x", "\x1b[2J", "*?<>|\"'`$"])
      expect(reportFileStem(name)).toMatch(/^[^./\\][\p{L}\p{N}._-]*-[0-9a-f]{10}$/u);
  });

  it("cuts a long name's stem to fit the file system with its extension, keeping the hash", () => {
    for (const name of ["x".repeat(251), "я".repeat(127), "🙂".repeat(63)]) {
      const stem = reportFileStem(name);
      expect(Buffer.byteLength(`${stem}.json`)).toBeLessThanOrEqual(200);
      expect(stem).toMatch(/-[0-9a-f]{10}$/);
      expect(stem).not.toBe(reportFileStem(name.slice(0, -1)));
    }
  });

  it("is the same for the same name every time", () => {
    expect(reportFileStem("alice")).toBe(reportFileStem("alice"));
  });
});
