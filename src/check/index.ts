export * from "./compare.js";
export * from "./gradeOutcome.js";
export * from "./messages.js";
export * from "./modelSummary.js";
export * from "./tensorData.js";
export * from "./checkCase.js";
export * from "./hiddenCategories.js";
export * from "./modelBehaviour.js";
