import {describe, expect, it} from "vitest";
import {inOwnTask} from "../../src/ui/inOwnTask.js";

describe("inOwnTask", () => {
  it("builds after the current task, and resolves to what was built", async () => {
    const order: string[] = [];
    const built = inOwnTask(() => {
      order.push("built");
      return 42;
    });
    order.push("caller went on");
    await Promise.resolve();
    order.push("a microtask later");
    expect(await built).toBe(42);
    expect(order).toEqual(["caller went on", "a microtask later", "built"]);
  });

  it("runs two builds in two tasks: the first one's microtasks settle before the second starts", async () => {
    const order: string[] = [];
    const first = inOwnTask(() => {
      order.push("first");
      queueMicrotask(() => order.push("first's microtask"));
    });
    const second = inOwnTask(() => order.push("second"));
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "first's microtask", "second"]);
  });

  it("waits for an asynchronous build, and passes its failure on", async () => {
    expect(await inOwnTask(async () => "table")).toBe("table");
    await expect(
      inOwnTask(() => {
        throw new Error("no figure");
      })
    ).rejects.toThrow("no figure");
  });
});
