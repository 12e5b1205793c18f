/**
 * Bundles the built site's modules under `<dist>/_import` and `<dist>/_node` into chunks, keeping the
 * files pages and workers name; rewrites each page's modulepreloads (see bundleImports.js).
 */
export declare function bundleImports(dist: string): Promise<{before: number; after: number}>;
