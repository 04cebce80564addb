// A database for the command-line loaders (ingest, seed, bench): NEO4J_URI when set, otherwise the
// embedded Neo4j from the config's data dir, started here and stopped by close(). The server has its
// own wiring in main.ts; the CLIs need the same choice without an HTTP app around it.
import { dirname, join, relative, resolve } from 'node:path';
import type { Config } from '../config.ts';
import { Db } from '../db/run-cypher.ts';
import { ensureLauncher } from '../neo4j/build-launcher.ts';
import { type EmbeddedNeo4j, startEmbedded } from '../neo4j/embedded.ts';
import { createDriver } from '../plugins/neo4j.ts';
import { ensureIngestSchema } from './schema.ts';

export interface OpenDatabase {
  db: Db;
  /** Where the data went: the URI, and the embedded data dir when one was started. */
  where: string;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, say: (line: string) => void = () => {}): Promise<OpenDatabase> {
  let embedded: EmbeddedNeo4j | undefined;
  let where: string;
  if (config.neo4jUri) {
    where = config.neo4jUri;
  } else {
    await ensureLauncher(say);
    const dataDir = resolve(config.neo4jDataDir);
    say(`starting the embedded Neo4j (data ${relative(process.cwd(), dataDir) || '.'})…`);
    embedded = await startEmbedded({
      dataDir,
      boltPort: config.neo4jBoltPort,
      heap: config.neo4jHeap,
      pageCache: config.neo4jPageCache,
      logFile: join(dirname(dataDir), `${relative(dirname(dataDir), dataDir)}.log`),
      // A loading JVM lives for one command: C1 code now beats C2 code after a long compile.
      quickJit: true,
    });
    // The embedded database has authentication off; configured credentials would be ignored.
    config = { ...config, neo4jUri: embedded.uri, neo4jPassword: undefined };
    where = `${embedded.uri} (embedded, data ${relative(process.cwd(), dataDir) || '.'})`;
  }
  const driver = createDriver(config);
  const close = async () => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await driver.verifyConnectivity();
    const db = new Db(driver, config.neo4jDatabase);
    await ensureIngestSchema(db);
    return { db, where, close };
  } catch (err) {
    await close();
    throw new Error(`cannot use Neo4j at ${where}: ${(err as Error).message}`);
  }
}
