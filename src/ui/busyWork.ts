/** The message of anything thrown: an Error's message, or the value itself as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a control's async work with its busy and error states: the control is disabled (and
 * `aria-busy`) while the work runs, a failure's message goes to `failed`, and the control is
 * enabled again however the work ended. Resolves to whether the work succeeded; never rejects.
 */
export async function runBusy(
  control: HTMLButtonElement | HTMLInputElement,
  work: () => Promise<void>,
  failed: (message: string) => void
): Promise<boolean> {
  control.disabled = true;
  control.setAttribute("aria-busy", "true");
  try {
    await work();
    return true;
  } catch (error) {
    failed(errorMessage(error));
    return false;
  } finally {
    control.disabled = false;
    control.removeAttribute("aria-busy");
  }
}
