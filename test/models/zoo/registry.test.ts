import {describe, expect, it} from "vitest";
import {readZooOptions, zoo, zooBuilder, zooModelNames} from "../../../src/models/zoo/index.js";
import {torchvisionFigures, torchvisionReference} from "./torchvision.js";

describe("zoo", () => {
  it("holds the document's models in its order, GoogLeNet and ResNet-18 and 34, and the two SE variants torchvision lacks", () => {
    expect(zooModelNames).toEqual([
      "alexnet",
      "vgg16",
      "vgg16_bn",
      "vgg19",
      "vgg19_bn",
      "googlenet",
      "inception_v3",
      "densenet121",
      "densenet201",
      "resnet18",
      "resnet34",
      "resnet50",
      "resnet101",
      "se_resnet50",
      "resnext50_32x4d",
      "se_resnext50_32x4d"
    ]);
  });

  it("is pinned to the figures of torchvision's reference script", () => {
    expect(torchvisionReference.torchvision).toMatch(/^0\.14\./);
    for (const name of zooModelNames) {
      const {parameters, macs} = torchvisionReference.models[name];
      expect({name, parameters, macs}).toEqual({name, ...torchvisionFigures[name]});
    }
  });

  it("finds a builder by name, and names an unknown one", () => {
    expect(zooBuilder("resnet50")).toBe(zoo.resnet50);
    expect(() => zooBuilder("resnet52")).toThrow('unknown model "resnet52"');
  });
});

describe("readZooOptions(options)", () => {
  it("defaults to ImageNet's 1000 classes", () => {
    expect(readZooOptions()).toEqual({numClasses: 1000});
    expect(readZooOptions({numClasses: 2})).toEqual({numClasses: 2});
  });

  it.each([
    [{classes: 2}, 'unknown option "classes"'],
    [{numClasses: 0}, "numClasses must be a positive integer, got 0"],
    [{numClasses: 2.5}, "numClasses must be a positive integer, got 2.5"]
  ])("rejects %o", (options, message) => {
    expect(() => readZooOptions(options as never)).toThrow(message);
  });
});
