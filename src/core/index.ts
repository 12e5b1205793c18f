// The course's lowest layer: it imports nothing of the course (test/architecture/imports.test.ts).
// Convention for tf: library modules import the singleton, `import * as tf from "@convlab/tfjs"`; the
// runners (browser worker, Node sandbox) start that same instance, so no module takes tf as a parameter
// except where an existing caller's signature keeps it (Exercise.invoke/cases, printedView).
// courseRoot (Node only) is imported from ./courseRoot.js directly, never through this index.
export * from "./types.js";
export * from "./protocol.js";
export * from "./labeledImages.js";
export * from "./random.js";
export * from "./caches.js";
