import type * as tf from "@convlab/tfjs";
import {alexnet} from "./alexnet.js";
import {densenet121, densenet201} from "./densenet.js";
import {googlenet} from "./googlenet.js";
import {inceptionV3} from "./inceptionV3.js";
import {resnet101, resnet18, resnet34, resnet50, resnext50_32x4d, seResnet50, seResnext50_32x4d} from "./resnet.js";
import {vgg16, vgg16Bn, vgg19, vgg19Bn} from "./vgg.js";
import type {ZooOptions} from "./zooOptions.js";

/** A builder of the zoo: a new, uncompiled model with random weights (torchvision's `pretrained=False`). */
export type ZooBuilder = (options?: ZooOptions) => tf.LayersModel;

/**
 * The survey's models under torchvision's names, in the document's order (with GoogLeNet before Inception v3
 * and ResNet-18 and 34 before ResNet-50, which the document names without building). Input 224×224×3
 * (299×299×3 for Inception v3); parameter counts and layer configurations are torchvision 0.14's.
 */
export const zoo = {
  alexnet,
  vgg16,
  vgg16_bn: vgg16Bn,
  vgg19,
  vgg19_bn: vgg19Bn,
  googlenet,
  inception_v3: inceptionV3,
  densenet121,
  densenet201,
  resnet18,
  resnet34,
  resnet50,
  resnet101,
  se_resnet50: seResnet50,
  resnext50_32x4d,
  se_resnext50_32x4d: seResnext50_32x4d
} satisfies Record<string, ZooBuilder>;

/** The name of a model of the zoo. */
export type ZooModelName = keyof typeof zoo;

/** The zoo's model names, in the document's order. */
export const zooModelNames = Object.keys(zoo) as ZooModelName[];

/** The builder of a model by name; an unknown name throws an error that names it. */
export function zooBuilder(name: string): ZooBuilder {
  if (!Object.hasOwn(zoo, name)) throw new Error(`unknown model "${name}"; the zoo has ${zooModelNames.join(", ")}`);
  return zoo[name as ZooModelName];
}
