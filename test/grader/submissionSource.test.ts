import {strToU8, zipSync} from "fflate";
import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdir, mkdtemp, open, readdir, readFile, rm, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {exerciseFilesOf, openSubmission} from "../../src/grader/submissionSource.js";
import {ZipError} from "../../src/grader/zipArchive.js";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "convlab-source-test-"));
});
afterAll(() => rm(root, {recursive: true, force: true}));

const exported = () =>
  zipSync({"conv2d-one-filter.ts": strToU8("export const a = 1;"), "max-pooling.ts": strToU8("export const b = 2;")});

async function folderWith(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = join(root, name);
  for (const [file, contents] of Object.entries(files)) {
    await mkdir(join(folder, file, ".."), {recursive: true});
    await writeFile(join(folder, file), contents);
  }
  return folder;
}

describe("openSubmission(path)", () => {
  it("takes a folder of exercise files as it is, and has nothing to clean up", async () => {
    const folder = await folderWith("plain", {"conv2d-one-filter.ts": "x", "notes.md": "y"});
    const submission = await openSubmission(folder);
    expect(submission.folder).toBe(folder);
    await submission.cleanUp();
    expect(existsSync(folder)).toBe(true);
  });

  it("goes into the one folder a submission holds (besides what archivers add)", async () => {
    const folder = await folderWith("nested", {"alice/conv2d-one-filter.ts": "x", ".DS_Store": "", "__MACOSX/._x": ""});
    expect((await openSubmission(folder)).folder).toBe(join(folder, "alice"));
  });

  it.each([
    [
      "a zip archive",
      async () => {
        await writeFile(join(root, "export.zip"), exported());
        return join(root, "export.zip");
      }
    ],
    ["a folder that holds only a zip archive", () => folderWith("zipped", {"work.zip": exported()})],
    [
      "a zip archive of one folder",
      async () => {
        await writeFile(
          join(root, "wrapped.zip"),
          zipSync({
            "alice/conv2d-one-filter.ts": strToU8("export const a = 1;"),
            "alice/max-pooling.ts": strToU8("export const b = 2;")
          })
        );
        return join(root, "wrapped.zip");
      }
    ]
  ])("unpacks %s into a temporary folder, and removes it afterwards", async (_, make) => {
    const submission = await openSubmission(await make());
    expect((await readdir(submission.folder)).sort()).toEqual(["conv2d-one-filter.ts", "max-pooling.ts"]);
    expect(submission.folder.startsWith(tmpdir())).toBe(true);
    await submission.cleanUp();
    expect(existsSync(submission.folder)).toBe(false);
  });

  it("follows a link given as the submission itself, to an archive", async () => {
    await writeFile(join(root, "linked-target.zip"), exported());
    await symlink(join(root, "linked-target.zip"), join(root, "linked.zip"));
    const submission = await openSubmission(join(root, "linked.zip"));
    expect((await readdir(submission.folder)).sort()).toEqual(["conv2d-one-filter.ts", "max-pooling.ts"]);
    await submission.cleanUp();
  });

  it("refuses a hostile archive and leaves nothing behind", async () => {
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith("convlab-submission-")).length;
    await writeFile(join(root, "slip.zip"), zipSync({"ok.ts": strToU8("x"), "../../escaped.ts": strToU8("x")}));
    await expect(openSubmission(join(root, "slip.zip"))).rejects.toThrow(ZipError);
    expect((await readdir(tmpdir())).filter((name) => name.startsWith("convlab-submission-")).length).toBe(before);
    expect(existsSync(join(root, "..", "escaped.ts"))).toBe(false);
  });

  it("unpacks only one level: an archive inside the archive stays packed", async () => {
    await writeFile(join(root, "double.zip"), zipSync({"inner.zip": exported()}));
    const submission = await openSubmission(join(root, "double.zip"));
    expect(await readdir(submission.folder)).toEqual(["inner.zip"]);
    await submission.cleanUp();
  });

  it("says there is no such folder with ENOENT", async () => {
    await expect(openSubmission(join(root, "nowhere"))).rejects.toMatchObject({code: "ENOENT"});
  });

  it.each([
    ["a named pipe named like an archive", "pipe.zip"],
    ["a folder that holds only a named pipe named like an archive", "piped/work.zip"]
  ])("refuses %s at once, without waiting for a writer", async (_, name) => {
    await mkdir(join(root, name, ".."), {recursive: true});
    execFileSync("mkfifo", [join(root, name)]);
    const path = name.includes("/") ? join(root, name.split("/")[0]) : join(root, name);
    await expect(openSubmission(path)).rejects.toThrow(
      new ZipError("the archive is not a regular file (a named pipe, a socket or a device)")
    );
  });

  it("refuses an archive over the size limit from its size alone (a sparse 1.9 GB file, never read)", async () => {
    const path = join(root, "huge.zip");
    const file = await open(path, "w");
    await file.truncate(Math.floor(1.9 * 2 ** 30));
    await file.close();
    const heap = process.memoryUsage().arrayBuffers;
    await expect(openSubmission(path)).rejects.toThrow(
      new ZipError(`the archive is larger than ${20 * 2 ** 20} bytes`)
    );
    expect(process.memoryUsage().arrayBuffers - heap).toBeLessThan(2 ** 20);
    await rm(path);
  });
});

