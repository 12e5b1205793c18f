import * as tf from "@convlab/tfjs";
import type {KernelConfig} from "@convlab/tfjs";
import {normalizingByBroadcasts} from "./batchNorm.js";
import {batchNormGradientConfig, batchNormGradientKernel, fusingBatchNormGradient} from "./batchNormGradient.js";
import {conv2dBackpropFilter, conv2dBackpropFilterConfig} from "./conv2dBackpropFilter.js";
import {conv2dBackpropInputConfig} from "./conv2dBackpropInput.js";
import {sharingData} from "./identityAndCast.js";
import {maxPoolGradConfig} from "./maxPoolGrad.js";
import {multiplyingConvolutions} from "./convolutionAsProduct.js";
import {reducingInMemoryOrder} from "./reduceLeadingAxes.js";
import {tilingReductionGradient} from "./reductionGradients.js";
import {tilingByBlockCopies} from "./tile.js";
import {transposingFirst} from "./transposedMatMul.js";
import {transposingInTiles} from "./transpose.js";

/** The `wasm` kernels this library replaces: each measured as a training bottleneck (see its module). */
const replacements: Record<string, (original: KernelConfig) => KernelConfig> = {
  BatchMatMul: transposingFirst,
  _FusedMatMul: transposingFirst,
  Conv2D: multiplyingConvolutions,
  FusedConv2D: multiplyingConvolutions,
  FusedBatchNorm: normalizingByBroadcasts,
  Conv2DBackpropInput: () => conv2dBackpropInputConfig,
  MaxPoolGrad: () => maxPoolGradConfig,
  Tile: tilingByBlockCopies,
  Transpose: transposingInTiles,
  Identity: sharingData,
  Cast: sharingData,
  Sum: (original) => reducingInMemoryOrder(original, false),
  Mean: (original) => reducingInMemoryOrder(original, true)
};

/**
 * Makes the `wasm` backend train conv nets, and fast: adds the `Conv2DBackpropFilter` it lacks,
 * replaces its kernels that measured as training bottlenecks, computes batch norm's gradient in one
 * kernel (batchNormGradient.ts) and spreads the gradients of sums and means without a tensor of ones
 * (reductionGradients.ts). Call it after `@tensorflow/tfjs-backend-wasm` is loaded, before or after
 * `setBackend("wasm")`; calling it again does nothing. The kernel and gradient registries are global,
 * so this holds for every copy of tfjs on the page.
 */
export function registerWasmTrainingKernels(): void {
  if (tf.getKernel("Conv2DBackpropFilter", "wasm")?.kernelFunc === conv2dBackpropFilter) return;
  const originals = Object.keys(replacements).map((name) => {
    const original = tf.getKernel(name, "wasm");
    if (!original)
      throw new Error(
        `the wasm backend is not loaded: kernel '${name}' is missing (import "@tensorflow/tfjs-backend-wasm" first)`
      );
    return original;
  });
  for (const original of originals) {
    tf.unregisterKernel(original.kernelName, "wasm");
    // A wrapper keeps the original's setup, which binds its WebAssembly function.
    tf.registerKernel(replacements[original.kernelName](original));
  }
  if (tf.getKernel("Conv2DBackpropFilter", "wasm")) tf.unregisterKernel("Conv2DBackpropFilter", "wasm");
  tf.registerKernel(conv2dBackpropFilterConfig);
  if (!tf.getKernel(batchNormGradientKernel, "wasm")) tf.registerKernel(batchNormGradientConfig);
  // Gradients are registered per kernel, for every backend: the wrapper keeps tfjs's own off wasm.
  const batchNormGradient = tf.getGradient("FusedBatchNorm");
  if (batchNormGradient) tf.registerGradient(fusingBatchNormGradient(batchNormGradient));
  for (const [name, mean] of [
    ["Sum", false],
    ["Mean", true]
  ] as const) {
    const gradient = tf.getGradient(name);
    if (gradient) tf.registerGradient(tilingReductionGradient(gradient, mean));
  }
}
