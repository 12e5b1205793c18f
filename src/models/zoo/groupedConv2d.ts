import * as tf from "@convlab/tfjs";

/** The configuration of a {@link GroupedConv2D} layer (PyTorch's `Conv2d(..., groups)`, channels last). */
export interface GroupedConv2DArgs {
  /** Output channels; a multiple of `groups`. */
  filters: number;
  /** Kernel height and width. */
  kernelSize: [number, number];
  /** Vertical and horizontal stride. */
  strides?: [number, number];
  /** TensorFlow's padding; PyTorch's explicit padding comes from a ZeroPadding2D layer before this one. */
  padding?: "valid" | "same";
  /** How many independent groups the channels are split into; the input channels must be a multiple of it. */
  groups: number;
  useBias?: boolean;
  name?: string;
  trainable?: boolean;
}

/**
 * A grouped convolution: the input channels are split into `groups` equal parts, each part is convolved
 * with its own `filters / groups` filters, and the results are concatenated — PyTorch's `groups` option,
 * which tfjs's `conv2d` lacks. The kernel holds only the weights that exist, `[kh, kw, in / groups, filters]`,
 * so the parameter count is PyTorch's (a block-diagonal `[kh, kw, in, filters]` kernel would count zeros).
 */
export class GroupedConv2D extends tf.layers.Layer {
  static className = "GroupedConv2D";
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly padding: "valid" | "same";
  readonly groups: number;
  readonly useBias: boolean;
  private kernel?: tf.LayerVariable;
  private bias?: tf.LayerVariable;

  constructor(args: GroupedConv2DArgs) {
    super({name: args.name, trainable: args.trainable});
    if (!Number.isInteger(args.groups) || args.groups < 1)
      throw new Error(`GroupedConv2D: groups must be a positive integer, got ${args.groups}`);
    if (args.filters % args.groups !== 0)
      throw new Error(`GroupedConv2D: filters (${args.filters}) must be a multiple of groups (${args.groups})`);
    this.filters = args.filters;
    this.kernelSize = args.kernelSize;
    this.strides = args.strides ?? [1, 1];
    this.padding = args.padding ?? "valid";
    this.groups = args.groups;
    this.useBias = args.useBias ?? false;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const channels = (inputShape as tf.Shape)[3];
    if (channels == null || channels % this.groups !== 0) {
      throw new Error(`GroupedConv2D: input channels (${channels}) must be a multiple of groups (${this.groups})`);
    }
    const kernelShape = [...this.kernelSize, channels / this.groups, this.filters];
    this.kernel = this.addWeight("kernel", kernelShape, "float32", tf.initializers.glorotUniform({}));
    if (this.useBias) this.bias = this.addWeight("bias", [this.filters], "float32", tf.initializers.zeros());
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const [batch, height, width] = inputShape as tf.Shape;
    const side = (size: number | null, kernel: number, stride: number) =>
      size == null
        ? null
        : this.padding === "same"
          ? Math.ceil(size / stride)
          : Math.floor((size - kernel) / stride) + 1;
    return [
      batch,
      side(height, this.kernelSize[0], this.strides[0]),
      side(width, this.kernelSize[1], this.strides[1]),
      this.filters
    ];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const input = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
      const inputParts = tf.split(input, this.groups, 3);
      const kernelParts = tf.split(this.kernel!.read() as tf.Tensor4D, this.groups, 3);
      const outputs = inputParts.map((part, g) =>
        tf.conv2d(part as tf.Tensor4D, kernelParts[g] as tf.Tensor4D, this.strides, this.padding)
      );
      const output = outputs.length === 1 ? outputs[0] : tf.concat(outputs, 3);
      return this.bias ? tf.add(output, this.bias.read()) : output;
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      filters: this.filters,
      kernelSize: this.kernelSize,
      strides: this.strides,
      padding: this.padding,
      groups: this.groups,
      useBias: this.useBias
    };
  }
}

tf.serialization.registerClass(GroupedConv2D);
