import {beforeAll, describe, expect, it} from "vitest";
import {setupNodeTf} from "../../src/backends/node.js";
import {
  compareBehaviour,
  describeBehaviourComparison,
  parseBehaviour,
  type ModelBehaviour
} from "../../src/check/modelBehaviour.js";
import type {TF} from "../../src/core/types.js";
import {describeBehaviour} from "../../src/models/modelBehaviour.js";

let tf: TF;
beforeAll(async () => {
  tf = await setupNodeTf();
});

type Sym = import("@tensorflow/tfjs").SymbolicTensor;

/** How a small residual network is written: the reference's way unless told otherwise. */
interface Variant {
  /** `conv2d({activation: "relu"})` instead of a conv2d and a ReLU layer. */
  fusedRelu?: boolean;
  /** `add([shortcut, X])` instead of `add([X, shortcut])`. */
  swappedAdd?: boolean;
  /** The shortcut's input dropped: `add([X, X])`. */
  addsItself?: boolean;
  activation?: string;
  averagePooling?: boolean;
  /** A stride of 2 in the first convolution. */
  strided?: boolean;
  /** The output's softmax (true by default). */
  softmax?: boolean;
}

/** A convolution, a ReLU, a residual block (conv, BN, add, ReLU), pooling, a dense softmax output. */
function tinyNet({
  fusedRelu,
  swappedAdd,
  addsItself,
  activation = "relu",
  averagePooling,
  strided,
  softmax = true
}: Variant = {}) {
  const input = tf.input({shape: [8, 8, 2]});
  const act = (x: Sym) => tf.layers.activation({activation: activation as "relu"}).apply(x) as Sym;
  const conv = (x: Sym, options: {strides?: number; relu?: boolean} = {}) =>
    tf.layers
      .conv2d({
        filters: 3,
        kernelSize: 3,
        padding: "same",
        strides: options.strides ?? 1,
        ...(options.relu ? {activation: activation as "relu"} : {})
      })
      .apply(x) as Sym;
  let x = fusedRelu
    ? conv(input, {strides: strided ? 2 : 1, relu: true})
    : act(conv(input, {strides: strided ? 2 : 1}));
  const shortcut = x;
  let main = tf.layers.batchNormalization({axis: 3}).apply(conv(x)) as Sym;
  main = act(main);
  main = tf.layers.batchNormalization({axis: -1}).apply(conv(main)) as Sym;
  const pair = addsItself ? [main, main] : swappedAdd ? [shortcut, main] : [main, shortcut];
  x = act(tf.layers.add().apply(pair) as Sym);
  x = (averagePooling ? tf.layers.averagePooling2d({poolSize: 2}) : tf.layers.maxPooling2d({poolSize: 2})).apply(
    x
  ) as Sym;
  x = tf.layers.flatten().apply(x) as Sym;
  x = tf.layers.dense({units: 4, ...(softmax ? {activation: "softmax"} : {})}).apply(x) as Sym;
  return tf.model({inputs: input, outputs: x});
}

/** What the sandbox sends: the description as JSON text would carry it. */
function wireOf(variant: Variant = {}, seed = 7): unknown {
  const model = tinyNet(variant);
  try {
    return JSON.parse(JSON.stringify(describeBehaviour(model, seed)));
  } finally {
    model.dispose();
  }
}

function behaviourOf(variant: Variant = {}, seed = 7): ModelBehaviour {
  const parsed = parseBehaviour(wireOf(variant, seed));
  if (!parsed.ok) throw new Error(parsed.problem.en);
  return parsed.value;
}

const message = (variant: Variant) =>
  describeBehaviourComparison(compareBehaviour(behaviourOf(), behaviourOf(variant)));

