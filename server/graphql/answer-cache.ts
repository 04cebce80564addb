// Whole answers of read-only GraphQL operations, kept in memory until the corpus changes.
// Analysts repeat the same heavy questions (a reform's spread with every quote, a two-step
// neighbourhood): recomputing one costs tens of milliseconds of Neo4j and Node CPU, while the corpus
// changes only when a writer loads or deletes reports. Writers publish a new corpus version after
// their transactions (server/ingest/publish-writes.ts); every request reads the version (one index
// seek) and is answered from memory only when the answer was computed at that very version — so no
// server, however many share the database, serves an answer older than the last published write.
import { LRUCache } from 'lru-cache';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type DocumentNode, Kind } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { corpusVersion } from '../ingest/publish-writes.ts';
import { sharedRead } from './shared-read.ts';

interface Entry {
  version: string;
  body: string;
}

interface Pending {
  key: string;
  version: string;
  /** Set once mercurius has parsed the document and found only queries in it. */
  readOnly: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    answerCache?: Pending;
  }
}

export const CACHE_HEADER = 'x-answer-cache';

/** The operation as the client sent it: same text, operation and variables → same answer. */
function keyOf(request: FastifyRequest): string | null {
  const source = (request.method === 'GET' ? request.query : request.body) as
    { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
  if (!source || typeof source.query !== 'string') return null;
  return JSON.stringify([source.query, source.operationName ?? null, source.variables ?? null]);
}

const onlyQueries = (document: DocumentNode): boolean =>
  document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query');

/** Registers the cache on the app's /graphql route; `maxBytes` 0 turns it off. */
export function answerCache(app: FastifyInstance, opts: { maxBytes: number; path: string }): void {
  if (opts.maxBytes <= 0) return;
  const answers = new LRUCache<string, Entry>({
    maxSize: opts.maxBytes,
    // A single answer larger than an eighth of the cache would evict many others for one question.
    maxEntrySize: Math.floor(opts.maxBytes / 8),
    // JS strings are UTF-16: two bytes a character is close to what they really hold.
    sizeCalculation: (entry, key) => 2 * (entry.body.length + key.length) + 64,
  });
  const currentVersion = sharedRead(() => corpusVersion(app.db));

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.url !== opts.path || (request.method !== 'POST' && request.method !== 'GET'))
      return;
    if (/no-cache|no-store/i.test(request.headers['cache-control'] ?? '')) return;
    const key = keyOf(request);
    if (key === null) return;
    let version: string | null;
    try {
      version = await currentVersion();
    } catch {
      return; // Neo4j away: answer (or fail) as without a cache rather than serve what may be stale.
    }
    // A database no writer has published to could change without the version moving: no caching.
    if (version === null) return;
    const hit = answers.get(key);
    if (hit?.version === version) {
      reply.header(CACHE_HEADER, 'hit').type('application/json; charset=utf-8');
      return reply.send(hit.body);
    }
    request.answerCache = { key, version, readOnly: false };
    reply.header(CACHE_HEADER, 'miss');
  });

  app.graphql.addHook('preExecution', (_schema, document, context: MercuriusContext) => {
    const pending = context.reply.request.answerCache;
    if (pending) pending.readOnly = onlyQueries(document);
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const pending = request.answerCache;
    // `"errors":[` cannot occur inside a JSON string value (its quotes are escaped), only as the key.
    if (
      pending?.readOnly &&
      reply.statusCode === 200 &&
      typeof payload === 'string' &&
      !payload.includes('"errors":[')
    ) {
      answers.set(pending.key, { version: pending.version, body: payload });
    }
    return payload;
  });
}
