// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {matrixView} from "../../src/ui/matrixView.js";

describe("matrixView(data, options)", () => {
  it("shows a 3-D tensor as its matrices side by side, [0], [1], …, marking the cell to highlight", () => {
    const view = matrixView(
      {shape: [2, 2, 3], values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]},
      {caption: "A[0]", highlight: [1, 0, 2]}
    );
    const tables = view.querySelectorAll("table.convlab-matrix");
    expect(tables).toHaveLength(2);
    expect([...tables].map((table) => table.querySelector("caption")!.textContent)).toEqual(["[0]", "[1]"]);
    expect(tables[1].querySelectorAll("tr")[0].textContent).toBe("789");
    expect(view.querySelector(".convlab-matrix-caption")!.textContent).toBe("A[0]");
    expect(view.querySelectorAll("td.convlab-mark")).toHaveLength(1);
    expect(tables[1].querySelector("td.convlab-mark")!.textContent).toBe("9");
  });

  it("still shows a 4-D tensor by its shape only", () => {
    expect(matrixView({shape: [1, 1, 1, 2], values: [1, 2]}).textContent).toBe("shape (1, 1, 1, 2)");
  });
});

describe("matrixView(data, {marks})", () => {
  it("marks every listed cell by its weight, the worst outlined, across the slices of a 3-D tensor", () => {
    const view = matrixView(
      {shape: [2, 2, 2], values: [1, 2, 3, 4, 5, 6, 7, 8]},
      {
        marks: [
          {index: 1, weight: 0.2},
          {index: 5, weight: 0.5},
          {index: 6, weight: 1, worst: true}
        ]
      }
    );
    const marked = [...view.querySelectorAll("td.convlab-mark")];
    expect(marked.map((cell) => cell.textContent)).toEqual(["2", "6", "7"]);
    expect(marked.map((cell) => cell.className)).toEqual([
      "convlab-mark convlab-mark-1",
      "convlab-mark convlab-mark-2",
      "convlab-mark convlab-mark-3 convlab-mark-worst"
    ]);
  });

  it("marks a vector's cell by its flat index", () => {
    const view = matrixView({shape: [3], values: [1, 2, 3]}, {marks: [{index: 2, weight: 1, worst: true}]});
    expect(view.querySelector("td.convlab-mark-worst")!.textContent).toBe("3");
  });
});
