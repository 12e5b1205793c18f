/**
 * Lets the page handle events (a Stop click, a repaint) between two pieces of long work: training
 * steps, the chunks of a file being inflated. A message channel, unlike `setTimeout`, is neither
 * clamped to 4 ms when nested nor slowed down to once a second in a background tab.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === "function") return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
