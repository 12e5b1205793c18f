/** Where the browser's TensorFlow.js bundle is written (src/backends/tfjs/tfjs.browser.js). */
export declare const tfjsBrowserBundle: string;
/** Writes the bundle unless it is already made from the installed tfjs by this script; true when it wrote it. */
export declare function ensureTfjsBrowserBundle(): Promise<boolean>;
