import {defineExercise} from "../buildCases.js";
import {spec} from "./spec.js";

/** The resnet50 exercise, built from its spec. */
export const exercise = defineExercise(spec);
