import {describe, expect, it} from "vitest";
import {csvField, csvRecord} from "../../src/grader/csv.js";
import {parseCsv} from "./csvText.js";

describe("csvField(value)", () => {
  it.each([
    ["plain text as it is", "alice", "alice"],
    ["a number as digits", 42, "42"],
    ["a comma inside quotes", "Doe, Jane", '"Doe, Jane"'],
    ["quotes doubled", 'the "best"', '"the ""best"""'],
    ["a line break escaped (a name cannot add a record)", "two\nlines\r\n", "two\\nlines\\r\\n"],
    ["an escape sequence and a bidirectional override escaped", "\x1b[2J\u202eevil", "\\x1b[2J\\u202eevil"],
    ["surrounding spaces inside quotes", " padded ", '" padded "'],
    ["a formula with an apostrophe first", '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["a leading plus", "+1", "'+1"],
    ["a leading minus", "-2+3", "'-2+3"],
    ["a leading at", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab, escaped", "\t=1", "\\t=1"],
    ["Cyrillic as it is", "Иванов", "Иванов"],
    ["a number that is not finite as an empty field", NaN, ""]
  ])("writes %s", (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("leaves a negative number a number: only text can be a formula", () => {
    expect(csvField(-1)).toBe("-1");
  });
});

describe("csvRecord(fields)", () => {
  it("ends with CRLF and reads back field for field", () => {
    const fields = ["a,b", 'say "hi"', "line\nbreak", "=1+1", "plain"];
    const record = csvRecord(fields);
    expect(record.endsWith("\r\n")).toBe(true);
    expect(parseCsv(record)).toEqual([["a,b", 'say "hi"', "line\\nbreak", "'=1+1", "plain"]]);
  });
});
