import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";

type Lang = "ru" | "en";

/** The page in the other language: `/ru/1-convolutional-networks` ↔ `/en/1-convolutional-networks`. */
export function counterpartPath(path: string): {lang: Lang; path: string} | undefined {
  const match = /^\/(ru|en)\/(.*?)(\.md)?$/.exec(path);
  if (!match) return undefined;
  const lang: Lang = match[1] === "ru" ? "en" : "ru";
  return {lang, path: `/${lang}/${match[2]}`};
}

/**
 * Section ids shared by both languages: a heading written `## Свёртка вручную {#by-hand}` gets
 * `id="by-hand"`, and so does its English counterpart, so that the two trees can be read side by
 * side and the header's language switch (pageLanguage.ts) lands on the same section.
 */
export function languageLinks(md: MarkdownIt): MarkdownIt {
  const rule = (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; ++i) {
      if (tokens[i].type !== "heading_open") continue;
      const last = tokens[i + 1].children?.at(-1);
      const match = last?.type === "text" ? /\s*\{#([a-z0-9-]+)\}\s*$/.exec(last.content) : null;
      if (!match || !last) continue;
      last.content = last.content.slice(0, match.index);
      tokens[i].attrSet("id", match[1]);
    }
  };
  // Before Framework's markdown-it-anchor, so that it keeps our ids instead of making slugs.
  try {
    md.core.ruler.before("anchor", "convlab-language-links", rule);
  } catch {
    md.core.ruler.push("convlab-language-links", rule);
  }
  return md;
}
