import {siteChromeMessages as chrome} from "../i18n/messages/siteChrome.js";
import type {Lang} from "../i18n/localized.js";
import {counterpartPath} from "./languageLinks.js";
import {sidebar} from "./sidebar.js";

/**
 * The language of a page of the site, from its path: `/ru/…` is Russian, everything else (the
 * bilingual front page included) English.
 */
export function pageLanguage(path: string): Lang {
  return /^\/?ru(\/|$)/.test(path) ? "ru" : "en";
}

/** Each language named in itself, and a hint in it: the language switch speaks the language it leads to. */
const languageNames = {
  ru: {name: "Русский", hint: "Эта страница по-русски"},
  en: {name: "English", hint: "This page in English"}
} as const;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The page header (Framework's `header` option, a function of the page): one link to the same page
 * in the other language. Clicking it keeps the section in view, since both trees share heading ids.
 * Pages outside the two trees (the bilingual front page) get no header.
 */
export function languageSwitch({path}: {path: string}): string {
  const counterpart = counterpartPath(path.replace(/\/$/, "/index"));
  if (!counterpart) return "";
  const lang = pageLanguage(path);
  const target = languageNames[counterpart.lang];
  const href = counterpart.path.replace(/\/index$/, "/");
  return (
    `<nav class="convlab-language-switch" aria-label="${escapeAttribute(chrome.languageSwitch[lang])}">` +
    `<a href="${escapeAttribute(href)}" hreflang="${counterpart.lang}" lang="${counterpart.lang}" ` +
    `title="${escapeAttribute(target.hint)}" onclick="this.hash = location.hash">${target.name}</a></nav>`
  );
}

/**
 * What the `head` of a Russian page adds to make Framework's chrome Russian where the HTML alone
 * cannot: the pager's "Previous page"/"Next page" (CSS `content` in Framework's layout.css), and two
 * titles that Framework's scripts set when the page runs (the sidebar toggle's, and "Copy code" on
 * each code block, also on blocks added later), replaced once they are set.
 */
export function chromeHead(lang: Lang): string {
  if (lang !== "ru") return "";
  const css = (text: string) => JSON.stringify(text);
  const titles = JSON.stringify({toggle: chrome.toggleSidebar.ru, copy: chrome.copyCode.ru}).replace(/</g, "\\u003c");
  return (
    `<style>#observablehq-footer nav a[rel=prev]::before{content:${css(chrome.previousPage.ru)}}` +
    `#observablehq-footer nav a[rel=next]::before{content:${css(chrome.nextPage.ru)}}</style>` +
    `<script>{const t=${titles};const fix=()=>{for(const e of document.querySelectorAll("#observablehq-sidebar-toggle,label[for='observablehq-sidebar-toggle']"))if(!e.title.startsWith(t.toggle))e.title=e.title.replace(/^Toggle sidebar/,t.toggle);for(const b of document.querySelectorAll("button.observablehq-pre-copy"))if(b.title!==t.copy)b.title=t.copy};addEventListener("DOMContentLoaded",()=>{fix();new MutationObserver(fix).observe(document.body,{childList:true,subtree:true})})}</script>`
  );
}

/**
 * Framework's own words, as it renders them into a page's HTML, replaced for the page's language;
 * `<html lang>`, and `lang` on each sidebar section; and no pager link into the other language's tree. Framework 1.13 has
 * no per-page option for these, so `npm run build` applies this to every page it wrote and
 * `npm run dev` to every page it serves (scripts/build.js, scripts/dev.js). Idempotent.
 */
export function localizePage(html: string, path: string): string {
  const lang = pageLanguage(path);
  let result = html.replace(/<html(?:\s+lang="[^"]*")?>/, `<html lang="${lang}">`);
  // Each sidebar section (a <details> or <section> headed by the language's name) says its language.
  for (const section of sidebar) {
    const sectionLang = pageLanguage(section.path);
    result = result.replace(
      new RegExp(
        `<(details|section)((?:\\s+(?:open|class="[^"]*"))*)(?:\\s+lang="[a-z]+")?>(\\s*<summary[^>]*><a [^>]*>${section.name}</a></summary>)`
      ),
      (_, tag: string, attributes: string, summary: string) => `<${tag}${attributes} lang="${sectionLang}">${summary}`
    );
  }
  // The pager stays in the page's tree: the last Russian lesson's "next page" is not the English home page.
  result = result.replace(/<a rel="(?:prev|next)" href="([^"]*)"><span>[^<]*<\/span><\/a>/g, (link, href: string) => {
    const target = new URL(href, `http://site${path.startsWith("/") ? path : `/${path}`}`).pathname;
    const inTree = (where: string) => /^\/?(ru|en)\//.test(where);
    return inTree(path) && inTree(target) && pageLanguage(target) !== lang ? "" : link;
  });
  if (lang === "ru") {
    result = result
      .replace(/(<aside id="observablehq-toc"[^>]*>\s*<nav>\s*<div>)Contents(<\/div>)/, `$1${chrome.contents.ru}$2`)
      .replace(
        /(id="observablehq-sidebar-toggle" type="checkbox" title=")Toggle sidebar"/,
        `$1${chrome.toggleSidebar.ru}"`
      );
  }
  return result;
}

/** The site path of a page that the build wrote to `dist/<file>`: `ru/1-x.html` → `/ru/1-x`. */
export function pagePathOf(file: string): string {
  return `/${file
    .replace(/\\/g, "/")
    .replace(/\.html$/, "")
    .replace(/(^|\/)index$/, "$1")}`;
}
