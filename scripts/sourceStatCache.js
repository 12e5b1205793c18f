// Loaded into Framework's build process (`node --import`, see build.js) with CONVLAB_CACHED_SOURCES set
// to the source root (lessons/): existsSync and statSync of the files under it (through its links to
// src/ and data/, too) answer from memory after the first call.
//
// Why: Framework 1.13 names each module of src/ after a hash of it and of everything it imports, and
// computes that hash again for every import of every module of every page, looking each file up
// component by component (route.js). A build made 650,000 such calls for 927 distinct paths, about
// 3 s of its main thread; with this, a fresh build took 27.0 s instead of 29.9 (medians of 3
// alternated runs), and wrote the same files.
//
// Safe because a build reads the sources and writes elsewhere: dist/, and Framework's cache
// (lessons/.observablehq/, left out here, where npm bundles and data loaders' outputs appear during the
// build). A source edited during a build still leaves dist/ stale: build.js stamps the sources before.
import fs from "node:fs";
import {syncBuiltinESMExports} from "node:module";
import {join, resolve, sep} from "node:path";

/** Makes fs.existsSync and fs.statSync keep their answers for the files under `root`, outside its `.observablehq`. */
function cacheSourceStats(root) {
  const sources = resolve(root) + sep;
  const frameworkCache = join(sources, ".observablehq") + sep;

  /** Whether `path` names a source file or folder, whose answers may be kept for the build. */
  function isSource(path) {
    if (typeof path !== "string") return false; // a URL, a Buffer or a descriptor: asked every time
    const absolute = resolve(path);
    return absolute.startsWith(sources) && !absolute.startsWith(frameworkCache);
  }

  const {existsSync, statSync} = fs;
  const existing = new Map();
  const stats = new Map();

  fs.existsSync = (path) => {
    let exists = existing.get(path);
    if (exists !== undefined) return exists;
    exists = existsSync(path);
    if (isSource(path)) existing.set(path, exists);
    return exists;
  };

  fs.statSync = (path, options) => {
    if (options !== undefined) return statSync(path, options);
    let stat = stats.get(path);
    if (stat === undefined) {
      if (!isSource(path)) return statSync(path);
      try {
        stat = {value: statSync(path)};
      } catch (error) {
        stat = {error};
      }
      stats.set(path, stat);
    }
    if (stat.error) throw stat.error;
    return stat.value;
  };

  // Framework imports {existsSync, statSync} from "node:fs": make those bindings see the above too.
  syncBuiltinESMExports();
}

if (process.env.CONVLAB_CACHED_SOURCES) cacheSourceStats(process.env.CONVLAB_CACHED_SOURCES);
