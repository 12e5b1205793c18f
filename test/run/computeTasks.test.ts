import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import type {TF} from "../../src/exercises/types.js";
import {predictAsBuilt} from "../../src/models/evaluateAsBuilt.js";
import {trainingModelFactory} from "../../src/run/computeTasks.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

describe("trainingModelFactory(spec): a training panel's model, and how it is validated and timed", () => {
  it("times ResNet-50's prediction as its validation runs it (as built), not with model.predict", () => {
    const factory = trainingModelFactory({
      kind: "resnet50",
      source: readFileSync("solutions/resnet50.ts", "utf8"),
      inputShape: [40, 40, 1],
      classes: 3
    });
    const model = factory.create();
    const xs = tf.randomUniform([2, 40, 40, 1], 0, 1, "float32", 7);
    try {
      const timed = factory.predict!(model, xs) as ReturnType<typeof tf.zeros>;
      const validated = predictAsBuilt(tf, model, xs);
      const predicted = model.predict(xs) as ReturnType<typeof tf.zeros>;
      expect(timed.arraySync()).toEqual(validated.arraySync());
      // The model's batch normalisation is built with training=True: predict (inference mode) differs.
      expect(predicted.arraySync()).not.toEqual(validated.arraySync());
      tf.dispose([timed, validated, predicted]);
    } finally {
      xs.dispose();
      model.optimizer?.dispose();
      model.dispose();
    }
  });

  it("leaves LeNet to model.predict, as its validation runs it", () => {
    const factory = trainingModelFactory({
      kind: "le-net",
      source: readFileSync("solutions/le-net.ts", "utf8"),
      inputShape: [32, 32, 1],
      loss: "softmax",
      learningRate: 0.001
    });
    expect(factory.validate).toBeUndefined();
    expect(factory.predict).toBeUndefined();
  });
});
