import type * as tfjs from "@convlab/tfjs";

type TF = typeof tfjs;

/** One augmentation: applied in this order — flips, rotation, crop, scaling. */
export interface Augmentation {
  flipHorizontal?: boolean;
  flipVertical?: boolean;
  /** Degrees, counter-clockwise, about the centre; uncovered corners are black. */
  rotation?: number;
  /** The side of the kept square as a fraction of the image (1: no crop), resized back to full size. */
  crop?: number;
  /** Where the crop sits, from 0 (top / left) to 1 (bottom / right); 0.5 is centred. */
  cropY?: number;
  cropX?: number;
  /** Zoom about the centre of the crop: above 1 enlarges, below 1 shrinks with a black border. */
  scale?: number;
}

/** The identity augmentation. */
export const noAugmentation: Required<Augmentation> = {
  flipHorizontal: false,
  flipVertical: false,
  rotation: 0,
  crop: 1,
  cropY: 0.5,
  cropX: 0.5,
  scale: 1
};

/**
 * Applies an augmentation to a batch of images `[n, h, w, c]` with TensorFlow.js image ops
 * (`flipLeftRight`, `reverse`, `rotateWithOffset`, `cropAndResize`); the result has the input's shape.
 */
export function augment(tf: TF, images: tfjs.Tensor4D, augmentation: Augmentation): tfjs.Tensor4D {
  const {flipHorizontal, flipVertical, rotation, crop, cropY, cropX, scale} = {...noAugmentation, ...augmentation};
  if (!(crop > 0 && crop <= 1)) throw new Error(`crop must be in (0, 1], not ${crop}`);
  if (!(scale > 0)) throw new Error(`scale must be positive, not ${scale}`);
  return tf.tidy(() => {
    let x = images;
    if (flipHorizontal) x = tf.image.flipLeftRight(x);
    if (flipVertical) x = tf.reverse(x, 1);
    if (rotation) {
      const [, height, width] = x.shape;
      x = tf.image.rotateWithOffset(x, (rotation * Math.PI) / 180, 0, [
        (width - 1) / (2 * width),
        (height - 1) / (2 * height)
      ]);
    }
    if (crop !== 1 || scale !== 1) {
      const [n, height, width] = x.shape;
      const side = crop / scale;
      const centreY = (1 - crop) * cropY + crop / 2;
      const centreX = (1 - crop) * cropX + crop / 2;
      // cropAndResize samples from pixel y1·(h−1) to y2·(h−1), ends included: place the samples at
      // the centres of the output pixels, kept inside the image where the box is inside it.
      const samples = (centre: number, size: number) => {
        const start = (centre - side / 2) * size;
        const first = start + (0.5 * side * size) / size - 0.5;
        const last = start + ((size - 0.5) * side * size) / size - 0.5;
        return [
          centre - side / 2 >= 0 ? Math.max(first, 0) : first,
          centre + side / 2 <= 1 ? Math.min(last, size - 1) : last
        ].map((v) => v / (size - 1));
      };
      const [y1, y2] = samples(centreY, height);
      const [x1, x2] = samples(centreX, width);
      const normalized = [y1, x1, y2, x2];
      x = tf.image.cropAndResize(
        x,
        tf.tensor2d(Array.from({length: n}, () => normalized)),
        tf.range(0, n, 1, "int32") as tfjs.Tensor1D,
        [height, width],
        "bilinear",
        0
      );
    }
    return x === images ? x.clone() : x;
  });
}
