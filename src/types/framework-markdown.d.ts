// Framework's Markdown pipeline, imported by the tests to render exactly as `npm run build` does.
declare module "@observablehq/framework/dist/markdown.js" {
  import type MarkdownIt from "markdown-it";
  export function createMarkdownIt(options?: {markdownIt?: (md: MarkdownIt) => MarkdownIt}): MarkdownIt;
  export function parseMarkdown(
    input: string,
    options: {md: MarkdownIt; path: string}
  ): {body: string; code: unknown[]; title: string | null};
}
