import {exercise as conv2dOneFilter} from "./conv2d-one-filter/index.js";
import {exercise as convolutionalBlock} from "./convolutional-block/index.js";
import {exercise as identityBlock} from "./identity-block/index.js";
import {exercise as leNetExercise} from "./le-net/index.js";
import {exercise as maxPooling} from "./max-pooling/index.js";
import {exercise as resnet50} from "./resnet50/index.js";
import type {Exercise} from "./types.js";

export * from "./types.js";
export {buildCases, caseSkeleton, defineExercise, hiddenSeed, type CaseSkeleton} from "./buildCases.js";
export {documentedCases, documentedSummaryCases} from "./shared/documented.js";
export {conv2dOneFilter, maxPooling, leNetExercise, identityBlock, convolutionalBlock, resnet50};

/**
 * Every exercise of the course, in the order the lessons teach them: one line per folder
 * `src/exercises/<id>/` (test/exercises/registry.test.ts fails when a folder is left out).
 */
export const exercises: readonly Exercise[] = [
  conv2dOneFilter,
  maxPooling,
  leNetExercise,
  identityBlock,
  convolutionalBlock,
  resnet50
];

/** The exercise with this id (`conv2d-one-filter`), or undefined. */
export function findExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
