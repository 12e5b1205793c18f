// What a page says about a block of the zoo, and what the compute worker answers: data alone, with no
// tfjs and no builders, so that a page's explorers load none of the zoo (blockFacts.ts counts blocks).

/** torchvision's DenseNet growth rate k (DenseNet-121's): the channels each layer of a dense block adds. */
export const denseNetGrowthRate = 32;

/**
 * One block of the zoo, described by data alone so that a page can ask the compute worker for its facts
 * (a closure cannot cross to a worker). `input` is the map it is built on: [side, channels].
 */
export type BlockSpec = {input: [number, number]} & (
  | {kind: "basic"; planes: number}
  | {kind: "bottleneck"; planes: number; groups?: number; widthPerGroup?: number}
  | {kind: "dense"; layers: number; growthRate?: number}
);

/**
 * A bottleneck with 256 channels in and out on a 56×56 map (torchvision's `planes` 64, as in ResNet-50's
 * first stage), its 3×3 convolution in C groups of d channels: ResNet's is 1 of 64, ResNeXt 32×4d's 32 of 4.
 */
export function bottleneckOn256(groups = 1, widthPerGroup = 64): BlockSpec {
  return {kind: "bottleneck", input: [56, 256], planes: 64, groups, widthPerGroup};
}

/** One convolution of a block (its shortcut's excluded), in the order it is built. */
export interface BlockConvolution {
  /** As the model diagrams label it: `conv 3×3 p1 → 256`. */
  label: string;
  /** Its weights. */
  weights: number;
  /** The tfjs layer that holds them: `Conv2D`, or the zoo's `GroupedConv2D`. */
  className: string;
}

/** One block of the zoo built alone on its input map, with zero weights. */
export interface BlockFacts {
  /** Trainable parameters (batch norm's scale and shift included). */
  parameters: number;
  /** The weights of its convolutions alone. */
  convolutionWeights: number;
  macs: number;
  convolutions: BlockConvolution[];
  /** Its output shape, channels last. */
  shape: number[];
  /** For each concatenation in it, how many tensors it joins. */
  concatenated: number[];
}

/** The limits of a {@link BlockSpec} (the worker's input is a page's message): the lessons' sliders stay inside. */
export const blockSpecLimits = {
  side: 224,
  channels: 2048,
  planes: 512,
  groups: 64,
  widthPerGroup: 64,
  layers: 48,
  growthRate: 64
};

/** The most blocks one request may ask for: a lesson's table compares two. */
export const maxBlocksPerRequest = 4;
