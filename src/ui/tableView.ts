import {element} from "./dom.js";

/** A plain table of records: `columns` maps each field to its header. */
export function tableView<T extends Record<string, unknown>>(
  rows: readonly T[],
  columns: Partial<Record<keyof T & string, string>>
): HTMLTableElement {
  const fields = Object.keys(columns) as Array<keyof T & string>;
  return element(
    "table",
    {class: "convlab-table"},
    element("thead", {}, element("tr", {}, ...fields.map((field) => element("th", {}, columns[field]!)))),
    element(
      "tbody",
      {},
      ...rows.map((row) => element("tr", {}, ...fields.map((field) => element("td", {}, String(row[field])))))
    )
  );
}
