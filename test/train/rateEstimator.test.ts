import {describe, expect, it} from "vitest";
import {rateEstimator} from "../../src/train/index.js";

describe("rateEstimator({windowSeconds, warmUpSamples, prior})", () => {
  it("has no rate before any sample, unless a prior (a calibrated rate) is given", () => {
    expect(rateEstimator().rate()).toBeUndefined();
    expect(rateEstimator().secondsFor(100)).toBe(Infinity);
    expect(rateEstimator({prior: 250}).rate()).toBe(250);
    expect(rateEstimator({prior: 250}).secondsFor(1000)).toBe(4);
  });

  it("leaves the slow warm-up batch out once a later one is in, and uses the prior until then", () => {
    const withoutPrior = rateEstimator();
    withoutPrior.record(64, 16); // the first batch: kernels compiled, 4 img/s
    expect(withoutPrior.rate()).toBe(4); // all there is
    withoutPrior.record(64, 0.5);
    expect(withoutPrior.rate()).toBe(128);

    const withPrior = rateEstimator({prior: 100});
    withPrior.record(64, 16);
    expect(withPrior.rate()).toBe(100);
    withPrior.record(64, 0.5);
    expect(withPrior.rate()).toBe(128);
  });

  it("settles within 10 s of training on a fake clock: a time left that stays put once the window is past the warm-up", () => {
    const estimator = rateEstimator({windowSeconds: 5});
    const total = 20_000;
    let done = 0;
    let clock = 0;
    const timeLeft: Array<[number, number]> = [];
    const step = (images: number, seconds: number) => {
      estimator.record(images, seconds);
      done += images;
      clock += seconds;
      timeLeft.push([clock, clock + estimator.secondsFor(total - done)]); // the predicted end
    };
    step(100, 30); // a first batch 30× slower than the rest
    for (let i = 0; i < 60; ++i) step(100, 1 / 3 + (i % 2 ? 0.05 : -0.05)); // ~300 img/s, jittery
    const predictedEnds = timeLeft.filter(([at]) => at >= 30 + 10).map(([, end]) => end);
    const trueEnd = 30 + (total - 100) / 300;
    for (const end of predictedEnds) expect(Math.abs(end - trueEnd)).toBeLessThan(0.02 * trueEnd);
    expect(timeLeft[0][1] - trueEnd).toBeGreaterThan(1000); // what the first batch alone said
  });

  it("follows a change of speed within its window, and ignores empty samples", () => {
    const estimator = rateEstimator({windowSeconds: 2, warmUpSamples: 0});
    for (let i = 0; i < 10; ++i) estimator.record(50, 0.5); // 100 img/s
    expect(estimator.rate()).toBe(100);
    for (let i = 0; i < 4; ++i) estimator.record(50, 1); // the machine got busy: 50 img/s
    expect(estimator.rate()).toBe(50);
    estimator.record(0, 1);
    estimator.record(10, 0);
    estimator.record(Number.NaN, 1);
    expect(estimator.samples).toBe(14);
    expect(estimator.secondsFor(0)).toBe(0);
  });

  it("names a window that is not positive", () => {
    expect(() => rateEstimator({windowSeconds: 0})).toThrow(/windowSeconds must be positive, not 0/);
  });
});
