// The one way the server talks to Neo4j: statements live in cypher/<name>.cypher, are loaded once by
// name, and run parameterised. Neo4j Integers and temporal values are turned into plain JS values
// here, at the edge, so nothing above this file sees driver types.
import { readFileSync, readdirSync } from 'node:fs';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { fromRoot } from '../paths.ts';

export const CYPHER_DIR = `${fromRoot('cypher')}/`;

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher; throws naming the file when it does not exist. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    try {
      text = readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8');
    } catch {
      throw new Error(`cypher statement "${name}" not found: expected ${CYPHER_DIR}${name}.cypher`);
    }
    cache.set(name, text);
  }
  return text;
}

/** Every statement name in cypher/ (schema.cypher holds several statements and is listed too). */
export function cypherNames(): string[] {
  return readdirSync(CYPHER_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** Names run since process start: lets a test prove every file is used. */
export const usedCypher = new Set<string>();

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Converts driver values (Integer, Date, Node, Relationship, lists, maps) into plain JS. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: skip the six temporal-type probes below for them.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    const v = value as { properties?: Row; labels?: string[]; type?: string; elementId?: string };
    if (v.properties && (v.labels || v.type)) return toPlain(v.properties);
    const out: Row = {};
    for (const [k, inner] of Object.entries(value as Row)) out[k] = toPlain(inner);
    return out;
  }
  return value;
}

function rows(records: Neo4jRecord[]): Row[] {
  return records.map((r) => {
    const out: Row = {};
    for (const key of r.keys) out[String(key)] = toPlain(r.get(key));
    return out;
  });
}

/** Runs named statements inside one managed transaction (used by the loader's one-write-per-report). */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly db: Db,
  ) {}

  async run<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    this.db.count(name);
    const res = await this.tx.run(cypher(name), params);
    return rows(res.records) as T[];
  }
}

export class Db {
  /** Statements sent since creation; tests use it to prove loaders batch (no N+1). */
  queries = 0;

  /**
   * `available`: false while the database is known to be away (the supervisor restarting the
   * embedded JVM). Every call then fails at once with ServiceUnavailable, which the API answers as
   * SERVICE_UNAVAILABLE, instead of sitting in the driver's 30 s retry loop.
   */
  constructor(
    readonly driver: Driver,
    readonly database?: string,
    readonly available: () => boolean = () => true,
  ) {}

  private session(mode: 'READ' | 'WRITE' | undefined) {
    if (!this.available()) {
      throw new Neo4jError(
        'the database is restarting; try again shortly',
        neo4j.error.SERVICE_UNAVAILABLE,
        '08000', // GQL status class 08: connection exception
        'error: connection exception',
      );
    }
    return this.driver.session({ database: this.database, ...(mode && { defaultAccessMode: mode }) });
  }

  count(name: string): void {
    this.queries += 1;
    usedCypher.add(name);
  }

  async read<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const session = this.session(neo4j.session.READ);
    try {
      return await session.executeRead((tx) => new Tx(tx, this).run<T>(name, params));
    } finally {
      await session.close();
    }
  }

  /**
   * One auto-commit read without the managed retry, which waits up to 30 s while Neo4j is away:
   * for reads that have a fallback (the answer cache's version check) and must fail fast instead.
   */
  async readOnce<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const session = this.session(neo4j.session.READ);
    try {
      this.count(name);
      return rows((await session.run(cypher(name), params)).records) as T[];
    } finally {
      await session.close();
    }
  }

  /**
   * One auto-commit write: the only kind of transaction in which a statement may open its own
   * (`CALL { … } IN TRANSACTIONS`, as bulk loads do).
   */
  async writeAutoCommit<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const session = this.session(neo4j.session.WRITE);
    try {
      this.count(name);
      return rows((await session.run(cypher(name), params)).records) as T[];
    } finally {
      await session.close();
    }
  }

  async write<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => tx.run<T>(name, params));
  }

  /** Several named statements, one transaction: all or nothing. */
  async writeTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    const session = this.session(neo4j.session.WRITE);
    try {
      return await session.executeWrite((tx) => work(new Tx(tx, this)));
    } finally {
      await session.close();
    }
  }

  async readTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    const session = this.session(neo4j.session.READ);
    try {
      return await session.executeRead((tx) => work(new Tx(tx, this)));
    } finally {
      await session.close();
    }
  }

  /**
   * Runs each `;`-separated statement of a multi-statement file (schema.cypher) in its own
   * auto-commit transaction, as schema commands cannot share a transaction with writes.
   */
  async runScript(name: string): Promise<void> {
    const statements = cypher(name)
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
      .filter(Boolean);
    const session = this.session(undefined);
    try {
      for (const statement of statements) {
        this.count(name);
        await session.run(statement);
      }
    } finally {
      await session.close();
    }
  }
}
