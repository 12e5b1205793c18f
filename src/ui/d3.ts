/**
 * The parts of d3 the course draws with. `import * as d3 from "d3"` loads all thirty of d3's modules
 * into every page that draws a chart; these six and the transitions (with what they import, fifteen)
 * load in about half the time (headless Chromium on 2 cores: 0.09–0.12 s against 0.18–0.25 s).
 */
import "d3-transition"; // adds selection.transition(), which slidingWindow animates with

export {create, select, type Selection} from "d3-selection";
export {scaleBand, scaleLinear, scaleLog} from "d3-scale";
export {axisBottom, axisLeft} from "d3-axis";
export {line, linkVertical} from "d3-shape";
export {max, min} from "d3-array";
export {format} from "d3-format";
