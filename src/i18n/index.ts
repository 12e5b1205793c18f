export * from "./localized.js";
export * from "./messages/index.js";
export * from "./numbers.js";
export * from "./plural.js";
export * from "./glossary.js";
export * from "./syntaxErrors.js";
