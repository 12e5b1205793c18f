import type {Page} from "playwright-core";

/**
 * The page's figures (src/ui/figures/), each as [its id, its SVG's role, whether it has a text
 * alternative and is drawn, whether it stays within the page's width], in page order.
 */
export function figuresOnPage(
  page: Page
): Promise<Array<[string | null, string | null | undefined, boolean, boolean]>> {
  return page.evaluate(() =>
    [...document.querySelectorAll("figure.convlab-figure")].map((figure) => {
      const svg = figure.querySelector("svg");
      const box = figure.getBoundingClientRect();
      return [
        figure.getAttribute("data-figure"),
        svg?.getAttribute("role"),
        (svg?.getAttribute("aria-label") ?? "").length > 40 && svg!.getBoundingClientRect().width > 0,
        box.right <= document.documentElement.clientWidth
      ] as [string | null, string | null | undefined, boolean, boolean];
    })
  );
}
