/**
 * The wire between the grader and its sandbox process: one JSON text per line, in both directions.
 * JSON and not Node's IPC: the grader parses what it receives with its own `JSON.parse` into fresh
 * plain data (nothing that code in the sandbox built or patched crosses over), and it can refuse a
 * line longer than a limit before parsing it (Node's IPC would buffer a message of any size).
 */

/** Non-finite numbers, which JSON cannot carry, travel as `{"$number": "NaN"}` and so on. */
const numberKey = "$number";

/**
 * Sandbox side: a value as one line of JSON. Typed arrays become arrays (what `parseNested`
 * accepts); NaN and the infinities are kept. Throws on what JSON cannot hold (cycles, BigInt).
 * `stringify` is passed in so that the sandbox can keep the original before student code runs.
 */
export function encodeLine(value: unknown, stringify: typeof JSON.stringify = JSON.stringify): string {
  return (
    stringify(value, (_key, item: unknown) => {
      if (typeof item === "number" && !Number.isFinite(item)) return {[numberKey]: String(item)};
      if (ArrayBuffer.isView(item) && !(item instanceof DataView))
        return Array.from(item as unknown as ArrayLike<unknown>);
      return item;
    }) + "\n"
  );
}

/** Grader side: one received line back into plain data (throws on text that is not JSON). */
export function decodeLine(line: string): unknown {
  return JSON.parse(line, (_key, item: unknown) => {
    if (item && typeof item === "object" && !Array.isArray(item)) {
      const keys = Object.keys(item);
      const text = (item as Record<string, unknown>)[numberKey];
      if (keys.length === 1 && (text === "NaN" || text === "Infinity" || text === "-Infinity")) return Number(text);
    }
    return item;
  });
}

/**
 * Splits a byte stream into lines, refusing any line longer than `maxBytes` (the reader then stops:
 * whoever sent it is not trusted to send anything sensible next).
 */
export class LineReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Set once a line was too long; no more lines come out. */
  overflowed = false;

  constructor(private readonly maxBytes: number) {}

  /** The complete lines in `chunk` (with what came before it), without their newlines. */
  push(chunk: Buffer): string[] {
    if (this.overflowed) return [];
    const lines: string[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      if (this.pendingBytes + newline - start > this.maxBytes) return this.overflow();
      this.pending.push(chunk.subarray(start, newline));
      lines.push(Buffer.concat(this.pending).toString("utf8"));
      this.pending = [];
      this.pendingBytes = 0;
      start = newline + 1;
    }
    const rest = chunk.subarray(start);
    if (this.pendingBytes + rest.length > this.maxBytes) return this.overflow();
    if (rest.length) {
      this.pending.push(Buffer.from(rest));
      this.pendingBytes += rest.length;
    }
    return lines;
  }

  private overflow(): string[] {
    this.overflowed = true;
    this.pending = [];
    this.pendingBytes = 0;
    return [];
  }
}
