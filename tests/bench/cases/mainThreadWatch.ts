/**
 * The longest the page's main thread was blocked while `work` ran: a heartbeat posted every
 * few milliseconds through a MessageChannel (not throttled like timers), and the largest gap
 * between two beats. The Long Tasks API only sees blocks over 50 ms; this sees all of them.
 */
export async function longestBlockDuring<T>(work: () => Promise<T>): Promise<{ result: T; longestBlockMs: number }> {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(() => channel.port2.postMessage(null), 4);
  };
  channel.port2.postMessage(null);
  try {
    const result = await work();
    return { result, longestBlockMs: longest };
  } finally {
    running = false;
    channel.port1.close();
  }
}
