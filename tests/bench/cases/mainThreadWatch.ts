/**
 * How long the page's main thread was unavailable while `work` ran, two ways:
 * - `longestBlockMs`: the largest gap between heartbeats posted every few milliseconds through a
 *   MessageChannel (not throttled like timers). It sees every pause, including the ones where the
 *   thread had nothing to run but the operating system did not schedule it (on two shared cores,
 *   a busy worker and IndexedDB's own threads alone make gaps of 100 ms and more).
 * - `longestTaskMs`: the longest task the page itself ran (Long Tasks API, which reports tasks
 *   of 50 ms or more; 0 when there were none): what the page's own code cost the window.
 */
export async function longestBlockDuring<T>(work: () => Promise<T>): Promise<{ result: T; longestBlockMs: number; longestTaskMs: number }> {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let longestTask = 0;
  let running = true;
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  tasks.observe({ type: 'longtask' });
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(() => channel.port2.postMessage(null), 4);
  };
  channel.port2.postMessage(null);
  try {
    const result = await work();
    // Long tasks are reported after they end: collect the ones still queued.
    for (const entry of tasks.takeRecords()) longestTask = Math.max(longestTask, entry.duration);
    return { result, longestBlockMs: Math.max(longest, performance.now() - last), longestTaskMs: longestTask };
  } finally {
    running = false;
    tasks.disconnect();
    channel.port1.close();
  }
}
