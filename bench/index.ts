// npm run bench: speed figures side by side, in one run (ratios matter: these machines are shared and noisy).
import {benchGrading} from "./grading.js";
import {benchResnet} from "./resnet.js";
import {benchSite} from "./site.js";

const only = process.argv[2];
if (!only || only === "grading") await benchGrading(); // first, a class of correct submissions before and after; BENCH_GRADING_THROUGHPUT_ONLY=1 stops there
if (!only || only === "site") await benchSite();
if (!only || only === "training") await (await import("./training.js")).benchTraining(); // about 10 minutes: tfjs cpu and wasm beside PyTorch
if (!only || only === "lenet") await (await import("./lenet.js")).benchLeNet(); // a few minutes: LeNet trained on the shipped digits
if (only === "resnet") await benchResnet(); // about an hour: run on its own, npm run bench resnet
if (only === "site-training") await (await import("./siteTraining.js")).benchSiteTraining(); // the end of "site" alone, on the built dist
if (only === "zoo") await (await import("./zoo.js")).benchZoo(); // about ten minutes: run on its own, npm run bench zoo
