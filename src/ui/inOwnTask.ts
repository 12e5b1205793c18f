import {yieldToEventLoop} from "../core/yieldToEventLoop.js";

/**
 * Builds a lesson's figure, table, demo or editor in a task of its own, and resolves to what `build`
 * returns. A lesson's cells run once the imports they use have loaded (most, those of the cell that
 * starts tfjs on its backend; the exercise cells, their own cell's): Framework's runtime computes all
 * the cells that were waiting in one go, so their synchronous work added up to one long task
 * (lesson 3's figures and tables: 336 ms; lesson 1's editors and demos: 110–340 ms). A cell written
 * `display(await inOwnTask(() => figure(...)))` waits for its turn on the event loop first: each such
 * cell runs in a task of its own, in page order, and the page stays responsive between them.
 */
export async function inOwnTask<T>(build: () => T): Promise<Awaited<T>> {
  await yieldToEventLoop();
  return await build();
}
