import {availableParallelism} from "node:os";
import {defineConfig} from "vitest/config";
import {SlowestFirstSequencer} from "./test/fileOrder.js";
import {hangCeilingMs} from "./test/hangCeiling.js";

/**
 * Folders whose test files share their worker process (Vitest's `isolate: false`): tfjs and the
 * course's modules are imported once per worker instead of once per file, which is most of these
 * files' time (measured: 10 files of ops, initializers and models took 23.4 s of CPU isolated and 9.5 s
 * shared; the site's, architecture's and documents' 12 files, 9.5 CPU-s isolated and 6.6 shared). Their
 * tests compute with tf on the backend they set themselves (setupNodeTf or tf.setBackend in every file),
 * mock nothing and start nothing. Everything else (jsdom pages, the grader's and the runner's
 * processes, the browser, scripts and backends) keeps a process per file.
 */
const sharedWorkerFolders = [
  ...["ops", "initializers", "models", "exercises", "check", "i18n", "train", "datasets"],
  ...["site", "architecture", "documents"]
];
const shared = sharedWorkerFolders.map((folder) => `test/${folder}/**/*.test.ts`);

export default defineConfig({
  test: {
    // Ceilings that only catch a hang: tests wait for events, never against a budget (test/hangCeiling.ts).
    testTimeout: hangCeilingMs,
    hookTimeout: hangCeilingMs,
    teardownTimeout: hangCeilingMs,
    expect: {poll: {timeout: hangCeilingMs}},
    pool: "forks",
    // The shared worker's files first, then the others; in each, the slowest first (test/fileOrder.ts).
    sequence: {sequencer: SlowestFirstSequencer},
    // Vitest's default on 2 cores is one file at a time; much of the suite waits on other processes
    // (Chromium, sandboxes, the site's build), so two files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {extends: true, test: {name: "shared", include: shared, isolate: false}},
      {
        extends: true,
        test: {
          name: "isolated",
          include: ["test/**/*.test.ts"],
          exclude: shared,
          // The site built once and one Chromium, shared by the browser test files (see the file).
          globalSetup: ["test/e2e/globalSetup.ts"]
        }
      }
    ]
  }
});
