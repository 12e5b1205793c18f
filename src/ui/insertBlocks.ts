import type {Exercise} from "../exercises/types.js";
import {insertBlocksMessages, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";
import {readSavedCode, savedCodeEvent, writeSavedCode} from "./savedCode.js";

const regionStart = "// #region blocks";
const regionEnd = "// #endregion blocks";

/**
 * Puts the code of other exercises into a region of this one's code, without their imports and
 * with one copy of what they declare alike (`type Input`). Returns undefined when the region is missing.
 */
export function withBlocks(target: string, sources: readonly string[]): string | undefined {
  const start = target.indexOf(regionStart);
  const end = target.indexOf(regionEnd);
  if (start < 0 || end < start) return undefined;
  const declared = new Set<string>();
  const bodies = sources.map((source) =>
    source
      .replace(/^import\s[^;]*;\s*$/gm, "")
      .replace(/^(\/\*\*[^\n]*\*\/\n)?(type \w+ = [^\n]*;)\n/gm, (whole, _doc, declaration: string) =>
        declared.has(declaration) ? "" : (declared.add(declaration), whole)
      )
      .trim()
  );
  return `${target.slice(0, start + regionStart.length)}\n${bodies.join("\n\n")}\n${target.slice(end)}`;
}

/**
 * A button that copies the student's code of exercises `from` (as saved by their cells) into the
 * blocks region of exercise `target` (its saved code, or its starter), and updates that cell's editor.
 */
export function insertBlocksButton(
  target: Pick<Exercise, "id" | "starter">,
  {lang = "en", from}: {lang?: Lang; from: readonly string[]}
): HTMLElement {
  const into = target.id;
  const status = element("span", {class: "convlab-notice", role: "status"});
  const button = element("button", {type: "button", class: "convlab-insert-blocks"}, insertBlocksMessages.insert[lang]);
  button.addEventListener("click", () => {
    const sources = from.map((id) => readSavedCode(id));
    const missing = from.filter((_, i) => sources[i].kind !== "saved");
    if (missing.length) return void (status.textContent = insertBlocksMessages.missing(missing)[lang]);
    const current = readSavedCode(into);
    const combined = withBlocks(
      current.kind === "saved" ? current.code : target.starter[lang],
      sources.map((saved) => (saved.kind === "saved" ? saved.code : ""))
    );
    if (combined === undefined) return void (status.textContent = insertBlocksMessages.noRegion[lang]);
    writeSavedCode(into, combined);
    dispatchEvent(new CustomEvent(savedCodeEvent, {detail: [into]}));
    status.textContent = insertBlocksMessages.inserted[lang];
  });
  return element("div", {class: "convlab-buttons"}, button, status);
}
