import * as tf from "@convlab/tfjs";
import type {ComputeEvent, ModelRun} from "./computeProtocol.js";

/**
 * Builds a model with random weights, runs one forward pass on a random image inside `tf.profile` (to
 * see its peak memory), disposes of everything and returns what it took.
 */
export async function measureModel(
  build: () => tf.LayersModel,
  post: (event: ComputeEvent) => void = () => {}
): Promise<ModelRun> {
  await tf.ready();
  post({type: "stage", stage: "building"});
  const bytesBefore = tf.memory().numBytes;
  const buildStart = performance.now();
  const model = build();
  const buildMs = performance.now() - buildStart;
  post({type: "stage", stage: "running"});
  const weightBytes = tf.memory().numBytes - bytesBefore;
  const [, height, width, channels] = model.inputs[0].shape as number[];
  const image = tf.randomUniform([1, height, width, channels]);
  try {
    let outputShapes: number[][] = [];
    const forwardStart = performance.now();
    const profile = await tf.profile(async () => {
      const result = model.predict(image) as tf.Tensor | tf.Tensor[];
      const outputs = Array.isArray(result) ? result : [result];
      await Promise.all(outputs.map((output) => output.data()));
      outputShapes = outputs.map((output) => output.shape);
      tf.dispose(outputs);
    });
    const forwardMs = performance.now() - forwardStart;
    return {backend: tf.getBackend(), buildMs, forwardMs, weightBytes, peakBytes: profile.peakBytes, outputShapes};
  } finally {
    image.dispose();
    model.dispose();
  }
}
