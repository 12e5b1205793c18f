import {figuresMessages, type Lang} from "../../i18n/index.js";
import {figureColors, figureSvg, numberedFigure, type FigureSvg} from "./frame.js";

const columnWidth = 170;
const boxWidth = 130;
const boxHeight = 30;
const step = 46;
const top = 34;

/** One column: a[l] → linear → g → a[l+1] → linear → (+ a[l]) → g → a[l+2]. */
function drawPair(svg: FigureSvg, left: number, residual: boolean, lang: Lang): void {
  const g = svg
    .append("g")
    .attr("class", `convlab-figure-pair convlab-figure-${residual ? "residual" : "plain"}`)
    .attr("transform", `translate(${left},0)`);
  g.append("text")
    .attr("x", boxWidth / 2)
    .attr("y", 16)
    .attr("text-anchor", "middle")
    .attr("fill", "currentColor")
    .style("font-weight", "600")
    .text((residual ? figuresMessages.residual : figuresMessages.plain)[lang]);
  const steps: Array<{label: string; kind: "value" | "op" | "add"}> = [
    {label: "a[l]", kind: "value"},
    {label: `${figuresMessages.linear[lang]}: z[l+1]`, kind: "op"},
    {label: "g", kind: "op"},
    {label: "a[l+1]", kind: "value"},
    {label: `${figuresMessages.linear[lang]}: z[l+2]`, kind: "op"},
    ...(residual ? [{label: "+", kind: "add" as const}] : []),
    {label: "g", kind: "op"},
    {label: "a[l+2]", kind: "value"}
  ];
  const y = (i: number) => top + i * step;
  steps.forEach((item, i) => {
    if (i > 0)
      g.append("line")
        .attr("class", "convlab-figure-edge")
        .attr("x1", boxWidth / 2)
        .attr("x2", boxWidth / 2)
        .attr("y1", y(i - 1) + boxHeight)
        .attr("y2", y(i))
        .attr("stroke", figureColors.muted)
        .attr("marker-end", "url(#convlab-arrow)");
    const node = g.append("g").attr("class", `convlab-figure-node convlab-figure-${item.kind}`);
    if (item.kind === "add")
      node
        .append("circle")
        .attr("cx", boxWidth / 2)
        .attr("cy", y(i) + boxHeight / 2)
        .attr("r", boxHeight / 2)
        .attr("fill", figureColors.fill)
        .attr("stroke", figureColors.accent)
        .attr("stroke-width", 2);
    else
      node
        .append("rect")
        .attr("x", item.kind === "value" ? boxWidth / 4 : 0)
        .attr("y", y(i))
        .attr("width", item.kind === "value" ? boxWidth / 2 : boxWidth)
        .attr("height", boxHeight)
        .attr("rx", item.kind === "value" ? boxHeight / 2 : 5)
        .attr("fill", item.kind === "value" ? figureColors.background : figureColors.fill)
        .attr("stroke", figureColors.faint);
    node
      .append("text")
      .attr("class", "convlab-figure-label")
      .attr("x", boxWidth / 2)
      .attr("y", y(i) + boxHeight / 2 + 5)
      .attr("text-anchor", "middle")
      .attr("fill", "currentColor")
      .style("font-size", item.kind === "add" ? "18px" : "13px")
      .text(item.label);
  });
  if (residual) {
    const add = steps.findIndex((item) => item.kind === "add");
    const side = boxWidth + 22;
    g.append("path")
      .attr("class", "convlab-figure-shortcut")
      .attr(
        "d",
        `M${(boxWidth * 3) / 4},${y(0) + boxHeight / 2} H${side} V${y(add) + boxHeight / 2} H${boxWidth / 2 + boxHeight / 2}`
      )
      .attr("fill", "none")
      .attr("stroke", figureColors.accent)
      .attr("stroke-width", 2)
      .attr("marker-end", "url(#convlab-arrow-accent)");
    g.append("text")
      .attr("x", side + 4)
      .attr("y", (y(0) + y(add)) / 2 + boxHeight / 2)
      .attr("fill", figureColors.accent)
      .attr("transform", `rotate(90 ${side + 4} ${(y(0) + y(add)) / 2 + boxHeight / 2})`)
      .attr("text-anchor", "middle")
      .text(figuresMessages.shortcut[lang]);
  }
}

/** Figure 2.1: a plain pair of layers beside a residual pair. */
export function plainVsResidualFigure({lang}: {lang: Lang}): HTMLElement {
  const height = top + 8 * step;
  const svg = figureSvg(
    "convlab-figure-plain-vs-residual",
    2 * columnWidth + 50,
    height,
    figuresMessages.plainVsResidualCaption[lang]
  );
  drawPair(svg, 10, false, lang);
  drawPair(svg, columnWidth + 30, true, lang);
  return numberedFigure("plain-vs-residual", [2, 1], figuresMessages.plainVsResidualCaption, lang, svg.node()!);
}
