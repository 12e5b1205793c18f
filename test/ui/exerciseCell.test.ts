// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {javascript} from "@codemirror/lang-javascript";
import {syntaxTreeAvailable} from "@codemirror/language";
import {EditorState} from "@codemirror/state";
import {EditorView} from "@codemirror/view";
import {beforeEach, describe, expect, it, vi} from "vitest";
import {type DocumentedFile, identityBlock} from "../../src/exercises/index.js";
import {exerciseCell, finishParsing} from "../../src/ui/exerciseCell.js";
import {readSavedCode, savedCodeEvent, writeSavedCode} from "../../src/ui/savedCode.js";

/**
 * The options a lesson gives the cell (these tests press no Check, which alone reads `documented`). Under
 * jsdom, import.meta.url is no file's: the file is read from the project's root, where the tests run.
 */
const options = {
  lang: "en",
  documented: JSON.parse(readFileSync("data/expected/identity-block.json", "utf8")) as DocumentedFile
} as const;

/** The code in a cell's editor (its DOM holds only the lines in view). */
const editorText = (cell: HTMLElement) =>
  EditorView.findFromDOM(cell.querySelector<HTMLElement>(".cm-editor")!)!.state.doc.toString();

/** A check worker that never answers: these tests press no Check, but a cell warms its worker up. */
class SilentWorker extends EventTarget {
  postMessage(): void {}
  terminate(): void {}
}

// jsdom lays nothing out and has no text ranges' rectangles, which CodeMirror measures: empty ones do.
Range.prototype.getClientRects = () => document.body.getClientRects();
Range.prototype.getBoundingClientRect = () => document.body.getBoundingClientRect();

describe("exerciseCell(exercise, options)", () => {
  beforeEach(() => {
    localStorage.clear();
    vi.stubGlobal("Worker", SilentWorker);
  });

  it("opens with the starter code, or with the code saved before", async () => {
    expect(editorText(await exerciseCell(identityBlock, options))).toBe(identityBlock.starter.en);
    writeSavedCode(identityBlock.id, "export const saved = 1;");
    const cell = await exerciseCell(identityBlock, options);
    expect(editorText(cell)).toBe("export const saved = 1;");
    expect(cell.querySelector(".convlab-notice")!.textContent).not.toBe("");
  });

  it("takes work imported into its exercise, even while its editor is still being made", async () => {
    const made = exerciseCell(identityBlock, options);
    // The editor's view is made a task after its state: the import comes in between.
    writeSavedCode(identityBlock.id, "export const imported = 1;");
    dispatchEvent(new CustomEvent(savedCodeEvent, {detail: [identityBlock.id]}));
    const cell = await made;
    expect(editorText(cell)).toBe("export const imported = 1;");
    // Work imported into another exercise leaves it alone; its own next import replaces the code again.
    writeSavedCode("convolutional-block", "export const other = 1;");
    dispatchEvent(new CustomEvent(savedCodeEvent, {detail: ["convolutional-block"]}));
    expect(editorText(cell)).toBe("export const imported = 1;");
    writeSavedCode(identityBlock.id, "export const again = 2;");
    dispatchEvent(new CustomEvent(savedCodeEvent, {detail: [identityBlock.id]}));
    expect(editorText(cell)).toBe("export const again = 2;");
    expect(readSavedCode(identityBlock.id)).toEqual({kind: "saved", code: "export const again = 2;"});
  });
});

describe("finishParsing(editor)", () => {
  it("parses the whole code, past what the editor's state parsed when it was made", async () => {
    const doc = Array.from({length: 10_000}, (_, i) => `const x${i}: number = ...;`).join("\n");
    const editor = new EditorView({state: EditorState.create({doc, extensions: [javascript({typescript: true})]})});
    expect(syntaxTreeAvailable(editor.state, doc.length)).toBe(false);
    await finishParsing(editor);
    expect(syntaxTreeAvailable(editor.state, doc.length)).toBe(true);
    editor.destroy();
  });
});
