// Shared by the ingest benchmarks: load row sets the way `npm run ingest` does (one transaction per
// report, several in flight), and read a process's CPU time so rates can be reported per CPU-ms.
import { readFileSync } from 'node:fs';
import type { Db } from '../server/db/run-cypher.ts';
import type { GraphRows } from '../server/ingest/graph-row-types.ts';
import { loadRows } from '../server/ingest/load-report.ts';

export const ms = (t0: number) => performance.now() - t0;

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
export function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the ")" of the command name: utime and stime are fields 14 and 15 (1-based).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Loads every row set with `concurrency` transactions in flight; returns per-report latencies. */
export async function loadAll(db: Db, all: GraphRows[], concurrency: number) {
  const latencies: number[] = [];
  const status = { created: 0, unchanged: 0, replaced: 0 };
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const rows = all[next++]!;
      const t0 = performance.now();
      const res = await loadRows(db, rows);
      latencies.push(ms(t0));
      status[!res.created ? 'unchanged' : res.replaced ? 'replaced' : 'created'] += 1;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: ms(t0) / 1000, latencies: latencies.sort((a, b) => a - b), status };
}
