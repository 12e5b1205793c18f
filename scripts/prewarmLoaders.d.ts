/** The loaders the build runs beside Framework's page phase (paths under lessons/). */
export declare const prewarmedLoaders: string[];
/** Whether Framework would run the loader of `target` (no cached output, or an older one). */
export declare function needsLoading(root: string, target: string): boolean;
/** Runs the loaders that need it, `parallel` at a time; resolves with what each did, never rejects. */
export declare function prewarmLoaders(
  root?: string,
  options?: {parallel?: number; env?: NodeJS.ProcessEnv; targets?: string[]}
): Promise<Array<{target: string; ok: boolean}>>;
