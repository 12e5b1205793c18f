/**
 * The by-hand convolution and pooling exactly as document 004 writes them (ported line by line,
 * bugs included), so that lessons can show live where they part ways with TensorFlow.
 * Not solutions: see the exercises for what TensorFlow computes.
 */

/** Document 004, `conv2d_one_filter`: pads for stride 1 and then ignores `stride` altogether. */
export function documentConv2dOneFilter(
  X: number[][],
  W: number[][],
  padding = "same",
  _stride: [number, number] = [1, 1]
): number[][] {
  const [kernelY, kernelX] = [W.length, W[0].length];
  const [height, width] = [X.length, X[0].length];
  const [paddedY, paddedX] = padding === "same" ? [height + kernelY - 1, width + kernelX - 1] : [height, width];
  const [top, left] = padding === "valid" ? [0, 0] : [Math.floor((kernelY - 1) / 2), Math.floor((kernelX - 1) / 2)];
  const padded = Array.from({length: paddedY}, () => new Array<number>(paddedX).fill(0));
  for (let y = 0; y < height; ++y) for (let x = 0; x < width; ++x) padded[top + y][left + x] = X[y][x];
  const result = Array.from({length: paddedY - kernelY + 1}, () => new Array<number>(paddedX - kernelX + 1).fill(0));
  for (let y = 0; y + kernelY <= paddedY; ++y) {
    for (let x = 0; x + kernelX <= paddedX; ++x) {
      let sum = 0;
      for (let i = 0; i < kernelY; ++i) for (let j = 0; j < kernelX; ++j) sum += padded[y + i][x + j] * W[i][j];
      result[y][x] = sum;
    }
  }
  return result;
}

/**
 * Document 004, `max_pooling`: "same" takes ceil(n / s) windows but never pads before the first
 * row, so its windows start where TensorFlow's do only when the padding TensorFlow adds falls
 * after the input; "valid" counts ⌊(n − k + 1) / s⌋ windows where TensorFlow counts ⌈(n − k + 1) / s⌉.
 */
export function documentMaxPooling(
  X: number[][],
  kernelSize: [number, number] = [2, 2],
  padding = "same",
  strides: [number, number] = [2, 2]
): number[][] {
  const [height, width] = [X.length, X[0].length];
  const [outHeight, outWidth] =
    padding === "same"
      ? [Math.ceil(height / strides[0]), Math.ceil(width / strides[1])]
      : [Math.floor((height - kernelSize[0] + 1) / strides[0]), Math.floor((width - kernelSize[1] + 1) / strides[1])];
  const result: number[][] = [];
  for (let y = 0; y < outHeight; ++y) {
    const row: number[] = [];
    for (let x = 0; x < outWidth; ++x) {
      // NumPy slices stop at the edge, so windows near the end are cut short.
      let max = -Infinity;
      for (let i = y * strides[0]; i < Math.min(y * strides[0] + kernelSize[0], height); ++i) {
        for (let j = x * strides[1]; j < Math.min(x * strides[1] + kernelSize[1], width); ++j)
          max = Math.max(max, X[i][j]);
      }
      row.push(max);
    }
    result.push(row);
  }
  return result;
}
