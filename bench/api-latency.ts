// npm run bench:api -- [--data-dir DIR] [--reports 2000] [--clients 16] [--requests 800] [--heaviest] [--heap 1g] [--page-cache 512m]
// API latency at N concurrent clients on a realistic graph: `spread` and `neighborhood(depth: 2)` through
// real HTTP on 127.0.0.1 (Fastify + mercurius), through app.inject (no socket), and the same Cypher
// statements run directly with the driver — the difference is what the GraphQL layer costs.
// --heaviest adds spread of the five most adopted reforms (thousands of adoptions each: slow).
// HTTP runs twice more with the answer cache on (the server's default): once with the corpus standing
// still, once with a writer publishing a new corpus version every second (as `npm run ingest` does
// while it loads), which empties the cache's usefulness every second.
// The graph: NEO4J_URI if set; else an embedded Neo4j on --data-dir (e.g. a store kept by
// `npm run bench:ingest -- --keep-dir DIR`), loaded with --reports generated reports when it is empty.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { Db } from '../server/db/run-cypher.ts';
import { extractReport } from '../server/extract/index.ts';
import { reformKey } from '../server/extract/normalize.ts';
import { int } from '../server/graphql/limits.ts';
import { entitiesByIds } from '../server/graphql/loaders.ts';
import { EDGES_PER_NODE } from '../server/graphql/queries/graph.ts';
import { loadReport } from '../server/ingest/load-report.ts';
import { bumpCorpusVersion, publishWrites } from '../server/ingest/publish-writes.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { openNeo4j } from '../server/neo4j/open.ts';
import { benchArgs } from './args.ts';
import { generateCorpus } from './corpus.ts';
import { drive } from './drive.ts';
import { httpRun } from './http-clients.ts';

interface Args {
  dataDir: string | null;
  reports: number;
  clients: number;
  requests: number;
  heap: string;
  pageCache: string;
  heaviest: boolean;
}

function parseArgs(argv: string[]): Args {
  const args = benchArgs(argv, {
    dataDir: null,
    reports: 2000,
    clients: 16,
    requests: 800,
    heap: '1g',
    pageCache: '512m',
    heaviest: false,
  });
  return { ...args, dataDir: args.dataDir === null ? null : resolve(args.dataDir) };
}

const SPREAD = `query($r: String!) { spread(reform: $r) { year jurisdiction { id name }
  evidence { quote start end report { id name year } } } }`;
const NEIGHBORHOOD = `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id type label year }
  edges { id source target type year } } }`;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function line(name: string, r: { latencies: number[]; seconds: number }) {
  const l = r.latencies;
  console.log(
    `${name.padEnd(50)} p50 ${pct(l, 50).toFixed(1).padStart(6)} ms  p95 ${pct(l, 95).toFixed(1).padStart(6)} ms  ` +
      `p99 ${pct(l, 99).toFixed(1).padStart(6)} ms  ${(l.length / r.seconds).toFixed(0).padStart(5)} req/s`,
  );
  return pct(l, 50);
}

async function ensureCorpus(db: Db, reports: number): Promise<void> {
  const [row] = await db.read<{ reports: number }>('stats-years');
  if ((row?.reports ?? 0) > 0) return;
  console.log(`graph is empty: generating and loading ${reports} reports…`);
  await ensureIngestSchema(db);
  const extract = extractReport;
  const places = gazetteerLookup();
  const corpus = generateCorpus({ reports });
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < corpus.length) {
        const r = corpus[next++]!;
        await loadReport(db, extract(r.text, r.file), { source: r.file, places });
      }
    }),
  );
}

/** The statements the GraphQL spread query runs, in the same dependency order, straight on the driver. */
async function directSpread(db: Db, name: string): Promise<void> {
  const [reform] = await db.read('reform-by-name', { id: `reform:${reformKey(name)}`, name });
  if (!reform) return;
  const id = (reform.node as { id: string }).id;
  const facts = await db.read('facts-by-reform-ids', { ids: [id], types: ['ADOPTED'] });
  const places = [...new Set(facts.map((f) => String(f.src)))];
  const reports = [...new Set(facts.map((f) => String((f.props as { reportId: string }).reportId)))];
  // GraphQL's two entity loaders (Adoption.jurisdiction, Evidence.report) end up in flight together.
  await Promise.all([entitiesByIds(db, places), entitiesByIds(db, reports)]);
}

