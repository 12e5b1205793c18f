// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {errorMessage, runBusy} from "../../src/ui/busyWork.js";

describe("runBusy(control, work, failed)", () => {
  it("disables the button while the work runs and enables it after", async () => {
    const button = document.createElement("button");
    let seen: boolean | undefined;
    const done = await runBusy(
      button,
      async () => void (seen = button.disabled && button.getAttribute("aria-busy") === "true"),
      () => {}
    );
    expect([done, seen, button.disabled, button.hasAttribute("aria-busy")]).toEqual([true, true, false, false]);
  });

  it("gives a failure's message to `failed`, enables the button again and does not reject", async () => {
    const button = document.createElement("button");
    const failures: string[] = [];
    const done = await runBusy(
      button,
      () => Promise.reject(new Error("no model")),
      (message) => failures.push(message)
    );
    expect([done, failures, button.disabled]).toEqual([false, ["no model"], false]);
  });
});

describe("errorMessage(error)", () => {
  it("takes an Error's message and anything else as text", () => {
    expect([errorMessage(new TypeError("bad")), errorMessage("plain"), errorMessage(42)]).toEqual([
      "bad",
      "plain",
      "42"
    ]);
  });
});
