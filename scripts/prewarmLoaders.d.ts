/** The loaders the build runs beside Framework's page phase (paths under lessons/). */
export declare const prewarmedLoaders: string[];
/** Whether the loader of `target` must run (no cached output, or one older than the loader or the library). */
export declare function needsLoading(root: string, target: string, options?: {library?: string}): boolean;
/** Runs the loaders that need it, `parallel` at a time; resolves with what each did, never rejects. */
export declare function prewarmLoaders(
  root?: string,
  options?: {parallel?: number; env?: NodeJS.ProcessEnv; targets?: string[]}
): Promise<Array<{target: string; ok: boolean}>>;
