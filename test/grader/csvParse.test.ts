import {describe, expect, it} from "vitest";
import {csvRecord} from "../../src/grader/csv.js";
import {CsvError, parseCsv} from "../../src/grader/csvParse.js";

describe("parseCsv(text, limits)", () => {
  it.each([
    [
      "plain fields, CRLF",
      "a,b\r\nc,d\r\n",
      [
        ["a", "b"],
        ["c", "d"]
      ]
    ],
    [
      "LF line ends and no final newline",
      "a,b\nc,d",
      [
        ["a", "b"],
        ["c", "d"]
      ]
    ],
    ["a byte-order mark", "\uFEFFStudent,ID\n", [["Student", "ID"]]],
    ["quoted commas, quotes and line breaks", '"a,1","say ""hi""","two\nlines"\n', [["a,1", 'say "hi"', "two\nlines"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
    ["blank lines skipped", "a\n\n\nb\n", [["a"], ["b"]]]
  ])("reads %s", (_, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it("reads back what csvRecord writes, Cyrillic and formula-looking names included", () => {
    const rows = [["Иванов, Пётр", '"quoted"', "=1+1", " padded "]];
    expect(parseCsv(rows.map((row) => csvRecord(row)).join(""))).toEqual([
      ["Иванов, Пётр", '"quoted"', "'=1+1", " padded "]
    ]);
  });

  it.each([
    ["an unclosed quote", 'a,"b\nc\n', "line 1: a quoted field is not closed"],
    ["too many records", "a\nb\nc\n", "more than 2 records"],
    ["too many fields", "a,b,c,d\n", "line 1: more than 3 fields"],
    ["a field too long", "abcdefghijk\n", "line 1: a field longer than 8 characters"]
  ])("refuses %s, naming where", (_, text, message) => {
    expect(() => parseCsv(text, {maxRecords: 2, maxFieldsPerRecord: 3, maxFieldChars: 8})).toThrow(
      new CsvError(message)
    );
  });
});
