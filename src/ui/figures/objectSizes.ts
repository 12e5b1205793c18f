import {figuresMessages, type Lang} from "../../i18n/index.js";
import {figureColors, figureSvg, numberedFigure, type FigureSvg} from "./frame.js";

/** One frame of the figure: the object's height in cells and the kernel that suits it. */
export interface ObjectSize {
  /** The object's height, in cells of the frame. */
  cells: number;
  kernel: number;
}

/** The same object large, middle and small in a 12 × 12 frame, with the kernels 5×5, 3×3 and 1×1. */
export const objectSizes: readonly ObjectSize[] = [
  {cells: 10, kernel: 5},
  {cells: 5, kernel: 3},
  {cells: 2, kernel: 1}
];

const grid = 12;
const cell = 10;
const frame = grid * cell;
const gap = 18;

/** A dog made of ellipses, `size` units tall, its head at the top right; drawn into `g` at (x, y). */
function drawDog(svg: FigureSvg, x: number, y: number, size: number): void {
  const u = size / 10; // the dog is 10 units tall and 10 wide
  const dog = svg.append("g").attr("class", "convlab-figure-object").attr("fill", figureColors.muted);
  dog
    .append("ellipse")
    .attr("cx", x + 4.5 * u)
    .attr("cy", y + 5.5 * u)
    .attr("rx", 3.5 * u)
    .attr("ry", 2 * u);
  dog
    .append("circle")
    .attr("cx", x + 8 * u)
    .attr("cy", y + 3 * u)
    .attr("r", 1.8 * u);
  dog
    .append("ellipse")
    .attr("cx", x + 7.2 * u)
    .attr("cy", y + 1.6 * u)
    .attr("rx", 0.6 * u)
    .attr("ry", 1.2 * u);
  for (const leg of [2, 3.6, 5.6, 7])
    dog
      .append("rect")
      .attr("x", x + leg * u)
      .attr("y", y + 6.5 * u)
      .attr("width", 0.9 * u)
      .attr("height", 3.5 * u);
  dog
    .append("path")
    .attr("d", `M${x + 1.2 * u},${y + 5 * u} Q${x},${y + 3 * u} ${x + 0.4 * u},${y + 2 * u}`)
    .attr("stroke", figureColors.muted)
    .attr("stroke-width", Math.max(1, 0.6 * u))
    .attr("fill", "none");
}

/** Figure 3.2: the same object at three sizes in the frame, each with the kernel (1×1, 3×3, 5×5) that suits it. */
export function objectSizesFigure({
  lang,
  sizes = objectSizes
}: {
  lang: Lang;
  sizes?: readonly ObjectSize[];
}): HTMLElement {
  const width = sizes.length * frame + (sizes.length - 1) * gap + 4;
  const height = frame + 44;
  const description = `${figuresMessages.objectSizesCaption[lang]}`;
  const svg = figureSvg("convlab-figure-object-sizes", width, height, description);
  sizes.forEach((size, i) => {
    const left = 2 + i * (frame + gap);
    const panel = svg.append("g").attr("class", "convlab-figure-frame");
    for (let k = 0; k <= grid; ++k) {
      panel
        .append("line")
        .attr("x1", left + k * cell)
        .attr("x2", left + k * cell)
        .attr("y1", 2)
        .attr("y2", 2 + frame)
        .attr("stroke", figureColors.faint)
        .attr("stroke-opacity", 0.5);
      panel
        .append("line")
        .attr("x1", left)
        .attr("x2", left + frame)
        .attr("y1", 2 + k * cell)
        .attr("y2", 2 + k * cell)
        .attr("stroke", figureColors.faint)
        .attr("stroke-opacity", 0.5);
    }
    panel
      .append("rect")
      .attr("x", left)
      .attr("y", 2)
      .attr("width", frame)
      .attr("height", frame)
      .attr("fill", "none")
      .attr("stroke", figureColors.muted);
    // The object sits in the frame's lower middle; the kernel covers its body's middle, aligned to the cells.
    const objectLeft = Math.floor((grid - size.cells) / 2);
    const objectTop = grid - 1 - size.cells;
    drawDog(svg, left + objectLeft * cell, 2 + objectTop * cell, size.cells * cell);
    const centre = {col: objectLeft + Math.floor(size.cells / 2), row: objectTop + Math.floor(size.cells / 2)};
    const half = Math.floor(size.kernel / 2);
    svg
      .append("rect")
      .attr("class", "convlab-figure-kernel")
      .attr("data-kernel", size.kernel)
      .attr("x", left + (centre.col - half) * cell)
      .attr("y", 2 + (centre.row - half) * cell)
      .attr("width", size.kernel * cell)
      .attr("height", size.kernel * cell)
      .attr("fill", figureColors.accent)
      .attr("fill-opacity", 0.2)
      .attr("stroke", figureColors.accent)
      .attr("stroke-width", 2);
    svg
      .append("text")
      .attr("class", "convlab-figure-label")
      .attr("x", left + frame / 2)
      .attr("y", frame + 22)
      .attr("text-anchor", "middle")
      .attr("fill", "currentColor")
      .text(figuresMessages.objectSize[i]?.[lang] ?? "");
    svg
      .append("text")
      .attr("class", "convlab-figure-label")
      .attr("x", left + frame / 2)
      .attr("y", frame + 39)
      .attr("text-anchor", "middle")
      .attr("fill", figureColors.accent)
      .text(`${figuresMessages.kernel[lang]} ${size.kernel}×${size.kernel}`);
  });
  return numberedFigure("object-sizes", [3, 2], figuresMessages.objectSizesCaption, lang, svg.node()!);
}
