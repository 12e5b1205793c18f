import {escapeControl} from "../check/controlText.js";

/** A cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection): names
 * come from folder names, which students choose; so control characters (line breaks included) and
 * bidirectional overrides are written escaped (`\n`, `\u202e`), as in every other report.
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const escaped = escapeControl(value);
  const text = formulaStart.test(escaped) ? `'${escaped}` : escaped;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, with the CRLF that RFC 4180 ends records with. */
export function csvRecord(fields: Array<string | number>): string {
  return fields.map(csvField).join(",") + "\r\n";
}
