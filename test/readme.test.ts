import {readFileSync, existsSync} from "node:fs";
import {describe, expect, it} from "vitest";

const readme = readFileSync("README.md", "utf8");
const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
const commands = [...readme.matchAll(/^```sh\n([\s\S]*?)```/gm)][0][1]
  .split("\n")
  .filter(Boolean)
  .map((line) => line.replace(/\s+#.*$/, ""));

describe("README", () => {
  it("starts with the two commands that matter: set up and open the course, run the tests", () => {
    expect(readme.indexOf("```sh")).toBeLessThan(40);
    expect(commands).toEqual(["npm install && npm start", "npm install && npm test"]);
    for (const script of ["start", "dev", "test", "build", "grade", "bench"])
      expect(scripts[script], script).toBeTruthy();
  });

  it("is the command .ci/run runs", () => {
    const ci = readFileSync(".ci/run", "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(ci.at(-1)).toBe(commands[1]);
  });

  it("points only at paths that exist", () => {
    for (const [, path] of readme.matchAll(/`((?:src|lessons|data|solutions|test|bench|scripts)\/[\w./-]*?)`/g)) {
      if (path.includes("<") || path.includes("…")) continue;
      expect(existsSync(path.replace(/\/$/, "")), path).toBe(true);
    }
  });
});
