import {readdirSync, readFileSync} from "node:fs";
import {dirname, join, posix, relative, sep} from "node:path";

/**
 * The layers of src/, lowest first: a module may import its own layer and those below it, never one
 * above. Folders on one line are one layer. `types/` holds ambient declarations only.
 */
export const layers: readonly (readonly string[])[] = [
  ["core", "types"],
  ["i18n"],
  ["backends"],
  ["ops", "initializers", "check"],
  ["models", "datasets"],
  ["train"],
  ["exercises"],
  ["run"],
  ["grader"],
  ["ui", "site"]
];

/** The layer of a path under src/ (`src/check/compare.ts` → 3), or undefined for a folder no layer names. */
export function layerOf(srcPath: string): number | undefined {
  const [top, folder, rest] = srcPath.split("/");
  if (top !== "src" || rest === undefined) return undefined;
  const index = layers.findIndex((layer) => layer.includes(folder));
  return index < 0 ? undefined : index;
}

export function layerName(index: number | undefined): string {
  return index === undefined ? "no layer" : layers[index].join("/");
}

/**
 * Every module a source names: static `import … from`, `import "…"`, `export … from` (type-only ones
 * too) and dynamic `import("…")`. Comments are removed first, so an import in a comment does not count.
 */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const specifiers = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^;'"`]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) specifiers.add(match[1]);
  return [...specifiers];
}

export interface UpwardImport {
  file: string;
  specifier: string;
  target: string;
  fromLayer: string;
  toLayer: string;
}

/**
 * The imports that break the layering among `files` (paths relative to the course root, `src/…`):
 * one to a higher layer, and any from or to a module in a folder that no layer names. Package
 * imports are not the course's (`@convlab/tfjs` is TensorFlow.js under another name).
 */
export function layeringViolations(files: ReadonlyMap<string, string>): UpwardImport[] {
  const violations: UpwardImport[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (from === undefined) {
      violations.push({
        file,
        specifier: "(the module itself)",
        target: file,
        fromLayer: "no layer",
        toLayer: "no layer"
      });
      continue;
    }
    for (const specifier of importsOf(source)) {
      if (!specifier.startsWith(".")) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const to = layerOf(target);
      if (to === undefined || to > from)
        violations.push({file, specifier, target, fromLayer: layerName(from), toLayer: layerName(to)});
    }
  }
  return violations;
}

/** Every `.ts` file under `folder` (the course's `src/`), by its path relative to `root`, with its text. */
export function readSources(root: string, folder = "src"): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts"))
        files.set(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(join(root, folder));
  return files;
}

export const courseRoot = dirname(dirname(dirname(new URL(import.meta.url).pathname)));
