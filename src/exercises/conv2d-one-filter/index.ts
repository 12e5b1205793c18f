import {defineExercise} from "../buildCases.js";
import {spec} from "./spec.js";

/** The conv2d-one-filter exercise, built from its spec. */
export const exercise = defineExercise(spec);
