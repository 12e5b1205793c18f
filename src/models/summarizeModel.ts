import type * as tfjs from "@convlab/tfjs";
import type {ModelSummary, SummaryLayer} from "../check/modelSummary.js";

type LayersModel = tfjs.LayersModel;
type Layer = LayersModel["layers"][number];

/**
 * A model's summary as plain data, row by row like Keras's `model.summary()`: each layer's type,
 * output shape, parameters, and its depth from the input (how rows are matched when compared).
 */
export function summarizeModel(model: LayersModel): ModelSummary {
  const inModel = new Set(model.layers);
  const depths = new Map<Layer, number>();
  // model.layers lists every layer after the layers that feed it, so one pass settles all depths.
  for (const layer of model.layers) {
    const feeding = layer.inboundNodes.flatMap((node) => node.inboundLayers).filter((inbound) => inModel.has(inbound));
    depths.set(layer, feeding.length ? Math.max(...feeding.map((inbound) => depths.get(inbound) ?? 0)) + 1 : 0);
  }
  return {
    layers: model.layers.map((layer): SummaryLayer => ({
      name: layer.name,
      type: layer.getClassName(),
      outputShape: firstShape(layer.outputShape)
        .slice(1)
        .map((size) => size ?? -1),
      params: layer.countParams(),
      nonTrainableParams: layer.nonTrainableWeights.reduce(
        (sum, weight) => sum + weight.shape.reduce((size: number, dim) => size * (dim ?? 0), 1),
        0
      ),
      depth: depths.get(layer) ?? 0
    }))
  };
}

function firstShape(shape: Layer["outputShape"]): Array<number | null> {
  return Array.isArray(shape[0]) ? (shape[0] as Array<number | null>) : (shape as Array<number | null>);
}
