// Closed-loop load: `clients` callers, each starting its next call when the last one returns — how
// analysts' tabs and scripts behave, and what "p99 at N concurrent clients" means in the targets.

/** `total` calls of `work(i)` with `clients` in flight; per-call latencies in ms (sorted), and wall time. */
export async function drive(total: number, clients: number, work: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const s = performance.now();
        await work(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - t0) / 1000 };
}
