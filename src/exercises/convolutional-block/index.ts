import {defineExercise} from "../buildCases.js";
import {spec} from "./spec.js";

/** The convolutional-block exercise, built from its spec. */
export const exercise = defineExercise(spec);
