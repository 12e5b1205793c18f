import type * as tf from "@convlab/tfjs";
import {torchModuleName} from "./blockNames.js";
import {configOf, inputShapeOf, outputShapeOf, windowOf} from "./layerGeometry.js";

/**
 * A module as torchvision's reference script records it (test/models/zoo/torchvisionReference.py):
 * `[name, "conv", in, out, kh, kw, sh, sw, ph, pw, groups, bias, outH, outW]`,
 * `[name, "linear", in, out, bias]`, `[name, "bn", channels, eps]`,
 * `[name, "maxpool" | "avgpool", kh, kw, sh, sw, ph, pw, outH, outW]`, `[name, "adaptiveavgpool", outH, outW]`,
 * `[name, "dropout", rate]`.
 */
export type TorchModuleRow = Array<string | number | boolean>;

/** A layer of the zoo as the PyTorch module it stands for, or undefined for layers PyTorch has no module for. */
export function torchModuleOf(layer: tf.layers.Layer): TorchModuleRow | undefined {
  const name = torchModuleName(layer.name);
  const config = configOf(layer);
  const output = outputShapeOf(layer);
  switch (layer.getClassName()) {
    case "Conv2D":
    case "GroupedConv2D": {
      const {kernel, strides, padding} = windowOf(layer);
      const input = inputShapeOf(layer);
      return [
        name,
        "conv",
        input[2],
        config.filters as number,
        ...kernel,
        ...strides,
        ...padding,
        (config.groups as number) ?? 1,
        config.useBias as boolean,
        output[0],
        output[1]
      ];
    }
    case "Dense":
      return [name, "linear", inputShapeOf(layer).at(-1)!, config.units as number, config.useBias as boolean];
    case "BatchNormalization":
      return [name, "bn", output.at(-1)!, config.epsilon as number];
    case "MaxPooling2D":
    case "AveragePooling2D": {
      const {kernel, strides, padding} = windowOf(layer);
      return [
        name,
        layer.getClassName() === "MaxPooling2D" ? "maxpool" : "avgpool",
        ...kernel,
        ...strides,
        ...padding,
        output[0],
        output[1]
      ];
    }
    case "AdaptiveAveragePooling2D":
      return [name, "adaptiveavgpool", output[0], output[1]];
    case "Dropout":
      return [name, "dropout", config.rate as number];
    default:
      return undefined;
  }
}

/** Every layer of a model that stands for a PyTorch module, as torchvision's reference records it. */
export function torchModulesOf(model: tf.LayersModel): TorchModuleRow[] {
  return model.layers.map(torchModuleOf).filter((row): row is TorchModuleRow => row !== undefined);
}
