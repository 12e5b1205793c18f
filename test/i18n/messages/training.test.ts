import {describe, expect, it} from "vitest";
import {trainingMessages} from "../../../src/i18n/index.js";

describe("trainingMessages", () => {
  it.each([
    [1, "1 эпоха", "1 epoch"],
    [3, "3 эпохи", "3 epochs"],
    [5, "5 эпох", "5 epochs"],
    [11, "11 эпох", "11 epochs"],
    [21, "21 эпоха", "21 epochs"],
    [24, "24 эпохи", "24 epochs"]
  ])("counts %i epochs in both languages", (n, ru, en) => {
    expect(trainingMessages.epochCount(n)).toEqual({ru, en});
  });

  it("gives the progress line the figures it is given, with each language's decimal mark", () => {
    expect(trainingMessages.progress(2, 5, 37, 141).en).toBe("Epoch 2 of 5 · batch 37 of 141");
    expect(trainingMessages.running(0.41234, 0.8756).en).toBe("loss 0.4123 · accuracy 87.6%");
    expect(trainingMessages.running(0.41234, 0.8756).ru.replace(/\u00a0/g, " ")).toBe(
      "потери 0,4123 · точность 87,6 %"
    );
    expect(trainingMessages.timing(83, 130).en).toBe("1:23 elapsed · about 2:10 left");
  });
});
