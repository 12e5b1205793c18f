import {describe, expect, it} from "vitest";
import {documentBlockInput} from "../../src/exercises/shared/blockCall.js";
import {readDocumentedFile} from "../exercises/helpers.js";
import {
  documentsFolder,
  documentsPresent,
  expectedOutputBlocks,
  printedArrays,
  printedNumbers,
  readDocument,
  residualDocumentName
} from "./courseDocuments.js";
import {denseBiasDocumentOutput, leNetDocumentLog, leNetDocumentVariables} from "./transcribed.js";

// data/expected/ is checked against the course documents where they are beside the project (the course's
// own machines and CI). A clone has none: these tests are then reported as skipped, with the reason.
const title = documentsPresent
  ? "data/expected/ against the course documents"
  : `data/expected/ against the course documents — SKIPPED: no documents at ${documentsFolder}`;

describe.skipIf(!documentsPresent)(title, () => {
  it.each(["conv2d-one-filter", "max-pooling"])("%s: every expected output is an array the document prints", (id) => {
    const documented = readDocumentedFile(id);
    const printed = printedArrays(readDocument(documented.document)).map((numbers) => JSON.stringify(numbers));
    for (const entry of documented.cases) {
      expect(entry.cell.length).toBeGreaterThan(0);
      expect(printed).toContain(JSON.stringify((entry.expected as number[][]).flat()));
    }
  });

  it("conv2d-one-filter comes from the document's conv2d_one_filter and its tf.nn.conv2d comparison", () => {
    const document = readDocument(readDocumentedFile("conv2d-one-filter").document);
    for (const name of ["conv2d_one_filter", "tf.nn.conv2d", "padding='SAME'", "padding='VALID'"])
      expect(document).toContain(name);
  });

  it("max-pooling's cases are calls of the document's max_pooling", () => {
    const documented = readDocumentedFile("max-pooling");
    for (const entry of documented.cases) expect(entry.cell).toContain("max_pooling(");
    expect(readDocument(documented.document)).toContain(
      "def max_pooling(X, kernel_size=(2, 2), padding='same', strides=(2, 2)):"
    );
  });

  it("le-net holds the shapes the document prints for le_net_trainable_variables, in its order", () => {
    const documented = readDocumentedFile("le-net");
    const printed = [
      ...readDocument(documented.document).matchAll(/<tf\.Variable 'le_net\/[\w/]+:0' shape=\(([\d, ]+)\)/g)
    ].map(([, shape]) =>
      shape
        .split(",")
        .filter((s) => s.trim())
        .map(Number)
    );
    const rows = documented.cases.find((entry) => entry.id === "trainable-variables")!.expected as number[][];
    expect(rows.map((row) => row.filter((n) => n !== 0))).toEqual(printed);
    expect(printed[4]).toEqual([1024, 120]);
  });

  it("le-net's 10 logits come from the document's labels placeholder", () => {
    const documented = readDocumentedFile("le-net");
    const document = readDocument(documented.document);
    expect(document).toContain("tf.placeholder(tf.float32, [None, 10], name='le_net_labels')");
    expect(document).toContain("tf.placeholder(tf.float32, [None, 32, 32, 3])");
    expect(documented.cases.find((entry) => entry.id === "logits")!.expected).toEqual([2, 10]);
  });

  it("identity-block holds the numbers the document prints, in its order, for its own input", () => {
    const documented = readDocumentedFile("identity-block");
    const numbers = documented.cases.flatMap((entry) => [entry.expected].flat(3) as number[]);
    expect(numbers).toEqual(printedNumbers(expectedOutputBlocks(readDocument(residualDocumentName))[0]));
    for (const entry of documented.cases) expect((entry.args[0] as {X: unknown}).X).toEqual(documentBlockInput());
  });

  it("convolutional-block is the document's shape assertion and its printed A[0], for its own input", () => {
    const documented = readDocumentedFile("convolutional-block");
    const [shape, firstExample] = documented.cases;
    const document = readDocument(residualDocumentName);
    expect(document).toContain(
      `assert tuple(tf.shape(A).numpy()) == (${(shape.expected as number[]).join(", ")}), "Wrong shape."`
    );
    expect([firstExample.expected].flat(3)).toEqual(printedNumbers(expectedOutputBlocks(document)[1]));
    for (const entry of documented.cases) expect((entry.args[0] as {X: unknown}).X).toEqual(documentBlockInput());
  });

  it("resnet50 is built as the document builds it: ResNet50(input_shape = (64, 64, 3), classes = 6)", () => {
    expect(readDocument(residualDocumentName)).toContain("model = ResNet50(input_shape = (64, 64, 3), classes = 6)");
  });

  it("test/documents/transcribed.ts holds document 004's le_net variables and its dense(zeros [1, 9], 18) output", () => {
    const document = readDocument("004_836e00dac5c6e07d.txt");
    const variables = [...document.matchAll(/<tf\.Variable 'le_net\/([\w/]+):0' shape=\(([\d, ]+)\)/g)].map(
      ([, name, shape]) => ({
        name,
        shape: shape
          .split(",")
          .filter((s) => s.trim())
          .map(Number)
      })
    );
    expect(variables).toEqual(leNetDocumentVariables);
    const bias = document
      .match(/In \[11\]:[\s\S]*?array\(\[\[([^\]]*)\]\]/)![1]
      .split(",")
      .map(Number);
    expect(bias).toEqual(denseBiasDocumentOutput);
  });
  it("test/documents/transcribed.ts holds document 004's LeNet log, epochs 1 to 10, line by line", () => {
    const document = readDocument("004_836e00dac5c6e07d.txt");
    const printed = (epoch: number, split: string) =>
      document.match(new RegExp(`^Epoch ${epoch} ${split} \\[acc, loss\\]: (\\[[^\\]]*\\])$`, "m"))?.[1];
    expect(leNetDocumentLog.map(({epoch}) => epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const {epoch, train, validation} of leNetDocumentLog) {
      expect(printed(epoch, "train"), `epoch ${epoch}`).toBe(train);
      expect(printed(epoch, "val"), `epoch ${epoch}`).toBe(validation);
    }
  });
});
