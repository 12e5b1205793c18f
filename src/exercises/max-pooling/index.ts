import {defineExercise} from "../buildCases.js";
import {spec} from "./spec.js";

/** The max-pooling exercise, built from its spec. */
export const exercise = defineExercise(spec);
