import * as tf from "@convlab/tfjs";

/** The configuration of an {@link AdaptiveAveragePooling2D} layer. */
export interface AdaptiveAveragePooling2DArgs {
  /** The output's height and width, whatever the input's. */
  outputSize: [number, number];
  name?: string;
}

/** PyTorch's bins: output cell `i` of `out` averages input rows `floor(i·in/out)` to `ceil((i+1)·in/out) - 1`. */
function bins(size: number, outputs: number): Array<[number, number]> {
  return Array.from({length: outputs}, (_, i) => [
    Math.floor((i * size) / outputs),
    Math.ceil(((i + 1) * size) / outputs)
  ]);
}

/**
 * PyTorch's `AdaptiveAvgPool2d(outputSize)`, channels last: average pooling whose windows are chosen so that
 * the output has the given size. With output 1×1 it is global average pooling; torchvision's AlexNet and
 * VGG use 6×6 and 7×7, which on a 224×224 image is the identity.
 */
export class AdaptiveAveragePooling2D extends tf.layers.Layer {
  static className = "AdaptiveAveragePooling2D";
  readonly outputSize: [number, number];

  constructor(args: AdaptiveAveragePooling2DArgs) {
    super({name: args.name});
    this.outputSize = args.outputSize;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const [batch, , , channels] = inputShape as tf.Shape;
    return [batch, ...this.outputSize, channels];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const input = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
      const [, height, width] = input.shape;
      const [outHeight, outWidth] = this.outputSize;
      if (height === outHeight && width === outWidth) return tf.clone(input);
      if (outHeight === 1 && outWidth === 1) return tf.mean(input, [1, 2], true);
      if (height % outHeight === 0 && width % outWidth === 0) {
        const window: [number, number] = [height / outHeight, width / outWidth];
        return tf.avgPool(input, window, window, "valid");
      }
      const rows = bins(height, outHeight).map(([top, bottom]) =>
        tf.concat(
          bins(width, outWidth).map(([left, right]) =>
            tf.mean(input.slice([0, top, left, 0], [-1, bottom - top, right - left, -1]), [1, 2], true)
          ),
          2
        )
      );
      return tf.concat(rows, 1);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {...super.getConfig(), outputSize: this.outputSize};
  }
}

tf.serialization.registerClass(AdaptiveAveragePooling2D);
