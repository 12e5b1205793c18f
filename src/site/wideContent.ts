import type MarkdownIt from "markdown-it";

/**
 * Each Markdown table wrapped in `<div class="convlab-scroll">`, which scrolls sideways on its own
 * (lessons/style.css): a table wider than the screen never makes the page wider than the screen.
 */
export function wideContent(md: MarkdownIt): MarkdownIt {
  const renderToken = (
    tokens: Parameters<MarkdownIt["renderer"]["renderToken"]>[0],
    index: number,
    options: MarkdownIt["options"]
  ) => md.renderer.renderToken(tokens, index, options);
  const open = md.renderer.rules.table_open ?? renderToken;
  const close = md.renderer.rules.table_close ?? renderToken;
  md.renderer.rules.table_open = (tokens, index, options, env, self) =>
    `<div class="convlab-scroll">\n${open(tokens, index, options, env, self)}`;
  md.renderer.rules.table_close = (tokens, index, options, env, self) =>
    `${close(tokens, index, options, env, self)}</div>\n`;
  return md;
}
