import type * as tfjs from "@convlab/tfjs";

/** TensorFlow.js as the course loads it (`@convlab/tfjs`, a package alias, not course code). */
export type TF = typeof tfjs;

/** JSON-safe values: what a case's arguments are made of, so they can cross into a sandbox. */
export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
