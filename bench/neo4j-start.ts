// Embedded Neo4j start-up cost: cold start (fresh directory, store creation included), warm start
// (existing store), time to the first answered query, stop time, and the JVM's resident memory.
// Usage: npx tsx bench/neo4j-start.ts [heap=512m] [pageCache=256m] [warmRuns=3]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { Db } from '../server/db/run-cypher.ts';
import { ensureLauncher, neo4jVersion } from '../server/neo4j/build-launcher.ts';
import { startEmbedded } from '../server/neo4j/embedded.ts';

const [heap = '512m', pageCache = '256m', warmRunsArg = '3'] = process.argv.slice(2);
const warmRuns = Number(warmRunsArg);

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU seconds (user + system) the process has used: comparable across busy and idle machines. */
function cpuSeconds(pid: number): number {
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of those.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100; // USER_HZ is 100 on Linux
}

interface Run {
  ready: number;
  readyCpu: number;
  firstQuery: number;
  schema: number;
  stop: number;
  rss: number;
}

async function run(dataDir: string, logFile: string): Promise<Run> {
  const t0 = performance.now();
  const db = await startEmbedded({ dataDir, boltPort: 0, heap, pageCache, logFile });
  const ready = performance.now() - t0;
  const readyCpu = cpuSeconds(db.pid);
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  try {
    const t1 = performance.now();
    await driver.executeQuery('RETURN 1');
    const firstQuery = performance.now() - t1;
    const t2 = performance.now();
    await new Db(driver).runScript('schema');
    const schema = performance.now() - t2;
    const rss = rssMiB(db.pid);
    await driver.close();
    const t3 = performance.now();
    await db.stop();
    return { ready, readyCpu, firstQuery, schema, stop: performance.now() - t3, rss };
  } catch (err) {
    await driver.close();
    await db.stop();
    throw err;
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function print(label: string, r: Run): void {
  console.log(
    `${label.padEnd(8)} READY ${s(r.ready).padStart(8)} (JVM CPU ${r.readyCpu.toFixed(1)} s) · first query ${s(r.firstQuery).padStart(7)} · ` +
      `schema ${s(r.schema).padStart(7)} · RSS ${r.rss.toFixed(0).padStart(4)} MiB · stop ${s(r.stop)}`,
  );
}

await ensureLauncher();
const [load1] = (await import('node:os')).loadavg();
console.log(`load average ${load1?.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
const root = mkdtempSync(join(tmpdir(), 'reformgraph-bench-'));
try {
  console.log(`embedded Neo4j ${neo4jVersion()} · heap ${heap} · page cache ${pageCache} · data ${root}`);
  const dataDir = join(root, 'neo4j');
  const logFile = join(root, 'neo4j.log');
  print('cold', await run(dataDir, logFile));
  const warm: Run[] = [];
  for (let i = 0; i < warmRuns; i += 1) {
    const r = await run(dataDir, logFile);
    warm.push(r);
    print(`warm ${i + 1}`, r);
  }
  if (warm.length > 0) {
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    console.log(
      `warm median: READY ${s(median(warm.map((r) => r.ready)))}, ` +
        `RSS ${median(warm.map((r) => r.rss)).toFixed(0)} MiB`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
