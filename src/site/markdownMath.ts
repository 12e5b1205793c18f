import katex from "katex";
import texmath from "markdown-it-texmath";
import type MarkdownIt from "markdown-it";

interface DelimiterRule {
  name: string;
  rex: RegExp;
  [key: string]: unknown;
}
type TexmathRules = Record<string, {inline: DelimiterRule[]; block: DelimiterRule[]}>;

/**
 * texmath's `dollars` delimiters, except that a formula never opens with `${`: that is how
 * Framework's inline expressions start, and `${x} and $y$` would otherwise read as one formula.
 * Registered in texmath's own table of delimiter sets under the name `convlab`.
 */
function registerDelimiters(): void {
  const rules = (texmath as unknown as {rules: TexmathRules}).rules;
  if (rules.convlab) return;
  const notAnExpression = (rule: DelimiterRule): DelimiterRule => ({
    ...rule,
    rex: new RegExp(rule.rex.source.replace(/^(\\\$(?:\{2\})?)/, "$1(?!\\{)"), rule.rex.flags)
  });
  rules.convlab = {inline: rules.dollars.inline.map(notAnExpression), block: rules.dollars.block};
}

/**
 * `$…$` and `$$…$$` rendered by KaTeX when the site is built: pages need no math library to show them.
 * `outerSpace` makes an inline formula need a space (or line edge) before its opening dollar and a
 * space or `.`, `,`, `;` after its closing one. Invalid TeX is rendered as KaTeX's red
 * `.katex-error`, which the browser tests look for on every page.
 */
export function markdownMath(md: MarkdownIt): MarkdownIt {
  registerDelimiters();
  return md.use(texmath, {
    engine: katex,
    delimiters: "convlab",
    outerSpace: true,
    katexOptions: {throwOnError: false, output: "htmlAndMathml"}
  });
}
