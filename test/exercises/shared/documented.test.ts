import {describe, expect, it} from "vitest";
import {documentedCases, type DocumentedFile} from "../../../src/exercises/index.js";
import {readDocumentedFile} from "../helpers.js";

const entry = {id: "same", title: {ru: "пример", en: "example"}, cell: "a cell", args: [[[1]], [[2]]], expected: [[2]]};
const file = (overrides: Partial<DocumentedFile>): DocumentedFile => ({
  exercise: "conv2d-one-filter",
  document: "004_836e00dac5c6e07d.txt",
  cases: [entry],
  ...overrides
});

describe("documentedCases(file, exerciseId)", () => {
  it("turns each entry into a visible documented check with a prefixed id", () => {
    expect(documentedCases(file({}), "conv2d-one-filter")).toEqual([
      {
        id: "documented-same",
        title: entry.title,
        kind: "documented",
        hidden: false,
        args: entry.args,
        expected: {shape: [1, 1], values: [2]}
      }
    ]);
  });

  it("refuses a file of another exercise, naming the file", () => {
    expect(() => documentedCases(readDocumentedFile("max-pooling"), "conv2d-one-filter")).toThrow(
      "data/expected/conv2d-one-filter.json does not describe exercise conv2d-one-filter"
    );
  });

  it("refuses a file without a list of cases", () => {
    expect(() => documentedCases(file({cases: {} as never}), "conv2d-one-filter")).toThrow(/does not describe/);
  });

  it("refuses an expected output that is not a numeric array, naming the case", () => {
    const ragged = file({cases: [{...entry, id: "broken", expected: [[1, 2], [3]]}]});
    expect(() => documentedCases(ragged, "conv2d-one-filter")).toThrow(/case broken: the array is ragged/);
  });
});
