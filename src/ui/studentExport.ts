import * as tf from "@convlab/tfjs";
import * as initializers from "../initializers/index.js";
import {evaluateModule, type ModuleMap} from "../run/evaluateModule.js";
import {submissionModules} from "../run/submissionModules.js";
import {transpile} from "../run/transpile.js";

/**
 * A function from the student's own code, run on the page itself (not in the check's worker), to
 * use code that has just passed its check: training the student's ResNet-50, rerunning their block.
 * `modules` replaces what the code imports, e.g. a TensorFlow.js that records its layers.
 */
export function studentExport<F extends (...args: never[]) => unknown>(
  source: string,
  exportName: string,
  modules: ModuleMap = submissionModules(tf, initializers)
): F {
  const transpiled = transpile(source);
  if (!transpiled.ok) throw new SyntaxError(`${transpiled.message} (${transpiled.line}:${transpiled.column})`);
  const exported = evaluateModule(transpiled.code, modules)[exportName];
  if (typeof exported !== "function") throw new TypeError(`the code does not export a function ${exportName}`);
  return exported as F;
}
