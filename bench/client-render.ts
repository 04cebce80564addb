// Explorer render benchmark: the built client in headless Chromium draws a 2,000-node /
// 5,000-edge slice with the app's stylesheet and its large-graph layout (fcose draft).
// Prints add / layout / first-frame times; target < 3 s in total.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from '../server/cli/ensure-client.ts';
import type { EntityType, GraphSlice } from '../client/src/types.ts';
import { launchChromium, serveStatic } from './browser.ts';

const NODES = Number(process.env.BENCH_NODES ?? 2000);
const EDGES = Number(process.env.BENCH_EDGES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A deterministic slice shaped like ours: a few hubs (reforms, cities) and many leaves. */
function syntheticSlice(n: number, m: number): GraphSlice {
  let seed = 42;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const types: EntityType[] = ['REFORM', 'JURISDICTION', 'AGENCY', 'REGULATION', 'REPORT'];
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    type: types[i % types.length]!,
    label: `节点${i}号改革事项`,
    year: 2015 + (i % 10),
  }));
  const edges = [];
  for (let i = 0; i < m; i++) {
    const a = i < n - 1 ? i + 1 : Math.floor(rand() * n);
    // Preferential-ish: half the edges hit the first 5% of nodes, like hubs in a real slice.
    const b = rand() < 0.5 ? Math.floor(rand() * n * 0.05) : Math.floor(rand() * a);
    edges.push({
      id: `r${i}`,
      source: `n${a}`,
      target: `n${b === a ? (a + 1) % n : b}`,
      type: 'ADOPTED',
      year: 2015 + (i % 10),
      evidence: [],
    });
  }
  return { nodes, edges };
}

/**
 * CPU seconds used so far by every process descending from this one (the Chromium browser,
 * renderer and GPU processes). On a shared, loaded machine wall time includes waiting for a
 * core; CPU time is the work itself, i.e. roughly the wall time on an idle machine.
 */
function descendantsCpuSeconds(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  const isOurs = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (isOurs(pid)) total += t;
  return total / 100;
}

async function main(): Promise<void> {
  await ensureClientBuilt();
  const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'client');
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  const slice = syntheticSlice(NODES, EDGES);
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(site.url);
    await page.waitForFunction(() => Boolean(window.explorer && window.cy));
    console.log(
      `slice: ${NODES} nodes, ${EDGES} edges; the app's own path: merge → filters → level of detail → fcose (draft above 300 nodes)`,
    );
    const busy = async (): Promise<number> => descendantsCpuSeconds();
    const totals: number[] = [];
    const busyTotals: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const busy0 = await busy();
      const t = await page.evaluate(async (s) => {
        window.cy!.elements().remove();
        const t0 = performance.now();
        await window.explorer!.showSlice(s);
        const t1 = performance.now();
        // Two frames: the first schedules the redraw, the second runs after it painted.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const t2 = performance.now();
        return {
          layout: t1 - t0,
          render: t2 - t1,
          total: t2 - t0,
          nodes: window.cy!.nodes().length,
          edges: window.cy!.edges().length,
        };
      }, slice);
      const busyS = (await busy()) - busy0;
      totals.push(t.total);
      busyTotals.push(busyS);
      console.log(
        `run ${run}: ${t.nodes} nodes / ${t.edges} edges — add+layout ${t.layout.toFixed(0)} ms, first frame ${t.render.toFixed(0)} ms, ` +
          `total ${(t.total / 1000).toFixed(2)} s wall, Chromium CPU ${busyS.toFixed(2)} s`,
      );
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    console.log(
      `median: ${(median(totals) / 1000).toFixed(2)} s wall, ${median(busyTotals).toFixed(2)} s Chromium CPU (target < 3 s); ` +
        `machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
    );
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
