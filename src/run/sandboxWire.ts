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

/** How much of a result the grader reads: set per request from what its checks expect (src/grader/resultLimits.ts). */
export interface ResultLimits {
  /** The result's line on the wire, in bytes (the outcome's JSON text, quoted in a string). */
  bytes: number;
  /** Arrays and objects in it, all levels together. */
  containers: number;
  /** How deeply they nest. */
  depth: number;
}

/** For a request whose checks are not known: the most any exercise's result can need. */
export const defaultResultLimits: ResultLimits = {bytes: 32 * 1024 * 1024, containers: 1 << 20, depth: 64};

/**
 * Whether JSON text stays within `containers` arrays and objects and `depth` levels, read without
 * parsing it (one pass over its characters, nothing kept): a result of millions of tiny objects or
 * absurd nesting is refused before `JSON.parse` spends the grader's time and memory on it.
 */
export function withinShape(text: string, {containers, depth}: Omit<ResultLimits, "bytes">): boolean {
  let open = 0;
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; ++i) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        ++i; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++open > containers || ++level > depth) return false;
    } else if (code === 93 || code === 125) --level;
  }
  return true;
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

  /** `maxBytes` may be changed between lines (a new request, a new limit). */
  constructor(public maxBytes: number) {}

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
