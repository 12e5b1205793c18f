// The CommonJS build: Framework converts its requires to default imports, which keeps the named
// exports of its CommonJS dependencies (the ES build imports them by name, which fails in the browser).
import {transform} from "sucrase/dist/index.js";

export type Transpiled =
  | {
      ok: true;
      code: string;
      /** The source map's `mappings` (src/run/sourcePosition.ts reads them): columns move, lines stay. */
      mappings: string;
    }
  | {ok: false; message: string; line: number; column: number};

/**
 * TypeScript (ES module) → JavaScript (CommonJS) that `evaluateModule` can run with its own `require`.
 * Types are stripped, not checked; lines stay where they were, so runtime errors point at the student's line.
 */
export function transpile(source: string): Transpiled {
  try {
    const {code, sourceMap} = transform(source, {
      transforms: ["typescript", "imports"],
      production: true,
      sourceMapOptions: {compiledFilename: "submission.js"},
      filePath: "submission.ts"
    });
    return {ok: true, code, mappings: sourceMap?.mappings ?? ""};
  } catch (error) {
    const {line = 1, column = 1} = (error as {loc?: {line: number; column: number}}).loc ?? {};
    const message = String((error as Error).message ?? error)
      .replace(/^Error transforming [^:]*: /, "")
      .replace(/ \(\d+:\d+\)$/, "");
    return {ok: false, message, line, column};
  }
}
