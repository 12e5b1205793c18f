/** Limits for reading CSV that someone else wrote (an instructor's roster exported from an LMS). */
export interface CsvLimits {
  maxRecords: number;
  maxFieldsPerRecord: number;
  maxFieldChars: number;
}

export const defaultCsvLimits: CsvLimits = {maxRecords: 50_000, maxFieldsPerRecord: 256, maxFieldChars: 4096};

export class CsvError extends Error {}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into records, skipping a
 * UTF-8 byte-order mark and blank lines. Throws a {@link CsvError} with the line number on an
 * unterminated quote or when a limit is passed, rather than building something unbounded.
 */
export function parseCsv(text: string, limits: CsvLimits = defaultCsvLimits): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  const endField = () => {
    if (record.length >= limits.maxFieldsPerRecord)
      throw new CsvError(`line ${line}: more than ${limits.maxFieldsPerRecord} fields`);
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    if (record.length > 1 || record[0] !== "") {
      if (records.length >= limits.maxRecords) throw new CsvError(`more than ${limits.maxRecords} records`);
      records.push(record);
    }
    record = [];
  };
  for (let i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length; ++i) {
    const c = text[i];
    if (field.length > limits.maxFieldChars)
      throw new CsvError(`line ${line}: a field longer than ${limits.maxFieldChars} characters`);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += c;
        ++i;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") ++line;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") endField();
    else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") ++i;
      endRecord();
      ++line;
    } else field += c;
  }
  if (quoted) throw new CsvError(`line ${quoteLine}: a quoted field is not closed`);
  if (field || record.length) endRecord();
  return records;
}
