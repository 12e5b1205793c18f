/**
 * The switch of the kept seeded weights (src/initializers: each seed's Philox stream, and each
 * seed, count and range's values): `CONVLAB_NO_CACHE=1` in the environment turns them off, so that
 * `npm run bench grading` can time the same grader without them, and a suspected cache bug can be
 * ruled out. The grader passes it on to its sandbox processes. Read at each use, not once: the
 * sandbox's startup snapshot is built in another process, with another environment. In a browser
 * (no `process`) the caches are always on.
 */
export function cachesEnabled(): boolean {
  const env = (globalThis as {process?: {env?: Record<string, string | undefined>}}).process?.env;
  const value = env?.CONVLAB_NO_CACHE;
  return value === undefined || value === "" || value === "0";
}
