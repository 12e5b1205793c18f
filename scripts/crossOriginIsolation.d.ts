/** The response headers that make a page cross-origin isolated (see crossOriginIsolation.js). */
export declare const crossOriginIsolationHeaders: Record<string, string>;
