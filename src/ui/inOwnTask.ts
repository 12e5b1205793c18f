import {yieldToEventLoop} from "../core/yieldToEventLoop.js";

/**
 * Builds a lesson's figure, table, demo or editor in a task of its own, and resolves to what `build`
 * returns. A lesson's cells all run once its first cell's imports (tfjs on its backend) have loaded:
 * Framework's runtime computes them in one go, so their synchronous work added up to one long task
 * (lesson 3's figures and tables: 336 ms; lesson 1's editors and demos: 110–340 ms). A cell written
 * `display(await inOwnTask(() => figure(...)))` waits for its turn on the event loop first: each such
 * cell runs in a task of its own, in page order, and the page stays responsive between them.
 */
export async function inOwnTask<T>(build: () => T): Promise<Awaited<T>> {
  await yieldToEventLoop();
  return await build();
}
