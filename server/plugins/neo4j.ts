// The one Neo4j driver of the process, and the Db that runs named Cypher through it. The server
// must keep answering when Neo4j is away (healthz says so, queries fail cleanly) and pick the
// database back up when it returns, so nothing here makes the start depend on Neo4j being up.
import fp from 'fastify-plugin';
import type { Driver } from 'neo4j-driver';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { Db } from '../db/run-cypher.ts';
import { createDriver } from '../neo4j/driver.ts';

declare module 'fastify' {
  interface FastifyInstance {
    neo4j: Driver;
    db: Db;
    /** True when a trivial query answered within a few seconds; also re-applies a missed schema. */
    neo4jUp(): Promise<boolean>;
  }
}

export interface Neo4jPluginOptions {
  config: Config;
  /** A driver owned by the caller (main.ts, tests); it is not closed with the app. */
  driver?: Driver;
  /** False while the database is known to be away (a supervised restart): queries fail at once. */
  available?: () => boolean;
}

const PING_TIMEOUT_MS = 3_000;
const SCHEMA_RETRY_MS = 5_000;
const SCHEMA_START_WAIT_MS = 30_000;

/** A driver for config.neo4jUri with the configured credentials, warnings into the app's log. */
export function driverFromConfig(config: Config, log?: FastifyInstance['log']): Driver {
  if (!config.neo4jUri) {
    throw new Error('NEO4J_URI is not set and no embedded Neo4j was started: nothing to connect to');
  }
  return createDriver(
    { uri: config.neo4jUri, user: config.neo4jUser, password: config.neo4jPassword },
    log && ((level, message) => log[level]({ neo4j: true }, message)),
  );
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function neo4jPlugin(app: FastifyInstance, opts: Neo4jPluginOptions): Promise<void> {
  const owned = opts.driver === undefined;
  const driver = opts.driver ?? driverFromConfig(opts.config, app.log);
  const db = new Db(driver, opts.config.neo4jDatabase, opts.available);

  let schemaApplied = false;
  let applying: Promise<boolean> | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let closed = false;

  const applySchema = (): Promise<boolean> => {
    applying ??= db
      .runScript('schema')
      .then(() => {
        schemaApplied = true;
        app.log.info('neo4j: schema applied (constraints, indexes, entity_names full-text)');
        return true;
      })
      .catch((err: Error) => {
        if (closed) return false;
        app.log.warn(`neo4j: schema not applied yet, will retry: ${err.message}`);
        scheduleRetry();
        return false;
      })
      .finally(() => {
        applying = undefined;
      });
    return applying;
  };

  const scheduleRetry = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void applySchema();
    }, SCHEMA_RETRY_MS);
    // A pending retry must not keep a finished process (a CLI, a test) alive.
    retryTimer.unref();
  };

  const neo4jUp = async (): Promise<boolean> => {
    // Not retried (the managed retry would wait up to 30 s while Neo4j is away), and bounded: healthz
    // must answer promptly.
    try {
      await withTimeout(db.readOnce('ping'), PING_TIMEOUT_MS);
    } catch {
      return false;
    }
    // Neo4j is back (or was never reached at start): finish the schema in the background.
    if (!schemaApplied) void applySchema();
    return true;
  };

  // Queries want the constraints in place, so give the schema a fair chance before serving; but a
  // slow first index build (or a busy machine) must not turn into a failed start.
  const applied = await Promise.race([
    applySchema(),
    new Promise<'pending'>((resolve) => setTimeout(resolve, SCHEMA_START_WAIT_MS, 'pending').unref()),
  ]);
  if (applied === 'pending') app.log.warn('neo4j: schema still being applied; serving meanwhile');

  app.decorate('neo4j', driver);
  app.decorate('db', db);
  app.decorate('neo4jUp', neo4jUp);
  app.addHook('onClose', async () => {
    closed = true;
    if (retryTimer) clearTimeout(retryTimer);
    if (owned) await driver.close();
  });
}

export default fp(neo4jPlugin, { name: 'neo4j', fastify: '5.x' });
