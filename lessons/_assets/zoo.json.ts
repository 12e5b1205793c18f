// Data loader: the survey's models described from their definitions (counts, blocks, stages, layers), so the
// page draws its diagrams without building a model. Builds every model once on the cpu backend with zero
// weights (withoutRandomWeights: a few seconds; drawing the ~860 million random weights took 80 s). Framework
// caches the output; delete .observablehq/cache/_assets/zoo.json after changing src/models/zoo.
import {setupNodeTf} from "../../src/backends/node.js";
import {
  countModel,
  describeModel,
  withoutRandomWeights,
  zoo,
  zooModelNames,
  type ModelDescription
} from "../../src/models/zoo/index.js";

await setupNodeTf();
const models: Record<string, ModelDescription> = {};
for (const name of zooModelNames) {
  const model = withoutRandomWeights(() => zoo[name]());
  models[name] = describeModel(model);
  model.dispose();
}
// The document builds resnext50_32x4d(num_classes=2).
const twoClasses = withoutRandomWeights(() => zoo.resnext50_32x4d({numClasses: 2}));
const documentResnext = {name: "resnext50_32x4d", numClasses: 2, parameters: countModel(twoClasses).parameters};
twoClasses.dispose();

process.stdout.write(JSON.stringify({models, documentResnext}));
