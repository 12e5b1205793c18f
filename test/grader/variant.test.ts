import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {
  ConfigError,
  defaultVariantConfig,
  readVariantConfig,
  studentOfPath,
  studentVariant,
  variantSeed
} from "../../src/grader/variant.js";

const config = {courseSeed: 42, variants: 16};

describe("studentVariant(student, config)", () => {
  it("gives a student the same variant and seed every time", () => {
    expect(studentVariant("anna", config)).toEqual(studentVariant("anna", config));
    expect(studentVariant("anna", config).seed).toBe(variantSeed(42, studentVariant("anna", config).number));
  });

  it("gives two students different variants, and the same name written two Unicode ways the same one", () => {
    expect(studentVariant("anna", config).number).not.toBe(studentVariant("boris", config).number);
    expect(studentVariant("Jos\u00e9", config)).toEqual(studentVariant("Jose\u0301", config));
  });

  it("spreads a class over every variant, numbered 1 to `variants`, with seeds of 31 bits", () => {
    const variants = Array.from({length: 400}, (_, i) => studentVariant(`student-${i}`, config));
    expect(new Set(variants.map((variant) => variant.number))).toEqual(
      new Set(Array.from({length: 16}, (_, i) => i + 1))
    );
    for (const variant of variants) {
      expect(variant.seed).toBeGreaterThanOrEqual(0);
      expect(variant.seed).toBeLessThan(2 ** 31);
    }
  });

  it("changes with the course seed", () => {
    const seeds = (courseSeed: number) =>
      ["anna", "boris", "carl"].map((name) => studentVariant(name, {...config, courseSeed}).seed);
    expect(seeds(1)).not.toEqual(seeds(2));
  });
});

describe("studentOfPath(path)", () => {
  it.each([
    ["/class/anna", "anna"],
    ["/class/anna/", "anna"],
    ["/class/Борис.zip", "Борис"],
    ["/class/carl.ZIP", "carl"]
  ])("%s belongs to %s", (path, student) => {
    expect(studentOfPath(path)).toBe(student);
  });
});

describe("readVariantConfig(root)", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "convlab-config-"));
  });
  afterAll(async () => {
    await rm(root, {recursive: true, force: true});
  });

  it("reads the course's own file, and gives the defaults without one", async () => {
    expect(readVariantConfig()).toEqual(defaultVariantConfig);
    expect(readVariantConfig(root)).toEqual(defaultVariantConfig);
    await writeFile(join(root, "convlab.config.json"), JSON.stringify({grader: {courseSeed: 7, variants: 3}}));
    expect(readVariantConfig(root)).toEqual({courseSeed: 7, variants: 3});
  });

  it.each([
    ["not JSON", "{grader:", "convlab.config.json: "],
    [
      "a seed that is not an integer",
      JSON.stringify({grader: {courseSeed: "x"}}),
      'grader.courseSeed must be an integer, not "x"'
    ],
    ["no variants", JSON.stringify({grader: {variants: 0}}), "grader.variants must be an integer from 1 to 1000, not 0"]
  ])("refuses %s, naming the setting", async (_, text, message) => {
    await writeFile(join(root, "convlab.config.json"), text);
    expect(() => readVariantConfig(root)).toThrow(ConfigError);
    expect(() => readVariantConfig(root)).toThrow(message);
  });
});
