import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

/** The course's root folder (where package.json, data/, solutions/ and node_modules are). Node only. */
export const courseRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
