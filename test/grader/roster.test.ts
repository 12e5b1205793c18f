import {execFileSync} from "node:child_process";
import {mkdtemp, rm, truncate, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {matchRoster, parseRoster, readRoster, RosterError} from "../../src/grader/roster.js";

describe("parseRoster(text)", () => {
  it("reads Canvas's and Moodle's column names, in any case and spacing, and keeps only what each row has", () => {
    const roster = parseRoster(
      "\uFEFFSubmission,Student,ID,SIS User ID,sis_login_id,Section,Email address,idnumber\r\n" +
        'anna,"Петрова, Анна",101,S-1,anna.p,A,anna@example.edu,7001\r\n' +
        "bob,,102,,,,,\r\n"
    );
    expect([...roster.fields].sort()).toEqual([
      "canvasId",
      "email",
      "idnumber",
      "name",
      "section",
      "sisLoginId",
      "sisUserId",
      "submission"
    ]);
    expect(roster.entries).toEqual([
      {
        submission: "anna",
        name: "Петрова, Анна",
        canvasId: "101",
        sisUserId: "S-1",
        sisLoginId: "anna.p",
        section: "A",
        email: "anna@example.edu",
        idnumber: "7001"
      },
      {submission: "bob", name: "bob", canvasId: "102"}
    ]);
  });

  it.each([
    ["an empty file", "", "the roster is empty"],
    ["no submission column", "Student,ID\nAnna,1\n", 'the roster has no "submission" column'],
    ["a row without a submission name", "submission,name\n,Anna\n", "row 2: no submission name"],
    ["one submission twice", "submission\nanna\nbob\nanna\n", 'row 4: the submission "anna" is listed twice']
  ])("refuses %s", (_, text, message) => {
    expect(() => parseRoster(text)).toThrow(RosterError);
    expect(() => parseRoster(text)).toThrow(message);
  });
});

describe("readRoster(path)", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "convlab-roster-"));
  });
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true});
  });

  it("reads a roster file", async () => {
    const path = join(folder, "roster.csv");
    await writeFile(path, "submission,username\nanna,apetrova\n");
    expect((await readRoster(path)).entries).toEqual([{submission: "anna", name: "anna", username: "apetrova"}]);
  });

  it("refuses a missing file, a folder, a named pipe (without waiting for a writer) and a file over 4 MB, unread", async () => {
    const fifo = join(folder, "fifo.csv");
    execFileSync("mkfifo", [fifo]);
    const huge = join(folder, "huge.csv");
    await writeFile(huge, "");
    await truncate(huge, 2 * 1024 ** 3); // sparse: no disk used, and never read
    await expect(readRoster(join(folder, "none.csv"))).rejects.toThrow(new RosterError("no such file"));
    await expect(readRoster(folder)).rejects.toThrow(new RosterError("not a regular file"));
    await expect(readRoster(fifo)).rejects.toThrow(new RosterError("not a regular file"));
    await expect(readRoster(huge)).rejects.toThrow(new RosterError("larger than 4 MB"));
  });
});

describe("matchRoster(roster, students)", () => {
  it("pairs submissions with roster rows, and names the submissions and rows left over", () => {
    const roster = parseRoster("submission\nanna\nbob\ncarl\n");
    const match = matchRoster(roster, ["bob", "anna", "mallory"]);
    expect(match.matched.map(({student}) => student)).toEqual(["anna", "bob"]);
    expect(match.notInRoster).toEqual(["mallory"]);
    expect(match.withoutSubmission.map((entry) => entry.submission)).toEqual(["carl"]);
  });
});
