import {describe, expect, it} from "vitest";
import {createProgress, formatDuration} from "../../src/grader/progress.js";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return {writes, write: (text: string) => void writes.push(text), isTTY, columns: 100};
}

describe("createProgress(total, stream, lang)", () => {
  it("writes one line per finished student when the stream is not a terminal", () => {
    const out = stream(false);
    const progress = createProgress(3, out, "en");
    progress.finished({student: "alice", score: "40/46", status: "ok", seconds: 1.25});
    progress.finished({student: "bob", status: "error: not a zip archive", seconds: 0.01});
    progress.done();
    expect(out.writes).toEqual(["[1/3] alice: 40/46, ok (1.3 s)\n", "[2/3] bob: error: not a zip archive (0.0 s)\n"]);
  });

  it("escapes control characters in a student's name and status: a name cannot forge or erase a line", () => {
    const out = stream(false);
    const progress = createProgress(2, out, "en");
    progress.finished({
      student: "eve\n[2/2] mallory: 76/76, ok (0.1 s)\x1b[1A\u202e",
      status: "error: \x1b[2Jbad\r",
      seconds: 1
    });
    expect(out.writes).toEqual([
      "[1/2] eve\\n[2/2] mallory: 76/76, ok (0.1 s)\\x1b[1A\\u202e: error: \\x1b[2Jbad\\r (1.0 s)\n"
    ]);
  });

  it("redraws one bar in place on a terminal, with the rate and the time left", () => {
    const out = stream(true);
    let now = 0;
    const progress = createProgress(4, out, "en", () => now);
    now = 30_000;
    progress.finished({student: "alice", status: "ok", seconds: 30});
    expect(out.writes[0]).toMatch(/^\r\x1b\[2K\[#+-+\] 1\/4  2\.0 per minute  ETA 1m 30s$/);
    expect(out.writes[0]).not.toContain("\n");
    progress.done();
    expect(out.writes.at(-1)).toBe("\r\x1b[2K");
  });

  it("speaks Russian on a terminal when asked", () => {
    const out = stream(true);
    const progress = createProgress(1, out, "ru", () => 0);
    progress.finished({student: "алиса", status: "ok", seconds: 1});
    expect(out.writes[0]).toContain("в минуту");
  });
});

describe("formatDuration(seconds)", () => {
  it.each([
    [0, "0s"],
    [59.4, "59s"],
    [61, "1m 01s"],
    [3725, "1h 02m"]
  ])("%s s is %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
