import {unzlibSync, zlibSync} from "fflate";
import {yieldToEventLoop} from "../core/yieldToEventLoop.js";

/** Grey-scale digits as bytes: `pixels` holds `count` images of `height × width`, row by row. */
export interface Digits {
  count: number;
  height: number;
  width: number;
  /** One label (0–9) per image. */
  labels: Uint8Array;
  /** 0 is black, 255 white. */
  pixels: Uint8Array;
}

const magic = [0x43, 0x4c, 0x44, 0x31]; // "CLD1"
const headerBytes = 12;

/**
 * The shipped digits file: a 12-byte header (magic `CLD1`, height, width, two reserved bytes,
 * the count as a little-endian uint32), then the labels and the pixels, zlib-compressed.
 */
export function encodeDigits({count, height, width, labels, pixels}: Digits): Uint8Array {
  if (labels.length !== count || pixels.length !== count * height * width)
    throw new Error(
      `digits: ${count} images of ${height}×${width} need ${count} labels and ${count * height * width} pixels`
    );
  const body = new Uint8Array(count + pixels.length);
  body.set(labels, 0);
  body.set(pixels, count);
  const compressed = zlibSync(body, {level: 9});
  const file = new Uint8Array(headerBytes + compressed.length);
  file.set(magic, 0);
  file[4] = height;
  file[5] = width;
  new DataView(file.buffer).setUint32(8, count, true);
  file.set(compressed, headerBytes);
  return file;
}

/** The header of a digits file: its sizes, checked. */
function readHeader(file: Uint8Array): {count: number; height: number; width: number} {
  if (file.length < headerBytes || magic.some((byte, i) => file[i] !== byte))
    throw new Error("not a ConvLab digits file (no CLD1 header)");
  const count = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(8, true);
  return {count, height: file[4], width: file[5]};
}

function digitsOf({count, height, width}: {count: number; height: number; width: number}, body: Uint8Array): Digits {
  if (body.length !== count * (1 + height * width))
    throw new Error(`digits file: expected ${count} images of ${height}×${width}, found ${body.length} bytes`);
  return {count, height, width, labels: body.subarray(0, count), pixels: body.subarray(count)};
}

/** Reads a file written by {@link encodeDigits}, e.g. from `FileAttachment(...).arrayBuffer()`. */
export function decodeDigits(data: ArrayBuffer | Uint8Array): Digits {
  const file = data instanceof Uint8Array ? data : new Uint8Array(data);
  return digitsOf(readHeader(file), unzlibSync(file.subarray(headerBytes)));
}

/**
 * Compressed bytes inflated per task by {@link decodeDigitsAsync}: about 5 ms of Chromium's inflate
 * each (the whole file, 1.7 MB, took one task of about 200 ms on the page's main thread).
 */
const inflateChunkBytes = 16 * 1024;

/** Deflate's largest ratio of inflated to compressed bytes is about 1032: a header claiming more lies. */
const largestInflation = 1032;

/**
 * {@link decodeDigits} without blocking a page: the browser's own `DecompressionStream` inflates the
 * body, one chunk per task, into memory sized by the header. It runs on the calling thread (a trace
 * of lesson 1 shows it on the main thread), and given the whole file at once it inflated it in one
 * long task. The inflated bytes are read as they come: gathered by `new Response(…).arrayBuffer()`
 * instead, they took one more task of 56–72 ms at the end (Chromium, 2 cores; 7.85 MB of digits).
 * fflate's synchronous inflate, the fallback where there is no DecompressionStream, took 0.3–0.7 s of
 * the main thread.
 */
export async function decodeDigitsAsync(data: ArrayBuffer | Uint8Array): Promise<Digits> {
  const file = data instanceof Uint8Array ? data : new Uint8Array(data);
  const header = readHeader(file);
  if (typeof DecompressionStream === "undefined") return decodeDigits(file);
  const size = header.count * (1 + header.height * header.width);
  if (size > (file.length - headerBytes) * largestInflation)
    throw new Error(
      `digits file: its ${file.length} bytes cannot hold ${header.count} images of ${header.height}×${header.width}`
    );
  const body = new Uint8Array(size);
  const inflate = new DecompressionStream("deflate");
  // A failed write (corrupt data) also makes the read fail; either rejects what the caller awaits.
  const read = (async () => {
    const reader = inflate.readable.getReader();
    let filled = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (filled + chunk.value.length > size) {
        const error = new Error(`digits file: more than the ${size} bytes its header announces`);
        void reader.cancel(error); // the writes waiting for room fail too, instead of waiting forever
        throw error;
      }
      body.set(chunk.value, filled);
      filled += chunk.value.length;
    }
    return filled;
  })();
  const writer = inflate.writable.getWriter();
  const written = (async () => {
    for (let at = headerBytes; at < file.length; at += inflateChunkBytes) {
      await writer.write(file.subarray(at, at + inflateChunkBytes) as Uint8Array<ArrayBuffer>);
      await yieldToEventLoop();
    }
    await writer.close();
  })();
  const [filled] = await Promise.all([read, written]);
  return digitsOf(header, body.subarray(0, filled));
}

/** The pixels of image `index` (a view, not a copy). */
export function digitPixels(digits: Digits, index: number): Uint8Array {
  const size = digits.height * digits.width;
  return digits.pixels.subarray(index * size, (index + 1) * size);
}
