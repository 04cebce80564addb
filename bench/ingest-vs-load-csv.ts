// npm run bench:ingest-vs-load-csv -- [--reports 10000] [--seed S] [--concurrency 4] [--heap 1g] [--page-cache 512m]
// Ingest beside Neo4j's own bulk path, in one run on one machine: the synthetic corpus (bench/corpus/)
// is extracted once; its graph rows are loaded (a) by ReformGraph's loader into a fresh embedded
// Neo4j, one transaction per report with `concurrency` in flight as `npm run ingest` does, and (b) as
// CSV files with LOAD CSV … CALL {} IN TRANSACTIONS into another fresh store. Prints a table of
// reports/s, facts/s and CPU ms per report for both and the ratio (target ≥ 0.5× LOAD CSV), and
// writes it to bench/results/ingest-vs-load-csv.json. Absolute rates depend on the machine; the ratio
// and CPU per report travel.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { Db } from '../server/db/run-cypher.ts';
import { extractReport } from '../server/extract/index.ts';
import { type GraphRows } from '../server/ingest/graph-row-types.ts';
import { buildGraphRows, factCount } from '../server/ingest/graph-rows.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { ensureLauncher } from '../server/neo4j/build-launcher.ts';
import { type EmbeddedNeo4j, startEmbedded } from '../server/neo4j/embedded.ts';
import { fromRoot } from '../server/paths.ts';
import { benchArgs } from './args.ts';
import { syntheticCorpus } from './corpus/generate.ts';
import { LOAD_ORDER, SEP, writeCsv } from './load-csv/write-csv.ts';
import { cpuSeconds, loadAll, ms } from './load-rows.ts';

interface Side {
  name: string;
  counts?: string;
  seconds: number;
  neo4jCpuMs: number | null;
  nodeCpuMs: number;
}

const fmt = (n: number | null, d = 1) => (n === null ? 'n/a' : n.toFixed(d));

async function withStore<T>(
  label: string,
  args: { heap: string; pageCache: string },
  settings: Record<string, string>,
  work: (db: Db, embedded: EmbeddedNeo4j) => Promise<T>,
): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), `reformgraph-${label}-`));
  const embedded = await startEmbedded({
    dataDir: root,
    boltPort: 0,
    heap: args.heap,
    pageCache: args.pageCache,
    logFile: join(root, 'neo4j.log'),
    quickJit: true,
    settings,
  });
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic(embedded.user, embedded.password));
  try {
    const db = new Db(driver);
    await ensureIngestSchema(db);
    return await work(db, embedded);
  } finally {
    await driver.close();
    await embedded.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

async function measure(name: string, embedded: EmbeddedNeo4j, run: () => Promise<void>): Promise<Side> {
  const jvm0 = cpuSeconds(embedded.pid);
  const node0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const seconds = ms(t0) / 1000;
  const jvm1 = cpuSeconds(embedded.pid);
  const node = process.cpuUsage(node0);
  return {
    name,
    seconds,
    neo4jCpuMs: jvm0 === null || jvm1 === null ? null : (jvm1 - jvm0) * 1000,
    nodeCpuMs: (node.user + node.system) / 1000,
  };
}

/** The graph each load built, so the table compares like with like. */
async function graphCounts(db: Db): Promise<string> {
  const rows = await db.read<{ kind: string; n: number }>('bench-graph-counts');
  return rows.map((r) => `${r.kind} ${r.n}`).join(', ');
}

async function main(): Promise<void> {
  const args = benchArgs(process.argv.slice(2), {
    reports: 10000,
    seed: 20261204,
    concurrency: 4,
    heap: '1g',
    pageCache: '512m',
  });
  await ensureLauncher((line) => console.log(`launcher: ${line}`));
  console.log(`bench:ingest-vs-load-csv — ${args.reports} synthetic reports (seed ${args.seed})`);

  let t0 = performance.now();
  const places = gazetteerLookup();
  const rows: GraphRows[] = [];
  for (const r of syntheticCorpus({ reports: args.reports, seed: args.seed })) {
    // The manifest's place and year, as `npm run ingest -- --manifest` would give them.
    const x = extractReport(r.text, r.file, { jurisdiction: r.code, year: r.year, cue: 'manifest' });
    rows.push(buildGraphRows(x, { places }));
  }
  const facts = rows.reduce((n, r) => n + factCount(r), 0);
  console.log(`extract + rows: ${fmt(ms(t0) / 1000, 1)} s (not timed below); ${facts} fact relationships`);

  const ours = await withStore('ingest', args, {}, async (db, embedded) => ({
    ...(await measure(`ReformGraph loader (${args.concurrency} tx in flight)`, embedded, async () => {
      await loadAll(db, rows, args.concurrency);
    })),
    counts: await graphCounts(db),
  }));

  const csvDir = mkdtempSync(join(tmpdir(), 'reformgraph-csv-'));
  t0 = performance.now();
  const csvRows = await writeCsv(csvDir, rows);
  console.log(`csv: ${Object.values(csvRows).reduce((a, b) => a + b, 0)} rows written in ${fmt(ms(t0) / 1000, 1)} s (not timed)`);
  const reference = await withStore(
    'load-csv',
    args,
    { 'server.directories.import': csvDir },
    async (db, embedded) => ({
      ...(await measure('LOAD CSV … CALL {} IN TRANSACTIONS', embedded, async () => {
        for (const [statement, file] of LOAD_ORDER) {
          await db.writeAutoCommit(statement, { url: `file:///${file}`, sep: SEP });
        }
      })),
      counts: await graphCounts(db),
    }),
  );
  rmSync(csvDir, { recursive: true, force: true });

  const table = [ours, reference].map((s) => ({
    run: s.name,
    seconds: Number(s.seconds.toFixed(2)),
    reportsPerSecond: Number((rows.length / s.seconds).toFixed(1)),
    factsPerSecond: Math.round(facts / s.seconds),
    neo4jCpuMsPerReport: s.neo4jCpuMs === null ? null : Number((s.neo4jCpuMs / rows.length).toFixed(2)),
    nodeCpuMsPerReport: Number((s.nodeCpuMs / rows.length).toFixed(2)),
  }));
  const ratio = reference.seconds / ours.seconds;
  console.log('');
  console.log('| run | reports/s | facts/s | Neo4j CPU ms/report | Node CPU ms/report | wall s |');
  console.log('| --- | --: | --: | --: | --: | --: |');
  for (const t of table)
    console.log(
      `| ${t.run} | ${t.reportsPerSecond} | ${t.factsPerSecond} | ${fmt(t.neo4jCpuMsPerReport, 2)} | ${t.nodeCpuMsPerReport} | ${t.seconds} |`,
    );
  for (const s of [ours, reference]) console.log(`graph after ${s.name}: ${s.counts}`);
  console.log(`\nratio (ReformGraph rate / LOAD CSV rate): ${ratio.toFixed(2)}× — target ≥ 0.5×`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const out = fromRoot('bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'ingest-vs-load-csv.json'),
    `${JSON.stringify({ measured: new Date().toISOString(), reports: rows.length, facts, ratio: Number(ratio.toFixed(3)), table, loadAverage: loadavg() }, null, 2)}\n`,
  );
}

main().catch((err: Error) => {
  console.error(`bench:ingest-vs-load-csv: ${err.stack ?? err.message}`);
  process.exitCode = 1;
});
