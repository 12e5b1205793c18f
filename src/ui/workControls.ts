import {courseWorkMessages, exerciseMessages, type Lang} from "../i18n/index.js";
import {runBusy} from "./busyWork.js";
import {element} from "./dom.js";
import {readSavedCode} from "./savedCode.js";
import {exportSubmission, importSubmission} from "./submissionArchive.js";

const nameKey = "convlab:student-name";

/** Cyrillic letters in Latin ones, for file names (Russian as passports write it, simplified; a few Ukrainian ones). */
const cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ";
const latinOf = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g".split(" ");
const latin = new Map([...cyrillic].map((letter, i) => [letter, latinOf[i] === "_" ? "" : latinOf[i]]));

/** At most this many characters of the name go into the file name. */
const maxNameLength = 60;

/**
 * The file name of a student's course zip: `convlab-<name>.zip`, the name in lowercase Latin letters,
 * digits and dashes only (Russian transliterated, accents dropped, anything else a dash), cut to
 * 60 characters; `convlab-work.zip` when nothing is left. The grader takes a batch's student from
 * this name.
 */
export function courseZipName(studentName: string): string {
  const safe = [...studentName.normalize("NFC").toLowerCase()]
    .map((character) => latin.get(character) ?? character)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxNameLength)
    .replace(/^-+|-+$/g, "");
  return `convlab-${safe || "work"}.zip`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The name the student gave, remembered across pages and reloads. */
export function readStudentName(): string {
  try {
    return storage()?.getItem(nameKey) ?? "";
  } catch {
    return "";
  }
}

export function writeStudentName(name: string): void {
  try {
    storage()?.setItem(nameKey, name);
  } catch {
    // not remembered: the field still holds it on this page
  }
}

/**
 * The course's work in one place, for any page: the student's name, **Export all my work** (one zip
 * of the saved code of every exercise in `exercises`, the whole course: the submission the grader
 * takes, named after the student) and **Import** (a zip's exercise files back into the saved code).
 */
export function workControls(exercises: readonly {id: string}[], {lang = "en"}: {lang?: Lang} = {}): HTMLElement {
  const m = courseWorkMessages;
  const status = element("span", {class: "convlab-notice", role: "status"});
  const nameInput = element("input", {
    type: "text",
    class: "convlab-student-name",
    autocomplete: "name",
    maxlength: "200",
    placeholder: m.studentNamePlaceholder[lang]
  });
  nameInput.value = readStudentName();
  nameInput.addEventListener("input", () => writeStudentName(nameInput.value));
  const exportButton = element("button", {type: "button", class: "convlab-export"}, m.exportAll[lang]);
  const fileInput = element("input", {
    type: "file",
    accept: ".zip,application/zip",
    class: "convlab-import-file",
    hidden: true
  });
  const importButton = element("button", {type: "button", class: "convlab-import"}, exerciseMessages.importWork[lang]);
  exportButton.addEventListener("click", () => {
    void runBusy(
      exportButton,
      async () => {
        status.textContent = "";
        const zip = exportSubmission(exercises);
        if (!zip) return void (status.textContent = m.exportNothing[lang]);
        const name = nameInput.value.trim();
        const file = courseZipName(name);
        const count = exercises.filter((exercise) => readSavedCode(exercise.id).kind === "saved").length;
        const url = URL.createObjectURL(new Blob([zip as BlobPart], {type: "application/zip"}));
        element("a", {href: url, download: file}).click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        status.textContent = [m.exported(count, file)[lang], name ? "" : m.noName[lang]].join(" ").trim();
      },
      (message) => (status.textContent = m.exportFailed(message)[lang])
    );
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
  return element(
    "div",
    {class: "convlab-work"},
    element("label", {class: "convlab-student"}, m.studentName[lang], " ", nameInput),
    exportButton,
    importButton,
    fileInput,
    status
  );
}
