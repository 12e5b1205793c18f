import {defineExercise} from "../buildCases.js";
import {spec} from "./spec.js";

/** The le-net exercise, built from its spec. */
export const exercise = defineExercise(spec);
