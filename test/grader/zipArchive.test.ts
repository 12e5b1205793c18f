import {strToU8, zipSync, type Zippable} from "fflate";
import {describe, expect, it} from "vitest";
import {defaultZipLimits, readZip, ZipError} from "../../src/grader/zipArchive.js";

const unix = (mode: number) => ({os: 3, attrs: (mode << 16) >>> 0});
const zip = (files: Zippable) => zipSync(files, {level: 6});

/** Rewrites the uncompressed size that an archive's directory declares for its first entry: an archive that lies. */
function declaringSize(archive: Uint8Array, size: number): Uint8Array {
  const copy = Buffer.from(archive);
  const directory = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  copy.writeUInt32LE(size, directory + 24);
  return copy;
}

describe("readZip(archive, limits)", () => {
  it("reads the files of an exported submission, with their paths and Unix modes", () => {
    const files = readZip(
      zip({
        "conv2d-one-filter.ts": strToU8("export {}"),
        "work/notes.md": [strToU8("# notes"), unix(0o100600)],
        "empty/": new Uint8Array()
      })
    );
    expect(files.map(({path, data, mode}) => [path, Buffer.from(data).toString(), mode])).toEqual([
      ["conv2d-one-filter.ts", "export {}", undefined],
      ["work/notes.md", "# notes", 0o600]
    ]);
  });

  it.each([
    ["a path that climbs out", "../escape.ts"],
    ["a path that climbs out deeper down", "work/../../escape.ts"],
    ["an absolute path", "/etc/cron.d/escape"],
    ["a Windows drive", "C:/escape.ts"],
    ["a backslash", "work\\..\\escape.ts"]
  ])("refuses %s", (_, name) => {
    expect(() => readZip(zip({[name]: strToU8("x")}))).toThrow(/leaves its folder/);
  });

  it("refuses a symbolic link, and any other special file", () => {
    expect(() =>
      readZip(zip({"conv2d-one-filter.ts": [strToU8("../../solutions/conv2d-one-filter.ts"), unix(0o120777)]}))
    ).toThrow(/symbolic link/);
    expect(() => readZip(zip({"pipe.ts": [strToU8(""), unix(0o010644)]}))).toThrow(/not a regular file/);
  });

  it("refuses an entry larger than the limit, from the size it declares", () => {
    const limits = {...defaultZipLimits, entryBytes: 1000};
    expect(() => readZip(zip({"big.ts": new Uint8Array(1001)}), limits)).toThrow(/larger than 1000 bytes/);
  });

  it("stops inflating a zip bomb that declares a small size, at the limit", () => {
    const bomb = declaringSize(zip({"bomb.ts": new Uint8Array(12 * 2 ** 20)}), 10);
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => readZip(bomb)).toThrow(/unpacks to more than the grader accepts/);
  });

  it("caps the files' total size, and their number", () => {
    const files = Object.fromEntries(Array.from({length: 5}, (_, i) => [`f${i}.ts`, new Uint8Array(300)]));
    expect(() => readZip(zip(files), {...defaultZipLimits, totalBytes: 1000})).toThrow(ZipError);
    expect(() => readZip(zip(files), {...defaultZipLimits, entries: 4})).toThrow(/more than 4 entries/);
  });

  it.each([
    ["text that is not an archive", strToU8("export function conv2dOneFilter() {}")],
    ["an archive cut short", zip({"a.ts": strToU8("x".repeat(1000))}).subarray(0, 40)],
    ["nothing at all", new Uint8Array()]
  ])("refuses %s with a ZipError", (_, bytes) => {
    expect(() => readZip(bytes)).toThrow(ZipError);
  });
});

describe("readZip, inflating as a stream", () => {
  it("inflates an entry larger than one chunk of the stream whole", () => {
    const text = strToU8(Array.from({length: 40_000}, (_, i) => `line ${(i * 7919) % 10007}\n`).join(""));
    const [file] = readZip(zip({"big.ts": text}));
    expect(Buffer.from(file.data).equals(Buffer.from(text))).toBe(true);
  });

  it("stops at what the total limit leaves for the last entry, not only at the per-file limit", () => {
    const archive = zip({"a.ts": new Uint8Array(600), "b.ts": new Uint8Array(600)});
    expect(() => readZip(archive, {...defaultZipLimits, totalBytes: 1000})).toThrow(
      /^b\.ts unpacks to more than the grader accepts$/
    );
  });
});
