// The entry point and the only `listen`. Without NEO4J_URI it builds and starts the embedded Neo4j
// first — supervised (restarted if it dies) and advertised in <data dir>/running.json so
// `npm run ingest` can load into it; on SIGINT/SIGTERM it closes the app before the driver and the
// database, so no query is cut off by a vanishing server and no JVM outlives us.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { repairOnStart } from './ingest/repair.ts';
import { openNeo4j, type OpenedNeo4j } from './neo4j/open.ts';
import { COMPILED } from './paths.ts';

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
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

  if (config.neo4jUri) {
    console.log(`neo4j: using ${config.neo4jUri} (NEO4J_URI set; no embedded database started)`);
  }
  let database: OpenedNeo4j;
  try {
    database = await openNeo4j(config, {
      say: (line) => console.log(line),
      driverLog: (level, message) => console[level](`neo4j driver: ${message}`),
      supervise: true,
      advertise: true,
    });
  } catch (err) {
    fail((err as Error).message);
  }
  config = database.config;

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
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    app = await buildApp(config, { driver: database.driver, available: database.available });
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    console.error(`error: server did not start: ${(err as Error).message}`);
    await app?.close().catch(() => {});
    await database.close();
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
