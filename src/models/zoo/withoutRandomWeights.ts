import {withAddWeightHook} from "./layerWeightHook.js";

/**
 * Runs `build` with every layer's weights created as zeros instead of drawn from their initializers, and
 * returns what it returns. For facts that depend on a model's structure alone (parameter counts,
 * multiply-accumulates, output shapes): drawing the zoo's ~860 million random weights took 80 s of the
 * site's build, zeros take a few. Uses tfjs's own switch for this, `fastWeightInitDuringBuild` (what
 * `loadLayersModel` sets before it overwrites the weights), for every layer built meanwhile, the zoo's
 * custom layers included. Synchronous on purpose: nothing else can build a layer until it returns.
 */
export function withoutRandomWeights<T>(build: () => T): T {
  return withAddWeightHook(
    (addWeight) =>
      function (...args) {
        this.fastWeightInitDuringBuild = true;
        return addWeight.apply(this, args);
      },
    build
  );
}
