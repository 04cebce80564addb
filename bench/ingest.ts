// npm run bench:ingest -- [--reports 3000] [--concurrency 4] [--warmup 200] [--keep-dir DIR] [--heap 1g] [--page-cache 512m] [--tiered-jit]
//   [--neo4j-settings name=value,name=value]   (extra Neo4j settings for the embedded JVM, to try one)
// Generates a synthetic Zhejiang corpus (bench/corpus.ts), extracts it (timed on its own), then loads
// it into a fresh embedded Neo4j — one write transaction per report, several in flight — and prints
// reports/s for the load alone and for extraction alone. With NEO4J_URI set it loads there instead.
// --concurrency defaults to 4 transactions in flight, as `npm run ingest` loads (ingest-files.ts).
// The first --warmup reports are loaded and timed apart: a fresh JVM compiles Cypher plans and JITs
// for a while, and that start-up cost is printed, not mixed into the steady-state rate.
// The JVM runs with C1 only, like the ingest CLI's (EmbeddedOptions.quickJit); --tiered-jit compares
// with the JVM's default tiered C1+C2 JIT.
// --keep-dir DIR keeps the loaded store so the API benchmarks can start on it:
//   NEO4J_DATA_DIR=DIR npm start     (or startEmbedded({dataDir: DIR, …}))
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../server/config.ts';
import { extractReport } from '../server/extract/index.ts';
import type { ExtractedReport } from '../server/extract/model.ts';
import { openNeo4j } from '../server/neo4j/open.ts';
import { buildGraphRows, factCount } from '../server/ingest/graph-rows.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { benchArgs } from './args.ts';
import { generateCorpus } from './corpus.ts';
import { cpuSeconds, loadAll, ms, percentile } from './load-rows.ts';

interface Args {
  reports: number;
  concurrency: number;
  warmup: number;
  keepDir: string | null;
  heap: string;
  pageCache: string;
  tieredJit: boolean;
  neo4jSettings: Record<string, string>;
}