describe("openSubmission(path) on one student's work handed in in parts", () => {
  const lesson1 = () =>
    zipSync({"conv2d-one-filter.ts": strToU8("export const a = 1;"), "max-pooling.ts": strToU8("export const b = 2;")});
  const lesson2 = () =>
    zipSync({
      "work/identity-block.ts": strToU8("export const c = 3;"),
      "work/notes.md": strToU8("notes"),
      "__MACOSX/work/._identity-block.ts": strToU8("")
    });
  const contents = async (folder: string) =>
    Object.fromEntries(
      await Promise.all(
        (await readdir(folder)).sort().map(async (name) => [name, await readFile(join(folder, name), "utf8")] as const)
      )
    );
  const convlabTemporaries = async () =>
    (await readdir(tmpdir())).filter((name) => name.startsWith("convlab-submission-")).length;

  it("merges several lesson zips into one folder of exercise files, and names what it did not grade", async () => {
    const folder = await folderWith("two-lessons", {
      "lesson-1.zip": lesson1(),
      "lesson-2.zip": lesson2(),
      "readme.txt": "hi"
    });
    const submission = await openSubmission(folder);
    expect(await contents(submission.folder)).toEqual({
      "conv2d-one-filter.ts": "export const a = 1;",
      "identity-block.ts": "export const c = 3;",
      "max-pooling.ts": "export const b = 2;"
    });
    expect(submission.ignoredFiles).toEqual(["readme.txt", "lesson-2.zip: work/notes.md"]);
    expect(submission.folder.startsWith(tmpdir())).toBe(true);
    await submission.cleanUp();
    expect(existsSync(submission.folder)).toBe(false);
  });

  it("merges a course zip with loose exercise files that hold the same code, and adds the ones it lacks", async () => {
    const folder = await folderWith("course-and-loose", {
      "convlab-anna.zip": lesson1(),
      "max-pooling.ts": "export const b = 2;",
      "le-net.ts": "export const d = 4;"
    });
    const submission = await openSubmission(folder);
    expect(Object.keys(await contents(submission.folder))).toEqual([
      "conv2d-one-filter.ts",
      "le-net.ts",
      "max-pooling.ts"
    ]);
    expect(submission.ignoredFiles).toEqual([]);
    await submission.cleanUp();
  });

  it.each([
    [
      "two zips",
      {"a-lesson-1.zip": lesson1(), "b-course.zip": zipSync({"max-pooling.ts": strToU8("export const b = 20;")})},
      "max-pooling.ts is handed in more than once with different code (in a-lesson-1.zip and in b-course.zip): hand in one of them"
    ],
    [
      "a zip and a loose file",
      {"course.zip": lesson1(), "conv2d-one-filter.ts": "export const a = 10;"},
      "conv2d-one-filter.ts is handed in more than once with different code (in conv2d-one-filter.ts and in course.zip): hand in one of them"
    ]
  ])(
    "refuses the same exercise with different code in %s, naming both, and leaves nothing behind",
    async (_, files, message) => {
      const before = await convlabTemporaries();
      const folder = await folderWith(`conflict-${Object.keys(files).join("-")}`, files);
      await expect(openSubmission(folder)).rejects.toThrow(new ZipError(message));
      expect(await convlabTemporaries()).toBe(before);
    }
  );

  it("refuses a hostile archive among the parts, naming it", async () => {
    const folder = await folderWith("slip-among", {
      "good.zip": lesson1(),
      "slip.zip": zipSync({"../escaped.ts": strToU8("x")})
    });
    await expect(openSubmission(folder)).rejects.toThrow(
      new ZipError('slip.zip: the archive holds a path that leaves its folder: "../escaped.ts"')
    );
  });

  it("holds all the archives together to one archive's limits: sizes added up, entries and unpacked bytes", async () => {
    const many = (prefix: string) =>
      zipSync(Object.fromEntries(Array.from({length: 6}, (_, i) => [`${prefix}${i}.txt`, strToU8("x".repeat(100))])));
    const folder = await folderWith("over-limits", {"a.zip": many("a"), "b.zip": many("b")});
    const limits = {archiveBytes: 10_000, entries: 8, entryBytes: 1000, totalBytes: 100_000};
    await expect(openSubmission(folder, limits)).rejects.toThrow(
      new ZipError("b.zip: the archive has more than 2 entries")
    );
    await expect(openSubmission(folder, {...limits, entries: 100, totalBytes: 900})).rejects.toThrow(
      new ZipError("b.zip: b3.txt unpacks to more than the grader accepts")
    );
    const archiveBytes = many("a").length + 10;
    await expect(openSubmission(folder, {...limits, archiveBytes})).rejects.toThrow(
      new ZipError(`the archives together are larger than ${archiveBytes} bytes`)
    );
  });

  it("never follows a link named like an archive, and refuses a loose exercise file that is a named pipe at once", async () => {
    const folder = await folderWith("linked-parts", {"course.zip": lesson1()});
    await writeFile(join(root, "link-target.zip"), lesson1());
    await symlink(join(root, "link-target.zip"), join(folder, "other.zip"));
    const submission = await openSubmission(folder);
    expect(submission.ignoredFiles).toEqual(["other.zip"]);
    await submission.cleanUp();
    execFileSync("mkfifo", [join(folder, "le-net.ts")]);
    await expect(openSubmission(folder)).rejects.toThrow(
      new ZipError("le-net.ts is not a regular file (a named pipe, a socket or a device)")
    );
  });
});

describe("exerciseFilesOf(paths)", () => {
  it("finds exercise files at an archive's top, or directly inside its only folder, and nowhere deeper", () => {
    const top = exerciseFilesOf(["max-pooling.ts", "old/le-net.ts", "notes.md", ".DS_Store"]);
    expect([...top.found]).toEqual([["max-pooling.ts", "max-pooling.ts"]]);
    expect(top.others).toEqual(["notes.md", "old"]);
    const inside = exerciseFilesOf(["anna/max-pooling.ts", "anna/deeper/le-net.ts", "__MACOSX/anna/._x"]);
    expect([...inside.found]).toEqual([["anna/max-pooling.ts", "max-pooling.ts"]]);
    expect(inside.others).toEqual(["anna/deeper"]);
    const two = exerciseFilesOf(["anna/max-pooling.ts", "boris/max-pooling.ts"]);
    expect([...two.found]).toEqual([]);
    expect(two.others).toEqual(["anna", "boris"]);
  });
});
