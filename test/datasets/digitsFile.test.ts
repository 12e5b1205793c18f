import {describe, expect, it} from "vitest";
import {decodeDigits, decodeDigitsAsync, digitPixels, encodeDigits, type Digits} from "../../src/datasets/index.js";

const sample: Digits = {
  count: 3,
  height: 2,
  width: 3,
  labels: Uint8Array.of(7, 0, 9),
  pixels: Uint8Array.from({length: 18}, (_, i) => i * 14)
};

describe("encodeDigits and decodeDigits", () => {
  it("give back the same digits, from bytes or from an ArrayBuffer", () => {
    const file = encodeDigits(sample);
    for (const input of [file, file.slice().buffer]) {
      const decoded = decodeDigits(input);
      expect({...decoded, labels: [...decoded.labels], pixels: [...decoded.pixels]}).toEqual({
        ...sample,
        labels: [...sample.labels],
        pixels: [...sample.pixels]
      });
    }
  });

  it("decodeDigitsAsync (the browser's DecompressionStream) gives the same digits as decodeDigits", async () => {
    expect(typeof DecompressionStream).toBe("function"); // Node has it too: this is the streaming path
    const decoded = await decodeDigitsAsync(encodeDigits(sample).slice().buffer);
    expect({...decoded, labels: [...decoded.labels], pixels: [...decoded.pixels]}).toEqual({
      ...sample,
      labels: [...sample.labels],
      pixels: [...sample.pixels]
    });
    const truncated = encodeDigits(sample);
    truncated[8] = 4;
    await expect(decodeDigitsAsync(truncated)).rejects.toThrow(/expected 4 images of 2×3/);
    await expect(decodeDigitsAsync(new Uint8Array(40))).rejects.toThrow(/no CLD1 header/);
  });

  it("decodeDigitsAsync rejects a header that claims fewer images than the body holds, or more than it could", async () => {
    const fewer = encodeDigits(sample);
    fewer[8] = 2;
    await expect(decodeDigitsAsync(fewer)).rejects.toThrow(/more than the 14 bytes its header announces/);
    const impossible = encodeDigits(sample);
    new DataView(impossible.buffer).setUint32(8, 4_000_000_000, true);
    await expect(decodeDigitsAsync(impossible)).rejects.toThrow(/cannot hold 4000000000 images of 2×3/);
  });

  it("decodeDigitsAsync inflates a file of many chunks in order, and rejects a cut-off body", async () => {
    // Pixels from a fixed pseudo-random sequence barely compress: 300 digits of 32×32 are about five chunks.
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24;
    const large: Digits = {
      count: 300,
      height: 32,
      width: 32,
      labels: Uint8Array.from({length: 300}, (_, i) => i % 10),
      pixels: Uint8Array.from({length: 300 * 32 * 32}, next)
    };
    const file = encodeDigits(large);
    expect(file.length).toBeGreaterThan(4 * 64 * 1024);
    const decoded = await decodeDigitsAsync(file);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(large.pixels))).toBe(true);
    expect([...decoded.labels]).toEqual([...large.labels]);
    await expect(decodeDigitsAsync(file.subarray(0, file.length - 70_000))).rejects.toThrow();
  });

  it("refuse a file without the header, and a truncated one", () => {
    expect(() => decodeDigits(new Uint8Array(40))).toThrow(/no CLD1 header/);
    const file = encodeDigits(sample);
    file[8] = 4; // claims 4 images
    expect(() => decodeDigits(file)).toThrow(/expected 4 images of 2×3/);
  });

  it("refuse to encode pixels that do not match the count", () => {
    expect(() => encodeDigits({...sample, count: 4})).toThrow(/need 4 labels and 24 pixels/);
  });

  it("digitPixels(digits, i) is the i-th image", () => {
    expect([...digitPixels(sample, 1)]).toEqual([84, 98, 112, 126, 140, 154]);
  });
});