function parseArgs(argv: string[]): Args {
  const args = benchArgs(argv, {
    reports: 3000,
    concurrency: 4,
    warmup: 200,
    keepDir: null,
    heap: '1g',
    pageCache: '512m',
    tieredJit: false,
    neo4jSettings: null,
  });
  const neo4jSettings: Record<string, string> = {};
  for (const pair of (args.neo4jSettings ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--neo4j-settings takes name=value pairs separated by commas, got "${pair}"`);
    neo4jSettings[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return { ...args, keepDir: args.keepDir === null ? null : resolve(args.keepDir), neo4jSettings };
}

const fmt = (n: number, d = 1) => n.toFixed(d);

async function counts(driver: Driver): Promise<string> {
  // Inline on purpose: a benchmark diagnostic, not a product query.
  const labels = await driver.executeQuery(
    'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS c ORDER BY label',
  );
  const rels = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c ORDER BY type',
  );
  const show = (records: typeof labels.records, key: string) =>
    records.map((r) => `${r.get(key)} ${r.get('c').toNumber()}`).join(', ');
  return `nodes: ${show(labels.records, 'label')}\nrelationships: ${show(rels.records, 'type')}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`bench:ingest — ${args.reports} generated reports, ${args.concurrency} transactions in flight`);

  let t0 = performance.now();
  const corpus = generateCorpus({ reports: args.reports });
  const bytes = corpus.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  console.log(`generate: ${fmt(ms(t0) / 1000, 2)} s, ${fmt(bytes / 1e6)} MB of text`);

  const extract = extractReport;
  const places = gazetteerLookup();
  t0 = performance.now();
  const extracted: ExtractedReport[] = corpus.map((r) => extract(r.text, r.file));
  const extractSeconds = ms(t0) / 1000;
  t0 = performance.now();
  const rows = extracted.map((x) => buildGraphRows(x, { places }));
  const rowsSeconds = ms(t0) / 1000;
  const facts = rows.reduce((n, r) => n + factCount(r), 0);
  const skipped = rows.reduce((n, r) => n + r.skipped.length, 0);
  console.log(
    `extract: ${fmt(extractSeconds, 2)} s = ${fmt(args.reports / extractSeconds)} reports/s (single thread); ` +
      `graph rows: ${fmt(rowsSeconds, 2)} s; ${facts} fact relationships (${fmt(facts / args.reports)}/report), ${skipped} facts skipped`,
  );

  let tempRoot: string | undefined;
  const root = process.env.NEO4J_URI
    ? undefined
    : (args.keepDir ?? (tempRoot = mkdtempSync(join(tmpdir(), 'reformgraph-bench-'))));
  const config = {
    ...loadConfig(),
    ...(root && { neo4jDataDir: root, neo4jBoltPort: 0 }),
    neo4jHeap: args.heap,
    neo4jPageCache: args.pageCache,
  };
  const database = await openNeo4j(config, {
    say: (line) => console.log(line),
    verify: true,
    embedded: {
      logFile: root && join(root, 'bench-neo4j.log'),
      quickJit: !args.tieredJit,
      settings: args.neo4jSettings,
    },
  });
  if (database.mode === 'embedded') {
    console.log(
      `neo4j: embedded at ${database.config.neo4jUri}, store ${root} (heap ${args.heap}, page cache ${args.pageCache}, JIT ${args.tieredJit ? 'tiered C1+C2' : 'C1 only'}` +
        `${Object.keys(args.neo4jSettings).length ? `; ${Object.entries(args.neo4jSettings).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''})`,
    );
  } else {
    console.log(`neo4j: ${database.where} (NEO4J_URI; existing data is kept, reports already there count as unchanged)`);
  }
  const { driver } = database;
  const jvmPid = database.jvmPid();
  try {
    const { db } = database;
    await ensureIngestSchema(db);

    const warm = rows.slice(0, Math.min(args.warmup, rows.length - 1));
    const timed = rows.slice(warm.length);
    const timedFacts = timed.reduce((n, r) => n + factCount(r), 0);
    const w = await loadAll(db, warm, args.concurrency);
    console.log(
      `warm-up: ${warm.length} reports in ${fmt(w.seconds, 2)} s = ${fmt(warm.length / w.seconds)} reports/s (plan compilation, JIT)`,
    );
    const queriesBefore = db.queries;
    // CPU per report is steadier than reports/s when other work shares the machine.
    const jvmBefore = cpuSeconds(jvmPid);
    const nodeBefore = process.cpuUsage();
    const load = await loadAll(db, timed, args.concurrency);
    const jvmAfter = cpuSeconds(jvmPid);
    const nodeCpu = process.cpuUsage(nodeBefore);
    const perReport = (db.queries - queriesBefore) / timed.length;
    const lat = load.latencies;
    console.log(
      `load: ${timed.length} reports in ${fmt(load.seconds, 2)} s = ${fmt(timed.length / load.seconds)} reports/s ` +
        `(${fmt(timedFacts / load.seconds, 0)} facts/s; ${load.status.created} created, ${load.status.unchanged} unchanged, ${load.status.replaced} replaced; ` +
        `${fmt(perReport)} statements/report; tx latency p50 ${fmt(percentile(lat, 50))} ms, p99 ${fmt(percentile(lat, 99))} ms)`,
    );
    const jvmMs =
      jvmBefore === null || jvmAfter === null ? null : ((jvmAfter - jvmBefore) * 1000) / timed.length;
    console.log(
      `cpu per report during the load: neo4j ${jvmMs === null ? 'n/a' : fmt(jvmMs)} ms, node ${fmt((nodeCpu.user + nodeCpu.system) / 1000 / timed.length)} ms ` +
        `(load average ${loadavg()
          .map((x) => fmt(x, 2))
          .join(' ')})`,
    );
    const loadSeconds = w.seconds + load.seconds;
    const sample = rows.slice(0, Math.min(500, rows.length));
    const again = await loadAll(db, sample, args.concurrency);
    console.log(
      `reload of ${sample.length} unchanged: ${fmt(sample.length / again.seconds)} reports/s (${again.status.unchanged} unchanged)`,
    );
    console.log(
      `end to end (extract + rows + load, extraction not overlapped): ${fmt(rows.length / (extractSeconds + rowsSeconds + loadSeconds))} reports/s (warm-up included)`,
    );
    console.log(await counts(driver));
  } finally {
    await database.close();
    if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
  }
  if (args.keepDir)
    console.log(`kept the store in ${args.keepDir}: NEO4J_DATA_DIR=${args.keepDir} npm start`);
}

main().catch((err: Error) => {
  console.error(`bench:ingest: ${err.message}`);
  process.exitCode = 1;
});
