import {defineExercise} from "../buildCases.js";
import {spec} from "./spec.js";

/** The identity-block exercise, built from its spec. */
export const exercise = defineExercise(spec);
