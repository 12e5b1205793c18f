"""Measures the zoo's reference figures in torchvision, once, for test/models/zoo/torchvision.json.

Run by hand with Debian's PyTorch (apt-get install python3-torch python3-torchvision; torchvision 0.14):
    /usr/bin/python3 test/models/zoo/torchvisionReference.py > test/models/zoo/torchvision.json
The tests read the JSON and never run Python.

What is counted, per model, for one image (224x224, 299x299 for Inception v3):
- parameters: sum(p.numel() for p in model.parameters()) (batch-norm running statistics are buffers, not parameters);
- multiply-accumulates, by forward hooks on every Conv2d and Linear that runs:
  Conv2d: output elements (C_out * H_out * W_out) * (C_in / groups) * kh * kw; Linear: in_features * out_features.
  Nothing else is counted (no batch norm, pooling, activation, addition or bias).
  Inception v3 runs in training mode (batch 2, figures halved) so that its auxiliary classifier runs too.
- layers: every Conv2d, Linear, BatchNorm2d, MaxPool2d, AvgPool2d, AdaptiveAvgPool2d and Dropout module, by name,
  with its configuration and (for convolutions and pooling) its output size.
GoogLeNet without its auxiliary classifiers (aux_logits=False), as torchvision's pretrained model.
SE variants (not in torchvision): torchvision's Bottleneck with an SE unit after bn3, before the addition:
global average pooling, Linear(C, C/16), ReLU, Linear(C/16, C), sigmoid, channel-wise scaling (Hu et al., 2018).
"""
import json

import torch
from torch import nn
from torchvision import models
from torchvision.models.resnet import Bottleneck, ResNet


class SqueezeExcitation(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.relu = nn.ReLU(inplace=True)
        self.fc2 = nn.Linear(channels // reduction, channels)

    def forward(self, x):
        s = self.pool(x).flatten(1)
        s = torch.sigmoid(self.fc2(self.relu(self.fc1(s))))
        return x * s[:, :, None, None]


class SEBottleneck(Bottleneck):
    def __init__(self, inplanes, planes, *args, **kwargs):
        super().__init__(inplanes, planes, *args, **kwargs)
        self.se = SqueezeExcitation(planes * self.expansion)

    def forward(self, x):
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.se(self.bn3(self.conv3(out)))
        return self.relu(out + identity)


builders = {
    "alexnet": models.alexnet,
    "vgg16": models.vgg16,
    "vgg16_bn": models.vgg16_bn,
    "vgg19": models.vgg19,
    "vgg19_bn": models.vgg19_bn,
    "googlenet": lambda: models.googlenet(aux_logits=False, init_weights=False),
    "inception_v3": lambda: models.inception_v3(aux_logits=True, init_weights=False),
    "densenet121": models.densenet121,
    "densenet201": models.densenet201,
    "resnet18": models.resnet18,
    "resnet34": models.resnet34,
    "resnet50": models.resnet50,
    "resnet101": models.resnet101,
    "resnext50_32x4d": models.resnext50_32x4d,
    "se_resnet50": lambda: ResNet(SEBottleneck, [3, 4, 6, 3]),
    "se_resnext50_32x4d": lambda: ResNet(SEBottleneck, [3, 4, 6, 3], groups=32, width_per_group=4),
}


def pair(value):
    return list(value) if isinstance(value, (tuple, list)) else [value, value]


def describe(name, module, output):
    if isinstance(module, nn.Conv2d):
        return [name, "conv", module.in_channels, module.out_channels, *module.kernel_size, *module.stride, *module.padding,
                module.groups, module.bias is not None, *output.shape[2:]]
    if isinstance(module, nn.Linear):
        return [name, "linear", module.in_features, module.out_features, module.bias is not None]
    if isinstance(module, nn.BatchNorm2d):
        return [name, "bn", module.num_features, module.eps]
    if isinstance(module, (nn.MaxPool2d, nn.AvgPool2d)):
        kind = "maxpool" if isinstance(module, nn.MaxPool2d) else "avgpool"
        return [name, kind, *pair(module.kernel_size), *pair(module.stride), *pair(module.padding), *output.shape[2:]]
    if isinstance(module, nn.AdaptiveAvgPool2d):
        return [name, "adaptiveavgpool", *output.shape[2:]]
    if isinstance(module, nn.Dropout):
        return [name, "dropout", module.p]
    return None


def measure(name):
    model = builders[name]()
    inception = name == "inception_v3"
    batch = 2 if inception else 1
    model.train(inception)
    size = 299 if inception else 224
    layers, macs = [], {"total": 0, "aux": 0}

    def hook(module_name):
        def record(module, inputs, output):
            row = describe(module_name, module, output)
            if row is not None and not any(existing[0] == module_name for existing in layers):
                layers.append(row)
            count = 0
            if isinstance(module, nn.Conv2d):
                count = output.numel() // batch * (module.in_channels // module.groups) * module.kernel_size[0] * module.kernel_size[1]
            elif isinstance(module, nn.Linear):
                count = module.in_features * module.out_features
            macs["total"] += count
            if module_name.startswith("AuxLogits."):
                macs["aux"] += count
        return record

    for module_name, module in model.named_modules():
        if len(list(module.children())) == 0:
            module.register_forward_hook(hook(module_name))
    with torch.no_grad():
        model(torch.zeros(batch, 3, size, size))
    return {
        "parameters": sum(p.numel() for p in model.parameters()),
        "macs": macs["total"],
        **({"auxMacs": macs["aux"]} if inception else {}),
        "layers": layers,
    }


print(json.dumps({"torchvision": __import__("torchvision").__version__, "models": {name: measure(name) for name in builders}}, separators=(",", ":")))
