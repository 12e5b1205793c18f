export * from "./depthChart.js";
export * from "./frame.js";
export * from "./googlenet.js";
export * from "./objectSizes.js";
export * from "./plainVsResidual.js";
export * from "./resnetFigures.js";
