/**
 * The switch of the kept seeded weights (src/initializers: each seed's Philox stream, and each
 * seed, count and range's values) and of the grader's reference outputs kept on disk
 * (src/grader/referenceStore.ts): `CONVLAB_NO_CACHE=1` in the environment turns them off, so that
 * a suspected cache bug can be ruled out. The grader passes it on to its sandbox processes. Read at
 * each use, not once: the sandbox's startup snapshot is built in another process, with another
 * environment. In a browser, and in the sandbox's vm context (no `process`), the caches are always on.
 */
export function cachesEnabled(): boolean {
  return !flag("CONVLAB_NO_CACHE");
}

/**
 * `CONVLAB_GRADER_BASELINE=1`: the grader as it was before its throughput work, for `npm run bench
 * grading`'s "before" column: a sandbox process per run, tfjs's own cpu convolution, the reference's
 * checks built again for every variant, no seeded weights kept outside a run, behaviour checks on a
 * batch of two with sequentially drawn weights (ResNet-50's hidden one on 40 or 48 pixels), every
 * build's initial values drawn, glibc's allocator as it comes. The grades are the same.
 */
export function graderBaseline(): boolean {
  return baselineInRealm ?? flag("CONVLAB_GRADER_BASELINE");
}

let baselineInRealm: boolean | undefined;

/**
 * Tells a context without `process` (the sandbox's vm context, src/run/sandboxRealm.ts) whether the
 * grader runs as its baseline: the harness passes on what its own environment says.
 */
export function setGraderBaselineInRealm(on: boolean): void {
  baselineInRealm = on;
}

function flag(name: string): boolean {
  const env = (globalThis as {process?: {env?: Record<string, string | undefined>}}).process?.env;
  const value = env?.[name];
  return !(value === undefined || value === "" || value === "0");
}
