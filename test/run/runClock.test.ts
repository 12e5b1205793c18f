import {existsSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {cpuWaitNs, RunClock} from "../../src/run/runClock.js";

/** A fake machine: the wall clock and the process's CPU wait, both moved by hand. */
function machine(waitKnown = true) {
  const state = {nowMs: 1_000, waitedNs: 5e9 as number | undefined};
  const clock = new RunClock(
    () => (waitKnown ? state.waitedNs : undefined),
    () => state.nowMs
  );
  return {state, clock};
}

describe("RunClock", () => {
  it("counts the time a run computes or sleeps, as the wall clock does", () => {
    const {state, clock} = machine();
    state.nowMs += 2_500;
    expect(clock.elapsedMs()).toBe(2_500);
  });

  it("does not count the time the process waited for a CPU that other processes held", () => {
    const {state, clock} = machine();
    state.nowMs += 30_000; // a busy machine: 30 s on the wall clock, 26 of them spent waiting for a core
    state.waitedNs! += 26e9;
    expect(clock.elapsedMs()).toBe(4_000);
  });

  it("counts a process that could not be read at the start (not started yet) from its first moment", () => {
    const state = {nowMs: 0, waitedNs: undefined as number | undefined};
    const clock = new RunClock(
      () => state.waitedNs,
      () => state.nowMs
    );
    state.nowMs = 10_000;
    state.waitedNs = 7e9;
    expect(clock.elapsedMs()).toBe(3_000);
  });

  it("keeps the last wait it read once the process is gone", () => {
    const {state, clock} = machine();
    state.nowMs += 5_000;
    state.waitedNs! += 4e9;
    expect(clock.elapsedMs()).toBe(1_000);
    state.waitedNs = undefined;
    state.nowMs += 1_000;
    expect(clock.elapsedMs()).toBe(2_000);
  });

  it("is the wall clock where the kernel does not say how long a process waited", () => {
    const {state, clock} = machine(false);
    state.nowMs += 8_000;
    expect(clock.elapsedMs()).toBe(8_000);
  });
});

describe("cpuWaitNs(pid)", () => {
  it.runIf(existsSync("/proc/self/schedstat"))(
    "reads a live process's wait from /proc, and nothing for one that does not exist",
    () => {
      expect(cpuWaitNs(process.pid)).toBeGreaterThanOrEqual(0);
      expect(cpuWaitNs(2 ** 30)).toBeUndefined();
    }
  );
});
