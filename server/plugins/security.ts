// HTTP hardening, each part configurable (server/config.ts): security headers with a CSP the
// explorer and GraphiQL live within (both are served from this origin: scripts from 'self', inline
// <style> in GraphiQL's page, data:/blob: images for PNG export), CORS for the origins listed in
// CORS_ORIGINS only, and rate limits per client IP on /graphql — all requests, then stricter ones for
// writes (mutations) and for the expensive reads (graph traversals), which cost the database most.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import mercurius from 'mercurius';
import type { Config } from '../config.ts';

const { ErrorWithProps } = mercurius;

/** Top-level fields whose answers walk the graph: the costly reads. */
export const EXPENSIVE_FIELDS = new Set(['neighborhood', 'path', 'diffusion', 'compare']);

export type OperationClass = 'write' | 'expensive' | 'read';

/** What a GraphQL request will do, from its document; unparsable documents count as reads (mercurius refuses them). */
export function classifyOperation(query: unknown, operationName: unknown): OperationClass {
  if (typeof query !== 'string') return 'read';
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { noLocation: true }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return 'read';
  }
  const op =
    operations.length === 1
      ? operations[0]
      : operations.find((o) => typeof operationName === 'string' && o.name?.value === operationName);
  if (!op) return 'read';
  if (op.operation === 'mutation') return 'write';
  const expensive = op.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && EXPENSIVE_FIELDS.has(s.name.value),
  );
  return expensive ? 'expensive' : 'read';
}

function graphqlParams(request: FastifyRequest): { query: unknown; operationName: unknown } {
  const source = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | null;
  return { query: source?.query, operationName: source?.operationName };
}

export default fp(
  async function security(app: FastifyInstance, opts: { config: Config; path?: string }) {
    const { config } = opts;
    const path = opts.path ?? '/graphql';

    if (config.securityHeaders) {
      await app.register(helmet, {
        contentSecurityPolicy: {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            scriptSrcAttr: ["'none'"],
            // GraphiQL's page has an inline <style>; Cytoscape and GraphiQL set style attributes.
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', 'blob:'],
            fontSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            workerSrc: ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
          },
        },
        // Served over plain HTTP on loopback by default; HSTS belongs to the TLS proxy in front.
        strictTransportSecurity: false,
      });
    }

    if (config.corsOrigins) {
      await app.register(cors, {
        origin: config.corsOrigins === '*' ? '*' : config.corsOrigins,
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type', 'authorization', 'cache-control'],
        exposedHeaders: ['x-answer-cache', 'retry-after'],
        maxAge: 600,
      });
    }

    const limits = {
      all: config.rateLimitPerMinute,
      write: config.rateLimitWritesPerMinute,
      expensive: config.rateLimitExpensivePerMinute,
    };
    if (!limits.all && !limits.write && !limits.expensive) return;
    // Only the shared store and the counting come from @fastify/rate-limit: its ready-made hook marks
    // a request as checked after the first limiter, and a write must pass two (all, then writes).
    await app.register(rateLimit, { global: false, timeWindow: 60_000 });
    const limiter = (max: number, kind: OperationClass | 'all') =>
      max > 0 ? app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (r) => `${kind}:${r.ip}` }) : undefined;
    const all = limiter(limits.all, 'all');
    const byClass: Record<OperationClass, ReturnType<typeof limiter>> = {
      write: limiter(limits.write, 'write'),
      expensive: limiter(limits.expensive, 'expensive'),
      read: undefined,
    };
    const check = async (
      request: FastifyRequest,
      reply: FastifyReply,
      limit: ReturnType<typeof limiter>,
      what: string,
    ) => {
      const state = await limit?.(request);
      if (!state || state.isAllowed || !state.isExceeded) return;
      reply.header('retry-after', state.ttlInSeconds);
      throw new ErrorWithProps(
        `rate limit exceeded: at most ${state.max} ${what} per minute from one client; retry in ${state.ttlInSeconds} s`,
        { code: 'RATE_LIMITED', limit: state.max, retryAfterSeconds: state.ttlInSeconds },
        429,
      );
    };
    app.addHook('preHandler', async (request, reply) => {
      if (request.routeOptions.url !== path) return;
      await check(request, reply, all, 'requests');
      const { query, operationName } = graphqlParams(request);
      const kind = classifyOperation(query, operationName);
      await check(request, reply, byClass[kind], kind === 'write' ? 'writes' : 'graph traversals');
    });
  },
  { name: 'security', fastify: '5.x' },
);
