// Reference solution of `max-pooling`. Kept out of the published site: pages never import solutions/.

export function maxPooling(
  X: number[][],
  kernelSize: [number, number] = [2, 2],
  padding: "same" | "valid" = "same",
  strides: [number, number] = [2, 2]
): number[][] {
  const [height, width] = [X.length, X[0].length];
  const [kernelY, kernelX] = kernelSize;
  const [strideY, strideX] = strides;
  const outHeight = padding === "same" ? Math.ceil(height / strideY) : Math.ceil((height - kernelY + 1) / strideY);
  const outWidth = padding === "same" ? Math.ceil(width / strideX) : Math.ceil((width - kernelX + 1) / strideX);
  const padTop = padding === "same" ? Math.floor(Math.max((outHeight - 1) * strideY + kernelY - height, 0) / 2) : 0;
  const padLeft = padding === "same" ? Math.floor(Math.max((outWidth - 1) * strideX + kernelX - width, 0) / 2) : 0;
  const result: number[][] = [];
  for (let y = 0; y < outHeight; ++y) {
    const row: number[] = [];
    for (let x = 0; x < outWidth; ++x) {
      let max = -Infinity;
      for (let u = Math.max(y * strideY - padTop, 0); u < Math.min(y * strideY - padTop + kernelY, height); ++u) {
        for (let v = Math.max(x * strideX - padLeft, 0); v < Math.min(x * strideX - padLeft + kernelX, width); ++v)
          max = Math.max(max, X[u][v]);
      }
      row.push(max);
    }
    result.push(row);
  }
  return result;
}
