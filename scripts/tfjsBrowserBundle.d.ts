/** Where the browser's TensorFlow.js bundle is written (src/backends/tfjs/tfjs.browser.js). */
export declare const tfjsBrowserBundle: string;
/** Writes the bundle unless it is already made from the installed tfjs by this script; true when it wrote it. */
export declare function ensureTfjsBrowserBundle(): Promise<boolean>;
/** Where Framework keeps its bundle of the @convlab/tfjs package in the Framework root `root`. */
export declare function frameworkCacheOf(root: string): string;
/** Gives the bundle to the Framework root unless the root has a bundle of the package already; true when it did. */
export declare function seedFrameworkCache(root: string): boolean;
