export * from "./katexStylesheet.js";
export * from "./languageLinks.js";
export * from "./markdownMath.js";
export * from "./pageLanguage.js";
export * from "./sidebar.js";
export * from "./wideContent.js";
