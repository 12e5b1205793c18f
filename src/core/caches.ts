/**
 * The switch of the grader's speed caches (the seeded-weight streams of src/initializers, the
 * reference checks shared between variants): `CONVLAB_NO_CACHE=1` in the environment turns them off,
 * so that `npm run bench grading` can time the same grader without them, and a suspected cache bug
 * can be ruled out. Read at each use, not once: the sandbox's startup snapshot is built in another
 * process with another environment. In a browser (no `process`) the caches are always on.
 */
export function cachesEnabled(): boolean {
  const env = (globalThis as {process?: {env?: Record<string, string | undefined>}}).process?.env;
  const value = env?.CONVLAB_NO_CACHE;
  return value === undefined || value === "" || value === "0";
}
