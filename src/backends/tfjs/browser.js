// Browsers get the whole @tensorflow/tfjs as one ES module bundled by esbuild at install time
// (scripts/tfjsBrowserBundle.js says why neither tfjs's own bundle nor Framework's bundling of it).
export * from "./tfjs.browser.js";
