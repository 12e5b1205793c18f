// The built site's own modules, bundled into a few files (npm run build, after Framework's build).
//
// Framework writes every module of src/ that a page imports as a file of its own under _import/, and
// lists them all in the page's <head> as modulepreloads: about 180 for lesson 2. Chromium spends a
// fixed cost on every request (6–9 ms here, one request after another, whatever the concurrency), so
// the modules alone took 1.3–2.2 s to arrive, and the editors waited for them. Rollup joins them into
// chunks; each file a page or another module names keeps its name and its exports, so the pages'
// own scripts, the workers' URLs and the modules' `import.meta` still find what they found before.
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {rollup} from "rollup";

/** Files under `dir` (absolute paths) whose names end with `suffix`. */
function filesUnder(dir, suffix) {
  return readdirSync(dir, {recursive: true, encoding: "utf8"})
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(dir, file));
}

/** A path from `fromDir` to `target`, written as a module specifier ("./x.js", "../x.js"). */
function specifier(fromDir, target) {
  const path = relative(fromDir, target).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Marks a path from the site's root in a string literal, between transform and renderChunk. */
const sitePath = "convlab-site-path:/";
const moduleSpecifiers = /\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g;
const preloadLink = /<link rel="modulepreload" href="([^"]+)">\n?/g;
const inlineModules = /<script type="module">([\s\S]*?)<\/script>/g;

/**
 * Bundles the site's modules: the project's own under `<dist>/_import`, and the npm packages Framework
 * wrote under `<dist>/_node` (a file for each package: CodeMirror alone is 14). Kept by name (the
 * entries): the modules a page's inline scripts import, the files named by `import.meta.resolve(…)`
 * (the workers), and the modules that the large packages left as they are import. Everything else
 * joins a chunk under `_import/chunks/`.
 * Each page's modulepreloads of these files are replaced by the files its entries import, statically,
 * all the way down. Resolves to the number of modules before and files after.
 */
export async function bundleImports(dist) {
  const root = resolve(dist);
  const bundledDirs = ["_import", "_node"].map((dir) => join(root, dir));
  // A module of 200 kB or more is a request worth making on its own. Left out, tfjs (1.1 MB) and
  // sucrase (0.26 MB) cost rollup no time: with them, it took 4.2 s instead of 2.5.
  const modules = bundledDirs.flatMap((dir) => filesUnder(dir, ".js")).filter((file) => statSync(file).size < 200_000);
  const moduleSet = new Set(modules);
  const bundled = (file) => moduleSet.has(file);
  const sitePathOf = (file) => relative(root, file).split(sep).join("/");

  // Kept by name: the files named by `import.meta.resolve(…)` (the workers), and the modules that
  // the files left as they are import (the large packages' own dependencies).
  const entries = new Set();
  for (const file of filesUnder(root, ".js")) {
    const source = readFileSync(file, "utf8");
    const named = [...source.matchAll(/import\.meta\.resolve\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1]);
    if (!bundled(file))
      named.push(...[...source.matchAll(moduleSpecifiers)].map((match) => match[1] ?? match[2] ?? match[3]));
    for (const target of named) {
      const path = resolve(dirname(file), target);
      if (bundled(path)) entries.add(path);
    }
  }
  const pages = filesUnder(root, ".html").map((file) => ({file, html: readFileSync(file, "utf8"), entries: []}));
  for (const page of pages) {
    for (const [, script] of page.html.matchAll(inlineModules)) {
      for (const match of script.matchAll(moduleSpecifiers)) {
        const path = resolve(dirname(page.file), match[1] ?? match[2] ?? match[3]);
        if (bundled(path)) page.entries.push(path);
      }
    }
    for (const entry of page.entries) entries.add(entry);
  }
  if (entries.size === 0) return {before: modules.length, after: modules.length};

  const bundle = await rollup({
    input: [...entries],
    preserveEntrySignatures: "strict",
    logLevel: "warn",
    // Tree-shaking saved 2% of the bytes (4.14 MB against 4.24) and took 3.6 s instead of 2.5.
    treeshake: false,
    plugins: [
      {
        name: "site-paths",
        // Framework's runtime, the large packages and the files Framework copied stay where they are.
        resolveId(source, importer) {
          if (!importer || !source.startsWith(".")) return null;
          const path = resolve(dirname(importer), source);
          return path.startsWith(root + sep) ? {id: path, external: !bundled(path)} : null;
        },
        // A module that reads `import.meta` may move into a chunk elsewhere: the paths it writes
        // relative to itself (not its imports) are marked here, and written again from the chunk's
        // place in renderChunk.
        transform(code, id) {
          if (!code.includes("import.meta")) return null;
          const literals = /(?<!\b(?:from|import)\s*\(?\s*)"(\.\.?\/[^"\n]+)"/g;
          return {
            code: code.replace(literals, (literal, path) => {
              const target = resolve(dirname(id), path);
              return target.startsWith(root + sep) && existsSync(target)
                ? JSON.stringify(`${sitePath}${sitePathOf(target)}`)
                : literal;
            }),
            map: null
          };
        },
        renderChunk(code, chunk) {
          if (!code.includes(sitePath)) return null;
          const chunkDir = dirname(join(root, chunk.fileName));
          const marked = new RegExp(`"${sitePath}([^"]+)"`, "g");
          return {
            code: code.replace(marked, (_, path) => JSON.stringify(specifier(chunkDir, join(root, path)))),
            map: null
          };
        }
      }
    ]
  });
  const {output} = await bundle.generate({
    format: "es",
    // Rollup would write an external's path from the entries' common folder; from the site's root,
    // it is written relative to each chunk, as the chunks' own paths are.
    paths: (id) => (id.startsWith(root + sep) ? sitePathOf(id) : id),
    entryFileNames: (chunk) => sitePathOf(chunk.facadeModuleId),
    chunkFileNames: "_import/chunks/[hash].js",
    // Chunks smaller than this join a chunk that is loaded with them anyway (rollup keeps the order
    // in which modules run); without it, rollup made a chunk for every set of entries sharing a module.
    experimentalMinChunkSize: 20_000
  });
  await bundle.close();

  for (const file of modules) rmSync(file);
  const chunks = new Map();
  for (const chunk of output) {
    if (chunk.type !== "chunk") throw new Error(`bundleImports: unexpected asset ${chunk.fileName}`);
    const file = join(root, chunk.fileName);
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, chunk.code);
    chunks.set(file, chunk);
  }

  for (const page of pages) {
    const preloads = new Set();
    const visit = (file) => {
      if (preloads.has(file)) return;
      preloads.add(file);
      for (const imported of chunks.get(file).imports) {
        if (chunks.has(join(root, imported))) visit(join(root, imported)); // not Framework's runtime
      }
    };
    for (const entry of page.entries) visit(entry);
    const pageDir = dirname(page.file);
    let placed = false;
    const html = page.html.replace(preloadLink, (link, href) => {
      if (!bundled(resolve(pageDir, href))) return link;
      if (placed) return "";
      placed = true;
      return [...preloads].map((file) => `<link rel="modulepreload" href="${specifier(pageDir, file)}">\n`).join("");
    });
    if (html !== page.html) writeFileSync(page.file, html);
  }
  return {before: modules.length, after: chunks.size};
}
