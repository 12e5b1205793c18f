import * as tf from "@convlab/tfjs";
import * as initializers from "../initializers/index.js";
import {evaluateModule, type ModuleMap} from "./evaluateModule.js";
import {submissionModules} from "./submissionModules.js";
import {transpile} from "./transpile.js";

/**
 * A function the student's own code exports, to use code that has just passed its check (training
 * the student's LeNet or ResNet-50). Evaluated where it is called: the compute worker, never the page.
 * `modules` replaces what the code imports (by default what a submission may import).
 */
export function studentFunction<F>(
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
