/** A place in a file: 1-based line, and 1-based column when known. */
export interface SourcePosition {
  line: number;
  column?: number;
}

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Where a place in transpiled code came from in the source, read from the transpiler's source map
 * (`mappings`, Source Map v3's base64 VLQ). `line` and `column` are 1-based, as in a stack trace; the
 * answer takes the segment that starts at or before the column on that line (sucrase maps every
 * token) and keeps the distance from its start. Without a segment on the line, the line stays (sucrase
 * keeps lines) and the column is dropped.
 */
export function originalPosition(mappings: string, line: number, column?: number): SourcePosition {
  const lines = mappings.split(";");
  if (line < 1 || line > lines.length || column === undefined) return {line};
  // The fields of a segment are deltas from the previous segment's (the generated column from the
  // previous on the same line), so every line before the wanted one is decoded too.
  let sourceLine = 0;
  let sourceColumn = 0;
  let best: {generated: number; line: number; column: number} | undefined;
  for (let i = 0; i < line; ++i) {
    let generated = 0;
    for (const segment of lines[i].split(",")) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      if (!fields) return {line};
      generated += fields[0];
      if (fields.length < 4) continue;
      sourceLine += fields[2];
      sourceColumn += fields[3];
      if (i === line - 1 && generated <= column - 1 && (!best || generated >= best.generated))
        best = {generated, line: sourceLine, column: sourceColumn};
    }
  }
  if (!best) return {line};
  return {line: best.line + 1, column: best.column + (column - 1 - best.generated) + 1};
}

function decodeVlq(segment: string): number[] | undefined {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64.indexOf(char);
    if (digit < 0 || shift > 30) return undefined;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return shift === 0 ? values : undefined;
}

/** How much of a stack is read: a trace longer than this is a submission's own text, not frames. */
const stackLimit = 64 * 1024;

/**
 * The first frame of `stack` in the file named `sourceName` (a `//# sourceURL`), as V8 (`at f
 * (name:8:18)`), Firefox and Safari (`f@name:8:18`) write it: its line and column in that file.
 */
export function stackPosition(stack: string, sourceName: string): SourcePosition | undefined {
  const text = stack.slice(0, stackLimit);
  const at = text.indexOf(`${sourceName}:`);
  if (at < 0) return undefined;
  const match = /^:(\d{1,9})(?::(\d{1,9}))?/.exec(text.slice(at + sourceName.length));
  if (!match) return undefined;
  const line = Number(match[1]);
  return match[2] === undefined ? {line} : {line, column: Number(match[2])};
}
