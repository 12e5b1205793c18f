import type {Exercise} from "../exercises/types.js";
import {exerciseMessages, type Lang} from "../i18n/index.js";
import {runBusy} from "./busyWork.js";
import {element} from "./dom.js";
import {exportSubmission, importSubmission} from "./submissionArchive.js";

/** "Export my work" and "Import": the student's code as a submission zip the grader reads, and back. */
export function workControls(exercises: readonly Exercise[], {lang = "en"}: {lang?: Lang} = {}): HTMLElement {
  const status = element("span", {class: "convlab-notice", role: "status"});
  const exportButton = element("button", {type: "button", class: "convlab-export"}, exerciseMessages.exportWork[lang]);
  const fileInput = element("input", {
    type: "file",
    accept: ".zip,application/zip",
    class: "convlab-import-file",
    hidden: true
  });
  const importButton = element("button", {type: "button", class: "convlab-import"}, exerciseMessages.importWork[lang]);
  exportButton.addEventListener("click", () => {
    const zip = exportSubmission(exercises);
    if (!zip) return void (status.textContent = exerciseMessages.exportNothing[lang]);
    const url = URL.createObjectURL(new Blob([zip as BlobPart], {type: "application/zip"}));
    const link = element("a", {href: url, download: "convlab-submission.zip"});
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  importButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    await runBusy(
      importButton,
      async () => {
        const imported = importSubmission(new Uint8Array(await file.arrayBuffer()), exercises);
        status.textContent = imported.length
          ? exerciseMessages.imported(imported.map((id) => `${id}.ts`))[lang]
          : exerciseMessages.importNothing[lang];
      },
      (message) => (status.textContent = exerciseMessages.importFailed(message)[lang])
    );
    fileInput.value = "";
  });
  return element("div", {class: "convlab-work"}, exportButton, importButton, fileInput, status);
}
