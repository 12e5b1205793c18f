// Training: the loop, losses and compile, and keeping trained models in the browser.
export * from "./calibrateTraining.js";
export * from "./compileClassifier.js";
export * from "./modelStore.js";
export * from "./rateEstimator.js";
export * from "./trainModel.js";
export * from "./trainingPlan.js";
export * from "./types.js";
