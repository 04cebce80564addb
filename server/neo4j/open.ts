// The one way to open the database, for the server, every CLI, the benchmarks and the tests: the
// Neo4j at NEO4J_URI when it is set; otherwise the embedded one under NEO4J_DATA_DIR — started here,
// or, for a CLI (`attach`), the one a running `npm start` already holds (found through
// <data dir>/running.json). Hands back the driver, the Db, and close(), which undoes what was done.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { Db } from '../db/run-cypher.ts';
import { ensureLauncher, neo4jVersion } from './build-launcher.ts';
import { createDriver, type DriverLog } from './driver.ts';
import { type EmbeddedNeo4j, type EmbeddedOptions, startEmbedded } from './embedded.ts';
import { NEO4J_USER, passwordFile } from './password.ts';
import { advertise, findRunning, type RunningDatabase, withdraw } from './running.ts';
import { superviseEmbedded, type SupervisedNeo4j } from './supervise.ts';

export interface OpenOptions {
  /** Status lines (starting, where the data is, restarts). */
  say?: (line: string) => void;
  /** Driver warnings and errors. */
  driverLog?: DriverLog;
  /** Restart the embedded JVM when it dies (long-running servers). */
  supervise?: boolean;
  /** Write <data dir>/running.json so CLIs can load into this process's embedded database. */
  advertise?: boolean;
  /** When a server already runs the embedded database on this data dir, use it (CLIs). */
  attach?: boolean;
  /** Fail unless Neo4j answers now (CLIs); a server starts regardless and reports via /healthz. */
  verify?: boolean;
  /** Embedded-only knobs: quick JIT for one-command JVMs, extra Neo4j settings, log file, timeout. */
  embedded?: Partial<Pick<EmbeddedOptions, 'quickJit' | 'settings' | 'logFile' | 'startTimeoutMs'>>;
}

export type OpenMode = 'external' | 'embedded' | 'attached';

export interface OpenedNeo4j {
  driver: Driver;
  /** Runs named Cypher; fails at once with ServiceUnavailable while a supervised JVM restarts. */
  db: Db;
  /** The config with neo4jUri, neo4jUser and neo4jPassword of the database actually opened. */
  config: Config;
  mode: OpenMode;
  /** For status lines: the URI, and the data dir when embedded. */
  where: string;
  /** False while the supervised embedded database is known to be away. */
  available(): boolean;
  /** The embedded JVM's pid when this process started it (tests, CPU accounting). */
  jvmPid(): number | undefined;
  /** Closes the driver, then stops the JVM if this process started it. Idempotent. */
  close(): Promise<void>;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || '.';
}

/** `data/neo4j` → `data/neo4j.log`: the JVM's own output, beside the Neo4j home. */
export function embeddedLogFile(dataDir: string): string {
  return join(dirname(dataDir), `${relative(dirname(dataDir), dataDir)}.log`);
}

function readPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (!existsSync(file)) throw new Error(`the running database's password file ${file} is missing`);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new Error(`cannot read the Neo4j password file ${file}: ${(err as Error).message}`);
  }
}

interface Started {
  uri: string;
  password: string;
  mode: OpenMode;
  where: string;
  available: () => boolean;
  jvmPid: () => number | undefined;
  stop: () => Promise<void>;
}

function attachTo(running: RunningDatabase, dataDir: string): Started {
  return {
    uri: running.uri,
    password: readPassword(dataDir),
    mode: 'attached',
    where: `${running.uri} (the embedded database of the running server, pid ${running.pid}, data ${shown(dataDir)})`,
    available: () => true,
    jvmPid: () => undefined,
    stop: async () => {},
  };
}

async function startLocal(config: Config, options: OpenOptions): Promise<Started> {
  const say = options.say ?? (() => {});
  const dataDir = resolve(config.neo4jDataDir);
  if (options.attach) {
    const running = findRunning(dataDir);
    if (running) return attachTo(running, dataDir);
  }
  await ensureLauncher(say);
  const logFile = options.embedded?.logFile ?? embeddedLogFile(dataDir);
  const embeddedOptions: EmbeddedOptions = {
    dataDir,
    boltPort: config.neo4jBoltPort,
    heap: config.neo4jHeap,
    pageCache: config.neo4jPageCache,
    ...options.embedded,
    logFile,
  };
  const began = Date.now();
  say(`neo4j: starting the embedded ${neo4jVersion()} (data ${shown(dataDir)})…`);
  let embedded: EmbeddedNeo4j | SupervisedNeo4j;
  try {
    embedded = options.supervise
      ? await superviseEmbedded(embeddedOptions, {
          log: say,
          onRestart: (next) => {
            if (options.advertise) advertiseServer(dataDir, next.uri, next.pid);
          },
        })
      : await startEmbedded(embeddedOptions);
  } catch (err) {
    // A server may have taken the store between our look and our start.
    const running = options.attach && /is locked by another running/.test((err as Error).message) && findRunning(dataDir);
    if (running) return attachTo(running, dataDir);
    throw err;
  }
  const jvmPid = () => (typeof embedded.pid === 'function' ? embedded.pid() : embedded.pid);
  say(
    `neo4j: embedded ${neo4jVersion()} at ${embedded.uri} (data ${shown(dataDir)}, heap ${config.neo4jHeap}, ` +
      `page cache ${config.neo4jPageCache}, started in ${((Date.now() - began) / 1000).toFixed(1)} s) — log: ${shown(logFile)}`,
  );
  if (options.advertise) advertiseServer(dataDir, embedded.uri, jvmPid());
  const supervised = 'available' in embedded ? embedded : undefined;
  return {
    uri: embedded.uri,
    password: embedded.password,
    mode: 'embedded',
    where: `${embedded.uri} (embedded, data ${shown(dataDir)})`,
    available: () => supervised?.available() ?? true,
    jvmPid,
    stop: async () => {
      if (options.advertise) withdraw(dataDir);
      await embedded.stop();
    },
  };
}

function advertiseServer(dataDir: string, uri: string, jvmPid: number): void {
  advertise({ pid: process.pid, jvmPid, uri, dataDir, startedAt: new Date().toISOString() });
}

export async function openNeo4j(config: Config, options: OpenOptions = {}): Promise<OpenedNeo4j> {
  const started: Started = config.neo4jUri
    ? {
        uri: config.neo4jUri,
        password: config.neo4jPassword as string,
        mode: 'external',
        where: config.neo4jUri,
        available: () => true,
        jvmPid: () => undefined,
        stop: async () => {},
      }
    : await startLocal(config, options);
  const opened: Config = {
    ...config,
    neo4jUri: started.uri,
    // The embedded database has one user, neo4j; NEO4J_USER/NEO4J_PASSWORD are for NEO4J_URI.
    neo4jUser: started.mode === 'external' ? config.neo4jUser : NEO4J_USER,
    neo4jPassword: started.mode === 'external' ? config.neo4jPassword : started.password,
  };
  const driver = createDriver(
    { uri: started.uri, user: opened.neo4jUser, password: opened.neo4jPassword },
    options.driverLog,
  );
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await driver.close();
      await started.stop();
    })());
  if (options.verify) {
    try {
      await driver.verifyConnectivity();
    } catch (err) {
      await close();
      throw new Error(`cannot use Neo4j at ${started.where}: ${(err as Error).message}`);
    }
  }
  return {
    driver,
    db: new Db(driver, config.neo4jDatabase, started.available),
    config: opened,
    mode: started.mode,
    where: started.where,
    available: started.available,
    jvmPid: started.jvmPid,
    close,
  };
}
