import {readFileSync} from "node:fs";
import {expect} from "vitest";
import type * as tf from "@convlab/tfjs";
import {countModel, torchModulesOf, type TorchModuleRow, type ZooModelName} from "../../../src/models/zoo/index.js";

/**
 * torchvision's figures for the zoo, measured once with torchvision 0.14.1 (Debian's python3-torchvision,
 * random weights, one image of 224×224, 299×299 for Inception v3) by ./torchvisionReference.py:
 * parameters = sum(p.numel() for p in model.parameters()); multiply-accumulates by forward hooks on every
 * Conv2d (output elements × in_channels / groups × kh × kw) and Linear (in_features × out_features), nothing
 * else counted; Inception v3 with its auxiliary classifier (run in training mode), GoogLeNet without its two
 * (`aux_logits=False`, as torchvision's pretrained GoogLeNet). The SE variants are
 * torchvision's ResNet with an SE unit (reduction 16) after bn3 of each Bottleneck. The parameter counts
 * agree with FACTS.md.
 */
export const torchvisionFigures: Record<ZooModelName, {parameters: number; macs: number}> = {
  alexnet: {parameters: 61_100_840, macs: 714_188_480},
  vgg16: {parameters: 138_357_544, macs: 15_470_264_320},
  vgg16_bn: {parameters: 138_365_992, macs: 15_470_264_320},
  vgg19: {parameters: 143_667_240, macs: 19_632_062_464},
  vgg19_bn: {parameters: 143_678_248, macs: 19_632_062_464},
  googlenet: {parameters: 6_624_904, macs: 1_498_376_192},
  inception_v3: {parameters: 27_161_264, macs: 5_718_899_296},
  densenet121: {parameters: 7_978_856, macs: 2_834_161_664},
  densenet201: {parameters: 20_013_928, macs: 4_291_365_888},
  resnet18: {parameters: 11_689_512, macs: 1_814_073_344},
  resnet34: {parameters: 21_797_672, macs: 3_663_761_408},
  resnet50: {parameters: 25_557_032, macs: 4_089_184_256},
  resnet101: {parameters: 44_549_160, macs: 7_801_405_440},
  se_resnet50: {parameters: 28_088_024, macs: 4_091_699_200},
  resnext50_32x4d: {parameters: 25_028_904, macs: 4_230_479_872},
  se_resnext50_32x4d: {parameters: 27_559_896, macs: 4_232_994_816}
};

/**
 * torchvision's documented figures ("num_params" and "GFLOPS" of each model's `*_Weights.IMAGENET1K_V1`, in
 * the model table of https://pytorch.org/vision/stable/models.html and the model pages
 * https://pytorch.org/vision/stable/models/generated/torchvision.models.resnet18, ….resnet34 and
 * ….googlenet.html, read 2026-12-02). torchvision's "GFLOPS" count
 * one multiply-accumulate as one operation: they are billions of MACs, to two decimals.
 */
export const torchvisionDocumented = {
  resnet18: {parameters: 11_689_512, gmacs: 1.81},
  resnet34: {parameters: 21_797_672, gmacs: 3.66},
  googlenet: {parameters: 6_624_904, gmacs: 1.5}
} as const;

interface Reference {
  torchvision: string;
  models: Record<string, {parameters: number; macs: number; auxMacs?: number; layers: TorchModuleRow[]}>;
}

/** The modules torchvision's reference script recorded (./torchvision.json, written by ./torchvisionReference.py). */
export const torchvisionReference: Reference = JSON.parse(
  readFileSync(new URL("./torchvision.json", import.meta.url), "utf8")
);

/** Layers that stand for PyTorch's functional calls (`F.avg_pool2d`, …), which have no module to record. */
const functionalLayer = /\.(avg_pool2d|max_pool2d|adaptive_avg_pool2d)$|^adaptive_avg_pool2d$/;

/** Asserts a zoo model has torchvision's counts and, module by module, torchvision's configuration. */
export function expectTorchvisionArchitecture(model: tf.LayersModel, name: ZooModelName): void {
  const counts = countModel(model);
  expect(counts.parameters).toBe(torchvisionFigures[name].parameters);
  expect(counts.macs).toBe(torchvisionFigures[name].macs);
  const ours = new Map(torchModulesOf(model).map((row) => [row[0] as string, row]));
  const theirs = torchvisionReference.models[name].layers;
  for (const row of theirs) expect(ours.get(row[0] as string), String(row[0])).toEqual(row);
  const extra = [...ours.keys()].filter((module) => !theirs.some((row) => row[0] === module));
  expect(extra.filter((module) => !functionalLayer.test(module))).toEqual([]);
}
