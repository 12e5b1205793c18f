// The course's models: re-exports only (one line per module).
export * from "./summarizeModel.js";
export * from "./blocks.js";
export * from "./leNet.js";
export * from "./leNetArithmetic.js";
export * from "./trainableVariables.js";
export * from "./zoo/index.js";
export * from "./layerGradientNorms.js";
export * from "./evaluateAsBuilt.js";
export * from "./recalibrateBatchNorm.js";
export * from "./batchNormSteps.js";
export * from "./demoTables.js";
