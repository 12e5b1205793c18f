import * as tf from "@convlab/tfjs";

/**
 * How logits become a loss. `softmax`: one softmax over the classes, the cross-entropy of the true
 * class, averaged over the batch. `sigmoid`: what document 004 trains LeNet with
 * (`tf.nn.sigmoid_cross_entropy_with_logits`, then `tf.reduce_mean`): every class is its own yes/no
 * question, and the loss is averaged over batch × classes.
 */
export type ClassificationLoss = "softmax" | "sigmoid";

export const classificationLosses: Record<ClassificationLoss, (labels: tf.Tensor, logits: tf.Tensor) => tf.Scalar> = {
  softmax: (labels, logits) => tf.losses.softmaxCrossEntropy(labels, logits) as tf.Scalar,
  sigmoid: (labels, logits) => tf.losses.sigmoidCrossEntropy(labels, logits) as tf.Scalar
};

export interface CompileOptions {
  loss?: ClassificationLoss;
  /** Adam's learning rate; the document's is 0.001 (the default). */
  learningRate?: number;
}

/**
 * Compiles a model whose output is logits: Adam, the chosen cross-entropy, and accuracy (the class
 * with the largest logit is the prediction). Returns the same model.
 */
export function compileClassifier<M extends tf.LayersModel>(
  model: M,
  {loss = "softmax", learningRate = 0.001}: CompileOptions = {}
): M {
  const lossFunction = classificationLosses[loss];
  if (!lossFunction) throw new Error(`unknown loss "${loss}": use "softmax" or "sigmoid"`);
  model.compile({
    optimizer: tf.train.adam(learningRate),
    loss: lossFunction,
    metrics: [tf.metrics.categoricalAccuracy]
  });
  return model;
}
