import {describe, expect, it} from "vitest";
import * as messages from "../../../src/i18n/messages/index.js";

/** Every `Localized` leaf of a table (functions are messages with arguments: called elsewhere). */
function leaves(table: object, path: string): Array<[string, unknown]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, unknown]> => {
    if (typeof value === "function") return [];
    if (value && typeof value === "object" && !("ru" in value && "en" in value)) return leaves(value, `${path}.${key}`);
    return [[`${path}.${key}`, value]];
  });
}

const tables = Object.entries(messages);

describe("the message tables", () => {
  it("are all named <concept>Messages", () => {
    expect(tables.length).toBeGreaterThan(10);
    for (const [name] of tables) expect(name).toMatch(/^[a-z][A-Za-z]*Messages$/);
  });

  it.each(tables)("%s: every text has a Russian and an English version", (name, table) => {
    for (const [path, text] of leaves(table, name)) {
      expect(text, path).toEqual({ru: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/)});
    }
  });
});
