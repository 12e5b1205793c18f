import type {TF} from "../core/types.js";
import * as blocks from "../models/blocks.js";
import type {ModuleMap} from "./evaluateModule.js";

/** What a submission may import: the same modules in the browser, the grader and a student's own editor. */
export function submissionModules(tf: TF, initializers: unknown): ModuleMap {
  return {"@tensorflow/tfjs": tf, "convlab/initializers": initializers, "convlab/blocks": blocks};
}
