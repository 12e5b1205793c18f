/** What every builder of the zoo accepts (torchvision's keyword arguments that matter with random weights). */
export interface ZooOptions {
  /** Outputs of the classifier; torchvision's `num_classes`, 1000 (ImageNet) by default. */
  numClasses?: number;
}

const known = new Set(["numClasses"]);

/** The options with their defaults; an unknown option or a bad value throws an error that names it. */
export function readZooOptions(options: ZooOptions = {}): Required<ZooOptions> {
  for (const key of Object.keys(options))
    if (!known.has(key)) throw new Error(`unknown option "${key}" (the zoo's builders take {numClasses})`);
  const numClasses = options.numClasses ?? 1000;
  if (!Number.isInteger(numClasses) || numClasses < 1)
    throw new Error(`numClasses must be a positive integer, got ${String(options.numClasses)}`);
  return {numClasses};
}