describe("describeBehaviour(model, seed) and compareBehaviour(expected, got)", () => {
  it("find the same network equal, however its layers are written and in whatever order its Add takes them", () => {
    const reference = behaviourOf();
    expect(compareBehaviour(reference, behaviourOf()).kind).toBe("equal");
    expect(compareBehaviour(reference, behaviourOf({fusedRelu: true, swappedAdd: true}))).toEqual({kind: "equal"});
  });

  it("give the same numbers for the same seed and other numbers for another", () => {
    expect(behaviourOf({}, 7)).toEqual(behaviourOf({}, 7));
    const other = behaviourOf({}, 8);
    expect(compareBehaviour(behaviourOf({}, 7), other).kind).toBe("outputs");
  });

  it("describe the graph alone with {outputs: false}: no probe, no values, no weight drawn, and the same graph differences named", () => {
    const graphOf = (variant: Variant = {}) => {
      const model = tinyNet(variant);
      try {
        const kernel = model.layers.find((layer) => layer.getClassName() === "Conv2D")!.getWeights()[0];
        const before = kernel.dataSync().slice();
        const parsed = parseBehaviour(JSON.parse(JSON.stringify(describeBehaviour(model, 7, {outputs: false}))));
        if (!parsed.ok) throw new Error(parsed.problem.en);
        // The model's own weights are left as they were: nothing was drawn into them.
        expect(kernel.dataSync()).toEqual(before);
        return parsed.value;
      } finally {
        model.dispose();
      }
    };
    const graph = graphOf();
    expect(graph.values).toBeUndefined();
    expect(graph.nodes.every((node) => node.probe.length === 0)).toBe(true);
    // The same nodes, shapes and connections as the full description.
    expect(graph.nodes).toEqual(behaviourOf().nodes.map((node) => ({...node, probe: []})));
    expect(compareBehaviour(graph, graphOf({fusedRelu: true, swappedAdd: true}))).toEqual({kind: "equal"});
    expect(describeBehaviourComparison(compareBehaviour(graph, graphOf({averagePooling: true}))).en).toBe(
      "layer 11 (AveragePooling2D) is an average pooling where the reference has a max pooling"
    );
    expect(compareBehaviour(graph, graphOf({addsItself: true})).kind).toBe("graph");
  });

  it("leave no tensor behind", () => {
    behaviourOf();
    const before = tf.memory().numTensors;
    behaviourOf();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("name the layer whose activation is another, in both languages", () => {
    const text = message({activation: "sigmoid"});
    expect(text.en).toBe("layer 3 (Activation) is a sigmoid where the reference has a ReLU");
    expect(text.ru).toBe("слой 3 (Activation) — сигмоида, а у эталона здесь ReLU");
  });

  it("name a missing activation and the layer it should follow", () => {
    const model = behaviourOf({softmax: false});
    const text = describeBehaviourComparison(compareBehaviour(behaviourOf(), model));
    expect(text.en).toBe(
      "after layer 13 (Dense) the reference applies a softmax, yours has none: it is the model's output"
    );
    expect(text.ru).toContain("после слоя 13 (Dense) у эталона softmax");
  });

  it("name the pooling type and a layer's configuration", () => {
    expect(message({averagePooling: true}).en).toBe(
      "layer 11 (AveragePooling2D) is an average pooling where the reference has a max pooling"
    );
    expect(message({strided: true}).en).toBe("layer 2 (Conv2D): strides 2×2 where the reference has 1×1");
  });

  it("say that a residual block's Add does not take the block's input", () => {
    const text = message({addsItself: true});
    expect(text.en).toBe(
      "the identity block's Add, layer 9 (Add), does not take the block's input (the output of layer 3 (Activation)): it adds layer 8 (BatchNormalization) to itself"
    );
    expect(text.ru).toContain("не получает вход блока (выход слоя 3 (Activation))");
  });
});

describe("parseBehaviour(value)", () => {
  it("refuses anything but bounded plain data", () => {
    const good = wireOf() as {nodes: Array<Record<string, unknown>>};
    const broken = (edit: (copy: typeof good) => void) => {
      const copy = structuredClone(good);
      edit(copy);
      return parseBehaviour(copy).ok;
    };
    expect(parseBehaviour(good).ok).toBe(true);
    expect(parseBehaviour([1, 2]).ok).toBe(false);
    expect(broken((copy) => (copy.nodes[2].inbound = [5]))).toBe(false); // feeds on a later node
    expect(broken((copy) => (copy.nodes[2].type = "x".repeat(65)))).toBe(false);
    expect(broken((copy) => (copy.nodes[2].config = {activation: {toString: "relu"}}))).toBe(false);
    expect(broken((copy) => (copy.nodes[2].probe = new Array(17).fill(0)))).toBe(false);
    expect(broken((copy) => (copy.nodes = new Array(5001).fill(copy.nodes[0])))).toBe(false);
    expect(broken((copy) => Object.assign(copy, {output: 999}))).toBe(false);
    expect(broken((copy) => Object.assign(copy, {values: new Array(5000).fill([0])}))).toBe(false);
  });
});

describe("a softmax layer of its own", () => {
  it("is the same as a dense layer's own softmax", () => {
    const build = (separate: boolean) => {
      const input = tf.input({shape: [5]});
      let x = tf.layers.dense({units: 3, ...(separate ? {} : {activation: "softmax"})}).apply(input) as Sym;
      if (separate) x = tf.layers.softmax().apply(x) as Sym;
      const model = tf.model({inputs: input, outputs: x});
      try {
        const parsed = parseBehaviour(JSON.parse(JSON.stringify(describeBehaviour(model, 3))));
        if (!parsed.ok) throw new Error(parsed.problem.en);
        return parsed.value;
      } finally {
        model.dispose();
      }
    };
    expect(compareBehaviour(build(false), build(true))).toEqual({kind: "equal"});
  });
});
