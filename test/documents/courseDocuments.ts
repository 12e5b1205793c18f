import {existsSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";

/**
 * The course documents the exercises are transcribed from. They sit beside the project on the
 * course's own machines (`../shared/documents/`) and are never published: a clone has none.
 */
export const documentsFolder = fileURLToPath(new URL("../../../shared/documents/", import.meta.url));

/** Whether the documents are beside the project, so the provenance tests can run. */
export const documentsPresent = existsSync(documentsFolder);

/** Document 002, the residual-networks notebook the lesson-2 exercises are transcribed from. */
export const residualDocumentName = "002_f70ad12104c8edaf.txt";

export function readDocument(name: string): string {
  return readFileSync(documentsFolder + name, "utf8");
}

/**
 * The numbers of every `array(...)` the document prints, one list per printed array
 * (`dtype=float32` and NumPy's trailing dots removed).
 */
export function printedArrays(document: string): number[][] {
  const arrays: number[][] = [];
  for (const match of document.matchAll(/array\((\[[^)]*\])(?:, dtype=\w+)?\)/g)) {
    arrays.push([...match[1].matchAll(/-?\d+(?:\.\d*)?/g)].map((number) => Number(number[0])));
  }
  return arrays;
}

/** The text of every «Ожидаемый вывод» (expected output) block of a document, in order. */
export function expectedOutputBlocks(document: string): string[] {
  return [...document.matchAll(/\*\*Ожидаемый вывод\*\*\s*```\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** The numbers printed in a piece of output, in order (NumPy's trailing dots and shape=(…) left out). */
export function printedNumbers(text: string): number[] {
  return [...text.replace(/shape=\([^)]*\)|dtype=\w+/g, "").matchAll(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?/g)].map((match) =>
    Number(match[0])
  );
}
