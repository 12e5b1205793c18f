// One lint configuration for the whole tree: JavaScript's and typescript-eslint's recommended rules,
// import hygiene, and nothing about layout (Prettier owns that). `npm test` runs it before the tests.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import {createNodeResolver, importX} from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      ".convlab/",
      "**/.observablehq/",
      "node_modules/",
      "src/backends/tfjs/tfjs.browser.js",
      "test/fixtures/submissions/",
      "lessons/lib",
      "lessons/data"
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: {"import-x": importX},
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    settings: {"import-x/resolver-next": [createNodeResolver({extensions: [".ts", ".js"]})]},
    rules: {
      "import-x/first": "error",
      "import-x/no-duplicates": "error",
      "import-x/no-self-import": "error",
      "import-x/newline-after-import": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        {argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none"}
      ],
      // Sandboxed and tfjs-facing code handles values of unknown shape on purpose; `any` there is explicit.
      "@typescript-eslint/no-explicit-any": "off"
    }
  },
  {
    // Ambient declarations import inside `declare module` blocks, where a blank line is not the style.
    files: ["**/*.d.ts"],
    rules: {"import-x/newline-after-import": "off"}
  },
  {
    // Escaping control characters, and testing that they are escaped, means matching them literally.
    files: ["src/check/controlText.ts", "test/grader/progress.test.ts", "test/grader/hostileText.test.ts"],
    rules: {"no-control-regex": "off", "no-regex-spaces": "off"}
  },
  prettier
);
