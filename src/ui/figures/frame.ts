import * as d3 from "../d3.js";
import {figuresMessages, type Lang, type Localized} from "../../i18n/index.js";
import {element} from "../dom.js";

/** A figure's SVG, drawn with d3 inside a viewBox so it scales down to the page's width. */
export type FigureSvg = d3.Selection<SVGSVGElement, undefined, null, undefined>;

/** The figure's colours: the page's theme variables, so the drawing follows light and dark mode. */
export const figureColors = {
  ink: "var(--theme-foreground)",
  muted: "var(--theme-foreground-muted)",
  faint: "var(--theme-foreground-faint)",
  fill: "var(--theme-background-alt)",
  background: "var(--theme-background)",
  accent: "var(--theme-foreground-focus)"
};

/**
 * An SVG of `width` × `height` units that scales down with the page (`max-width: 100%`), described for
 * screen readers: `role="img"`, an `aria-label` and a `<title>` with the same text.
 */
export function figureSvg(className: string, width: number, height: number, description: string): FigureSvg {
  const svg = d3
    .create("svg")
    .attr("class", `convlab-figure-svg ${className}`)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("role", "img")
    .attr("aria-label", description)
    .style("max-width", "100%")
    .style("height", "auto")
    .style("font-size", "13px")
    .style("font-family", "var(--sans-serif)")
    .style("color", figureColors.ink);
  svg.append("title").text(description);
  const defs = svg.append("defs");
  for (const [id, color] of [
    ["convlab-arrow", figureColors.muted],
    ["convlab-arrow-accent", figureColors.accent]
  ])
    defs
      .append("marker")
      .attr("id", id)
      .attr("viewBox", "0 0 10 10")
      .attr("refX", 9)
      .attr("refY", 5)
      .attr("markerWidth", 7)
      .attr("markerHeight", 7)
      .attr("orient", "auto-start-reverse")
      .append("path")
      .attr("d", "M0,0 L10,5 L0,10 z")
      .attr("fill", color);
  return svg;
}

/** A `<figure>` holding the drawing and its numbered caption: "Figure 2.1. …" / "Рисунок 2.1. …". */
export function numberedFigure(
  id: string,
  number: [lesson: number, figure: number],
  caption: Localized,
  lang: Lang,
  ...drawings: Node[]
): HTMLElement {
  return element(
    "figure",
    {class: "convlab-figure", "data-figure": id, style: "margin:1.25rem 0;max-width:100%"},
    ...drawings,
    element(
      "figcaption",
      {style: "font-size:14px;color:var(--theme-foreground-muted);margin-top:0.4rem"},
      element("strong", {}, figuresMessages.figure(...number)[lang]),
      " ",
      caption[lang]
    )
  );
}

/** Figures in a row that wraps on narrow screens; each shrinks to its share (the first gets twice the others'). */
export function figureRow(...figures: HTMLElement[]): HTMLElement {
  figures.forEach((figure, i) => {
    figure.style.flex = i === 0 ? "2 1 420px" : "1 1 300px";
    figure.style.minWidth = "0";
    figure.style.margin = "0";
  });
  return element(
    "div",
    {
      class: "convlab-figure-row",
      style: "display:flex;flex-wrap:wrap;gap:1rem 1.5rem;align-items:flex-end;margin:1rem 0"
    },
    ...figures
  );
}
