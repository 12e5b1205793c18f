/**
 * What a lesson page shows, statically: the first argument of each `exerciseCell(…)`. A module of its
 * own, not a test file's export: a test file that imported another would register that file's tests
 * too, in whichever shared worker imported it first, so the suite's test count changed run to run.
 */
export function lessonExercises(markdown: string): {shown: string[]} {
  return {shown: [...markdown.matchAll(/\bexerciseCell\(\s*([A-Za-z_$][\w$]*)/g)].map((match) => match[1])};
}
