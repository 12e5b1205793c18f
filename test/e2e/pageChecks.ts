import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {hangCeilingMs} from "../hangCeiling.js";
import {projectRoot} from "./site.js";

/** Opens a page and waits until every cell has rendered (Framework shows <observablehq-loading> until then). */
export async function settle(page: Page, url: string): Promise<number | undefined> {
  const response = await page.goto(url);
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, {
    timeout: hangCeilingMs
  });
  return response?.status();
}

/** How far the page reaches beyond the window, and the widest elements that do (to name them when it fails). */
export const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = Array.from(document.querySelectorAll("body *"))
      .filter((node) => node.getBoundingClientRect().right > width + 1)
      .map((node) => `${node.tagName.toLowerCase()}.${node.getAttribute("class") ?? ""}`)
      .slice(0, 5);
    return {scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits};
  });

/**
 * Records every WebGL context tfjs's webgl backend creates (it asks with `failIfMajorPerformanceCaveat`;
 * the backend chooser's probe of the renderer asks with no attributes), before the page's scripts run.
 */
export async function recordTfjsWebglContexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const contexts: string[] = ((globalThis as unknown as {tfjsWebglContexts: string[]}).tfjsWebglContexts = []);
    for (const canvas of [globalThis.HTMLCanvasElement, globalThis.OffscreenCanvas]) {
      if (!canvas) continue;
      const getContext = canvas.prototype.getContext as (...args: unknown[]) => unknown;
      canvas.prototype.getContext = function (this: unknown, ...args: unknown[]) {
        if (String(args[0]).startsWith("webgl") && args[1] && typeof args[1] === "object")
          contexts.push(String(args[0]));
        return getContext.apply(this, args);
      } as typeof canvas.prototype.getContext;
    }
  });
}

/** The WebGL contexts tfjs made since recordTfjsWebglContexts. */
export const tfjsWebglContexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => (globalThis as unknown as {tfjsWebglContexts: string[]}).tfjsWebglContexts);

/** What a lesson page says runs: the picker's backend and its details, and the code in the sentence that names it. */
export async function reportedBackend(page: Page): Promise<{picker: string; details: string; sentence: string[]}> {
  await page.locator(".convlab-backend-picker[data-backend]").waitFor();
  return page.evaluate(() => ({
    picker: document.querySelector<HTMLElement>(".convlab-backend-picker")!.dataset.backend!,
    details: document.querySelector(".convlab-backend-details")!.textContent!,
    sentence: [...document.querySelectorAll("main p")]
      .filter((p) => p.textContent!.includes("TensorFlow.js"))
      .flatMap((p) => [...p.querySelectorAll("code")].map((code) => code.textContent!))
  }));
}

/** Every KaTeX formula of the page: its TeX, whether it has MathML, hidden on screen, and is drawn. */
export const formulasOf = (page: Page) =>
  page.$$eval(".katex", (nodes) =>
    nodes.map((node) => {
      const mathml = node.querySelector(":scope > .katex-mathml > math");
      const box = node.querySelector(":scope > .katex-mathml")?.getBoundingClientRect();
      return {
        tex: mathml?.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? "",
        hasMathml: !!mathml && mathml.children.length > 0,
        hidden: !!box && box.width <= 1 && box.height <= 1,
        drawn: !!node.querySelector(":scope > .katex-html")
      };
    })
  );

/** The page's main text outside code and formulas that still looks like TeX (`$…`). */
export const leftoverTex = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
    main.querySelectorAll("pre, code, .cm-editor, .katex").forEach((node) => node.remove());
    return main.innerText.match(/\$[^\s]{0,20}/g) ?? [];
  });

/** The words of the site's frame (header, sidebar, contents, pager, titles, labels) and the page's languages. */
export const chromeOf = (page: Page) =>
  page.evaluate(() => {
    // The chrome's text, without what is marked as another language (the English sidebar section, the switch).
    const textOf = (selector: string) => {
      const node = document.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined;
      node?.querySelectorAll('[lang]:not([lang="ru"]), script, style').forEach((other) => other.remove());
      return node?.textContent ?? "";
    };
    const pager = Array.from(document.querySelectorAll("#observablehq-footer nav a"), (link) =>
      getComputedStyle(link, "::before").content.replace(/^"|"$/g, "")
    );
    const titles = Array.from(
      document.querySelectorAll("#observablehq-sidebar-toggle, label[for='observablehq-sidebar-toggle'], button"),
      (node) => node.getAttribute("title") ?? ""
    ).filter(Boolean);
    const labels = Array.from(
      document.querySelectorAll(
        ":is(#observablehq-header, #observablehq-sidebar, #observablehq-toc, #observablehq-footer) [aria-label]:not([lang]:not([lang='ru']) *)"
      ),
      (node) => String(node.getAttribute("aria-label"))
    );
    return {
      lang: document.documentElement.lang,
      toc: document.querySelector("#observablehq-toc nav > div")?.textContent ?? null,
      pager,
      titles,
      labels,
      header: textOf("#observablehq-header"),
      sidebar: textOf("#observablehq-sidebar"),
      footer: textOf("#observablehq-footer"),
      switchLang: document.querySelector("#observablehq-header a[hreflang]")?.getAttribute("lang")
    };
  });

/** The built page's heading ids (in its main part) and the links of its language switch, read from dist/. */
export function builtPage(lang: "ru" | "en", slug: string): {ids: string[]; switches: string[]; badges: number} {
  const html = readFileSync(join(projectRoot, "dist", lang, `${slug}.html`), "utf8");
  const main = html.slice(html.indexOf('<main id="observablehq-main"'), html.indexOf("</main>"));
  const header = html.slice(html.indexOf('<header id="observablehq-header"'), html.indexOf("</header>"));
  return {
    ids: [...main.matchAll(/<h[123]\b[^>]*\sid="([^"]*)"/g)].map((match) => match[1]),
    switches: [...header.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*\bhreflang=/g)].map((match) => match[1]),
    badges:
      [...main.matchAll(/<h[123]\b(?:(?!<\/h[123]>)[\s\S])*?hreflang=/g)].length +
      [...main.matchAll(/\bclass="[^"]*\bconvlab-lang\b/g)].length
  };
}
