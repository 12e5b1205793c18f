import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {courseRoot} from "../core/courseRoot.js";

/**
 * How hidden checks vary between students: each student gets one of `variants` sets of hidden
 * inputs, chosen from the course seed and the student's name. A regrade gives the same inputs, and
 * so the same score; a class shares only `variants` sets, each built once per batch.
 */
export interface VariantConfig {
  courseSeed: number;
  variants: number;
}

export const defaultVariantConfig: VariantConfig = {courseSeed: 20261202, variants: 16};

/** The course's own settings, beside package.json. */
export const configFileName = "convlab.config.json";

export class ConfigError extends Error {}

/** One student's variant: its number (1 … of) and the seed its hidden checks are drawn from. */
export interface Variant {
  number: number;
  of: number;
  seed: number;
}

/**
 * Reads `convlab.config.json`'s `grader` settings ({"grader": {"courseSeed": N, "variants": M}});
 * the defaults when the file or a setting is absent. A malformed file is an instructor's mistake
 * that would change every grade, so it throws instead of falling back.
 */
export function readVariantConfig(root: string = courseRoot): VariantConfig {
  let text: string;
  try {
    text = readFileSync(join(root, configFileName), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return defaultVariantConfig;
    throw error;
  }
  let grader: Record<string, unknown>;
  try {
    grader = ((JSON.parse(text) as {grader?: unknown}).grader ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`${configFileName}: ${(error as Error).message}`);
  }
  const courseSeed = grader.courseSeed ?? defaultVariantConfig.courseSeed;
  const variants = grader.variants ?? defaultVariantConfig.variants;
  if (!Number.isSafeInteger(courseSeed))
    throw new ConfigError(`${configFileName}: grader.courseSeed must be an integer, not ${JSON.stringify(courseSeed)}`);
  if (!(Number.isSafeInteger(variants) && (variants as number) >= 1 && (variants as number) <= 1000)) {
    throw new ConfigError(
      `${configFileName}: grader.variants must be an integer from 1 to 1000, not ${JSON.stringify(variants)}`
    );
  }
  return {courseSeed: courseSeed as number, variants: variants as number};
}

/** The variant of the student with this name (a folder or zip name, or `--student`), compared as Unicode NFC. */
export function studentVariant(student: string, {courseSeed, variants}: VariantConfig): Variant {
  const number = 1 + (hash32(`student\0${courseSeed}\0${student.normalize("NFC")}`) % variants);
  return {number, of: variants, seed: variantSeed(courseSeed, number)};
}

/** The seed of a variant's hidden checks: 31 bits, like the seeds `--seed` takes. */
export function variantSeed(courseSeed: number, number: number): number {
  return hash32(`variant\0${courseSeed}\0${number}`) >>> 1;
}

function hash32(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0);
}

/** Who a submission belongs to when nobody says: its folder's name, or its archive's without `.zip`. */
export function studentOfPath(path: string): string {
  const name =
    path
      .replace(/[/\\]+$/, "")
      .split(/[/\\]/)
      .at(-1) ?? "";
  return name.toLowerCase().endsWith(".zip") ? name.slice(0, -4) : name;
}
