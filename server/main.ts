// The entry point and the only `listen`. Without NEO4J_URI it builds and starts the embedded Neo4j
// first; on SIGINT/SIGTERM it closes the app (and with it the driver) before stopping the database,
// so no query is cut off by a vanishing server and no JVM outlives us.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { ensureLauncher, neo4jVersion } from './neo4j/build-launcher.ts';
import { type EmbeddedNeo4j, startEmbedded } from './neo4j/embedded.ts';
import { repairOnStart } from './ingest/repair.ts';
import { COMPILED } from './paths.ts';

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

async function startDatabase(config: Config): Promise<EmbeddedNeo4j> {
  await ensureLauncher();
  const dataDir = resolve(config.neo4jDataDir);
  const logFile = join(dirname(dataDir), `${relative(dirname(dataDir), dataDir)}.log`);
  const started = Date.now();
  const embedded = await startEmbedded({
    dataDir,
    boltPort: config.neo4jBoltPort,
    heap: config.neo4jHeap,
    pageCache: config.neo4jPageCache,
    logFile,
  });
  console.log(
    `neo4j: embedded ${neo4jVersion()} at ${embedded.uri} (data ${relative(process.cwd(), dataDir) || '.'}, ` +
      `heap ${config.neo4jHeap}, page cache ${config.neo4jPageCache}, ` +
      `started in ${((Date.now() - started) / 1000).toFixed(1)} s) — log: ${relative(process.cwd(), logFile)}`,
  );
  return embedded;
}

/** The store engineer's seed loader, when it exists; the server runs fine without it. */
async function seed(app: FastifyInstance): Promise<void> {
  const file = fileURLToPath(new URL(`./ingest/seed.${COMPILED ? 'js' : 'ts'}`, import.meta.url));
  if (!existsSync(file)) return;
  try {
    const mod = (await import(file)) as { seedIfEmpty?: (app: FastifyInstance) => Promise<unknown> };
    await mod.seedIfEmpty?.(app);
  } catch (err) {
    app.log.error({ err }, 'seeding the demo corpus failed; the server keeps running');
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    fail((err as Error).message);
  }

  let embedded: EmbeddedNeo4j | undefined;
  if (config.neo4jUri) {
    console.log(`neo4j: using ${config.neo4jUri} (NEO4J_URI set; no embedded database started)`);
  } else {
    try {
      embedded = await startDatabase(config);
    } catch (err) {
      fail((err as Error).message);
    }
    // The embedded database has authentication off; any configured credentials would be ignored.
    config = { ...config, neo4jUri: embedded.uri, neo4jPassword: undefined };
  }

  let app: FastifyInstance | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`\n${signal}: shutting down…`);
    try {
      await app?.close();
    } catch (err) {
      console.error(`error while closing the server: ${(err as Error).message}`);
    }
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    app = await buildApp(config);
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    console.error(`error: server did not start: ${(err as Error).message}`);
    await app?.close().catch(() => {});
    await embedded?.stop();
    process.exit(1);
  }

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const base = `http://${host}:${port}`;
  console.log(
    `reformgraph: listening on ${base} — explorer ${base}/ · GraphQL ${base}/graphql` +
      (config.graphiql ? ` · GraphiQL ${base}/graphiql` : '') +
      ` · health ${base}/healthz`,
  );

  // Reports an older loader stored without a jurisdiction or year: placed from their text, or removed and recorded as refused.
  await repairOnStart(app);
  if (config.seedOnStart) await seed(app);
}

void main();