async function directNeighborhood(db: Db, id: string): Promise<void> {
  const [start] = await db.read('node-by-id', { id });
  if (!start) return;
  const seen = [String(start.eid)];
  let frontier = [...seen];
  for (let d = 0; d < 2; d++) {
    const rows = await db.read('neighborhood-step', {
      frontier,
      seen,
      labels: null,
      limit: int(300 - seen.length),
    });
    frontier = rows.map((r) => String(r.eid));
    seen.push(...frontier);
  }
  await db.read('edges-among', { eids: seen, limit: int(EDGES_PER_NODE * 300) });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let tempRoot: string | undefined;
  const root = process.env.NEO4J_URI
    ? undefined
    : (args.dataDir ?? (tempRoot = mkdtempSync(join(tmpdir(), 'reformgraph-bench-api-'))));
  const database = await openNeo4j(
    {
      ...loadConfig(),
      ...(root && { neo4jDataDir: root, neo4jBoltPort: 0 }),
      neo4jHeap: args.heap,
      neo4jPageCache: args.pageCache,
    },
    { say: (l) => console.log(l), verify: true, embedded: { logFile: root && join(root, 'bench-api-neo4j.log') } },
  );
  const { driver } = database;
  const apps: FastifyInstance[] = [];
  try {
    const { db } = database;
    await ensureCorpus(db, args.reports);
    await publishWrites(db); // a store loaded without publishing has no version: nothing would be cached
    // Many requests a second from one client is the point here: no rate limits.
    const config = {
      ...database.config,
      logLevel: 'silent' as const,
      seedOnStart: false,
      graphiql: false,
      rateLimitPerMinute: 0,
      rateLimitWritesPerMinute: 0,
      rateLimitExpensivePerMinute: 0,
    };
    const serve = async (answerCacheBytes: number) => {
      const app = await buildApp({ ...config, answerCacheBytes }, { driver, logger: false });
      apps.push(app);
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      return {
        app,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`,
      };
    };
    const { app, url } = await serve(0);
    const cached = await serve(config.answerCacheBytes);

    // Targets: reforms spread evenly over the adoption ranking (what an analyst clicking around meets)
    // and the five most adopted ones (the heaviest spread answers in the graph), by name and by id.
    const ranked = (await db.read('reforms-page', { limit: int(100_000), offset: int(0) })).map(
      (r) => r.node as { name: string; id: string },
    );
    const step = Math.max(1, Math.floor(ranked.length / 20));
    const typical = ranked.filter((_, i) => i % step === 0).slice(0, 20);
    const heaviest = ranked.slice(0, 5);
    const [stats] = await db.read('stats-years');
    const counts = await db.read('stats-counts');
    const adopted = counts.find((c) => c.label === 'ADOPTED')?.count;
    const sizes = async (set: { id: string }[]) => {
      const rows = await db.read('facts-by-reform-ids', { ids: set.map((r) => r.id), types: ['ADOPTED'] });
      return (rows.length / set.length).toFixed(0);
    };
    console.log(
      `graph: ${String(stats?.reports)} reports, ${ranked.length} reforms, ${String(adopted)} ADOPTED facts; ` +
        `${args.clients} clients, ${args.requests} requests per run (after ${Math.min(200, args.requests)} warm-up)`,
    );
    console.log(
      `targets: ${typical.length} reforms across the ranking (mean ${await sizes(typical)} adoptions each), ` +
        `${heaviest.length} most adopted (mean ${await sizes(heaviest)} adoptions each)`,
    );
    const inject = (query: string, variables: Record<string, unknown>) => async () => {
      const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
      if (res.json().errors) throw new Error(res.body);
    };
    const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

    const pick = <T>(set: T[], i: number) => set[i % set.length]!;
    const warm = Math.min(200, args.requests);
    const p50: Record<string, number> = {};
    const inProcess = async (name: string, work: (i: number) => Promise<void>) => {
      await drive(warm, args.clients, work); // warm caches, JIT, pools
      p50[name] = line(name, await drive(args.requests, args.clients, work));
    };
    const overHttp = async (name: string, to: string, bodies: string[], publishEveryMs = 0) => {
      const load = (total: number) => httpRun({ url: to, bodies, clients: args.clients, total });
      await load(warm);
      const timer =
        publishEveryMs > 0 ? setInterval(() => void bumpCorpusVersion(db), publishEveryMs) : undefined;
      // With a writer, run long enough (≥ 5× the requests) that several publishes land in the run.
      const result = await load(publishEveryMs > 0 ? args.requests * 5 : args.requests).finally(() =>
        clearInterval(timer),
      );
      p50[name] = line(name, result);
      if (to === cached.url)
        console.log(
          `  ${((100 * result.cacheHits) / result.latencies.length).toFixed(1)}% of answers from the cache`,
        );
    };

    const sets: [string, { name: string; id: string }[]][] = [['typical', typical]];
    if (args.heaviest) sets.push(['heaviest', heaviest]);
    for (const [label, set] of sets) {
      await inProcess(`spread/${label} direct Cypher (driver)`, (i) => directSpread(db, pick(set, i).name));
      await inProcess(`spread/${label} GraphQL app.inject`, (i) =>
        inject(SPREAD, { r: pick(set, i).name })(),
      );
      await overHttp(
        `spread/${label} GraphQL HTTP`,
        url,
        set.map((r) => body(SPREAD, { r: r.name })),
      );
    }
    const neighborhoods = typical.map((r) => body(NEIGHBORHOOD, { id: r.id }));
    await inProcess('neighborhood direct Cypher (driver)', (i) =>
      directNeighborhood(db, pick(typical, i).id),
    );
    await inProcess('neighborhood GraphQL app.inject', (i) =>
      inject(NEIGHBORHOOD, { id: pick(typical, i).id })(),
    );
    await overHttp('neighborhood GraphQL HTTP', url, neighborhoods);

    const spreads = typical.map((r) => body(SPREAD, { r: r.name }));
    await overHttp('answer cache: spread HTTP', cached.url, spreads);
    await overHttp('answer cache: neighborhood HTTP', cached.url, neighborhoods);
    await overHttp('answer cache: spread HTTP, publish every 1 s', cached.url, spreads, 1000);
    await overHttp('answer cache: neighborhood HTTP, publish every 1 s', cached.url, neighborhoods, 1000);
    for (const what of [...sets.map(([label]) => `spread/${label}`), 'neighborhood']) {
      const key = (suffix: string) =>
        Object.keys(p50).find((k) => k.startsWith(`${what} `) && k.endsWith(suffix))!;
      const direct = p50[key('(driver)')]!;
      console.log(
        `${what}: GraphQL overhead at p50 — app.inject ${((p50[key('inject')]! / direct - 1) * 100).toFixed(0)}%, ` +
          `HTTP ${((p50[key('HTTP')]! / direct - 1) * 100).toFixed(0)}%`,
      );
    }
  } finally {
    for (const app of apps) await app.close();
    await database.close();
    if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
