import {strToU8, zipSync} from "fflate";
import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdir, mkdtemp, open, readdir, rm, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {openSubmission} from "../../src/grader/submissionSource.js";
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
