// Shared wiring for tests that touch data: the run's embedded Neo4j (see test/global-setup.ts),
// a config pointing at it, and a way to leave the database empty for the next file.
import neo4j, { type Driver } from 'neo4j-driver';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { type Config, loadConfig } from '../../server/config.ts';
import { Db } from '../../server/db/run-cypher.ts';

/** A config for the test database: quiet logs, no seeding, GraphiQL off, no rate limits (suites send many requests). */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const config = loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
    GRAPHIQL: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
    RATE_LIMIT_EXPENSIVE_PER_MINUTE: '0',
  });
  return { ...config, ...overrides };
}

/** A new driver to the test database; close it in afterAll. */
export function testDriver(): Driver {
  return neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', inject('neo4jPassword')));
}

export function testDb(driver: Driver = testDriver()): Db {
  return new Db(driver);
}

/** Deletes every node and relationship; constraints and indexes stay. */
export async function clearDatabase(db: Db): Promise<void> {
  await db.write('delete-all');
}

/** The real app on the test database, logging off. Close it in afterAll. */
export function testApp(overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  return buildApp(testConfig(overrides), { logger: false });
}
