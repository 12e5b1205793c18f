import {availableParallelism} from "node:os";
import {defineConfig} from "vitest/config";
import {hangCeilingMs} from "./test/hangCeiling.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The site built once and one Chromium, shared by the browser test files (see the file).
    globalSetup: ["test/e2e/globalSetup.ts"],
    // Ceilings that only catch a hang: tests wait for events, never against a budget (test/hangCeiling.ts).
    testTimeout: hangCeilingMs,
    hookTimeout: hangCeilingMs,
    teardownTimeout: hangCeilingMs,
    expect: {poll: {timeout: hangCeilingMs}},
    pool: "forks",
    // Vitest's default on 2 cores is one file at a time; much of the suite waits on other processes
    // (Chromium, sandboxes, the site's build), so two files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism())
  }
});
