import {
  availableBackends,
  forgetBackendChoice,
  isSoftwareRenderer,
  runningBackend,
  savedBackendChoice,
  setupBrowserTf,
  useBackend,
  useFastestBackend,
  type BrowserBackend,
  type RunningBackend
} from "../backends/browser.js";
import {backendMessages, type Lang} from "../i18n/index.js";
import {element} from "./dom.js";

/** Options of {@link backendPicker}. */
export interface BackendPickerOptions {
  lang: Lang;
  /** The backend already started (by `setupBrowserTf`): the picker then shows it, and has it as its value, at once. */
  running?: RunningBackend;
}

/**
 * Shows which TensorFlow.js backend runs the page's cells and lets the student switch; the choice
 * is remembered on this site. Starts tfjs if no cell has yet. Works as a Framework input: its
 * `value` is the backend's name, and it fires `input` after every switch.
 */
export function backendPicker({
  lang,
  running
}: BackendPickerOptions): HTMLElement & {value: BrowserBackend | undefined} {
  const automatic = "auto";
  const select = element(
    "select",
    {class: "convlab-backend-select", disabled: true},
    element("option", {value: automatic}, backendMessages.automatic[lang]),
    ...availableBackends().map((name) => element("option", {value: name}, backendMessages.names[name][lang]))
  );
  const details = element("span", {class: "convlab-backend-details"}, backendMessages.starting[lang]);
  const notice = element("span", {class: "convlab-notice", role: "status"});
  const root = Object.assign(
    element(
      "div",
      {class: "convlab-backend-picker"},
      element("label", {}, backendMessages.label[lang], " ", select),
      " ",
      details,
      " ",
      notice
    ),
    {value: undefined as BrowserBackend | undefined}
  );

  const show = (running: RunningBackend) => {
    select.value = savedBackendChoice() ?? automatic;
    details.textContent = describeBackend(running, {lang});
    root.dataset.backend = running.name;
    root.value = running.name;
    select.disabled = false;
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };

  // The picker's own `input` comes once the backend has switched; the select's would come before.
  select.addEventListener("input", (event) => event.stopPropagation());
  select.addEventListener("change", async () => {
    select.disabled = true;
    notice.textContent = "";
    if (select.value === automatic) {
      forgetBackendChoice();
      show(await useFastestBackend());
      return;
    }
    const name = select.value as BrowserBackend;
    if (!(await useBackend(name))) notice.textContent = backendMessages.failed(name)[lang];
    show(await runningBackend());
  });

  if (running) show(running);
  else
    setupBrowserTf().then(show, (error: Error) => {
      details.textContent = error.message;
    });
  return root;
}

/** "WebAssembly (processor) · SIMD · 2 threads" and the like, in the page's language. */
export function describeBackend(
  running: RunningBackend,
  {
    lang = "en",
    crossOriginIsolated = Boolean(globalThis.crossOriginIsolated)
  }: {lang?: Lang; crossOriginIsolated?: boolean} = {}
): string {
  const parts = [backendMessages.names[running.name][lang]];
  if (running.name === "wasm") {
    if (running.simd) parts.push(backendMessages.simd[lang]);
    parts.push(
      running.threads <= 1 && !crossOriginIsolated
        ? backendMessages.oneThread[lang]
        : backendMessages.threads(running.threads)[lang]
    );
  }
  if (running.name === "webgl" && running.renderer) {
    parts.push(running.renderer);
    if (isSoftwareRenderer(running.renderer)) parts.push(backendMessages.softwareWebgl[lang]);
  }
  return parts.join(" · ");
}
