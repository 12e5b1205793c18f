/**
 * Images per second over the last few seconds of training, for progress and time-left figures that
 * settle quickly. The first batches of a run pay for warming up (kernels compiled, memory
 * allocated) and can be many times slower than the rest: an estimate from them alone said "about
 * 2:37:45 left" for a run of a few minutes. So the first `warmUpSamples` samples are left out as
 * soon as later ones exist, and the rate is taken over the most recent `windowSeconds` of work (at
 * least one sample), so it follows the machine when its load changes.
 */
export interface RateEstimatorOptions {
  /** The span of recent work the rate is measured over (default 5 s). */
  windowSeconds?: number;
  /** Samples at the start that are left out once later ones exist (default 1). */
  warmUpSamples?: number;
  /**
   * What to report while only warm-up samples are in, e.g. a calibrated rate (default none: then
   * the warm-up samples are all there is, and they are used).
   */
  prior?: number;
}

export interface RateEstimator {
  /** Records `items` (images) done in `seconds`. Samples of no time or no items are ignored. */
  record(items: number, seconds: number): void;
  /** How many samples were recorded. */
  readonly samples: number;
  /** Items per second over the recent window; the prior while only warm-up samples are in. */
  rate(): number | undefined;
  /** The seconds `items` more would take at the current rate (Infinity when there is no rate yet). */
  secondsFor(items: number): number;
}

/** A new estimator with no sample. */
export function rateEstimator({windowSeconds = 5, warmUpSamples = 1, prior}: RateEstimatorOptions = {}): RateEstimator {
  if (!(windowSeconds > 0)) throw new Error(`windowSeconds must be positive, not ${windowSeconds}`);
  const warmUp = Math.max(0, Math.floor(warmUpSamples));
  const fallback = prior !== undefined && prior > 0 && Number.isFinite(prior) ? prior : undefined;
  const samples: Array<{items: number; seconds: number}> = [];
  const rate = () => {
    if (samples.length <= warmUp && fallback !== undefined) return fallback;
    const first = samples.length > warmUp ? warmUp : 0;
    let items = 0;
    let seconds = 0;
    for (let i = samples.length - 1; i >= first && seconds < windowSeconds; --i) {
      items += samples[i].items;
      seconds += samples[i].seconds;
    }
    return seconds > 0 ? items / seconds : fallback;
  };
  return {
    record(items, seconds) {
      if (items > 0 && seconds > 0 && Number.isFinite(items) && Number.isFinite(seconds))
        samples.push({items, seconds});
    },
    get samples() {
      return samples.length;
    },
    rate,
    secondsFor(items) {
      if (items <= 0) return 0;
      const current = rate();
      return current ? items / current : Infinity;
    }
  };
}
