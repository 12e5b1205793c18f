/**
 * Characters that change how text is shown rather than being shown: C0 controls (line breaks, tabs
 * and ESC, which starts terminal escape sequences), DEL, C1 controls (CSI among them), the line and
 * paragraph separators, and the marks and overrides that reorder bidirectional text.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text that a student controls (a message a submission produced, a file, folder or student name),
 * made safe to print on a terminal, in a log or in a file: every character of {@link unsafe} is
 * written as an escape (`\x1b`, `\n`, `\u202e`), so that it can neither clear the screen, draw a
 * forged line, nor reorder what follows. Everything else, Cyrillic included, is left as it is.
 * Escaping twice changes nothing more.
 */
export function escapeControl(text: string): string {
  return text.replace(unsafe, (char) => {
    const code = char.charCodeAt(0);
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
