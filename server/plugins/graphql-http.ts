// GraphQL over HTTP as the spec (graphql.github.io/graphql-over-http) says, around mercurius:
// - `application/graphql-response+json` is offered when the client accepts it; the answer then keeps
//   mercurius' 400 for request, parse and validation failures, without a `data` entry;
// - under `application/json` (or no Accept, or */*) a GraphQL-shaped failure of a well-formed
//   request is answered 200 with `errors`, as legacy clients expect; a body that is not JSON or has
//   no content type keeps its 4xx, and other statuses (401, 413, 415, 429, 503) are HTTP-level
//   answers and stay;
// - `"extensions": null` is the same as no extensions (mercurius' body schema wants an object).
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** q-value of a media range in an Accept header (0 when absent). */
function quality(accept: string, type: string): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    if (range.trim() !== type) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    best = Math.max(best, q === undefined ? 1 : Number(q));
  }
  return best;
}

/** True when the client prefers application/graphql-response+json over application/json. */
export function wantsGraphqlResponse(accept: string | undefined): boolean {
  if (!accept) return false;
  const gr = quality(accept, GRAPHQL_RESPONSE);
  return gr > 0 && gr >= quality(accept, 'application/json');
}

interface GraphqlBody {
  data?: unknown;
  errors?: { path?: unknown }[];
}

export default fp(
  async function graphqlOverHttp(app: FastifyInstance, opts: { path?: string }) {
    const path = opts.path ?? '/graphql';
    const ours = (request: FastifyRequest) => request.routeOptions.url === path;

    // Requests whose body never became a GraphQL request (Fastify's content-type parser refused it).
    const notGraphql = new WeakSet<FastifyRequest>();
    app.addHook('onError', async (request, _reply, error) => {
      if (ours(request) && String((error as { code?: unknown }).code).startsWith('FST_ERR_CTP')) notGraphql.add(request);
    });

    // A POST without a JSON (or application/graphql) body is no GraphQL request: 415, not 200 + errors
    // (audit 9ABE; fetch labels a bare string body text/plain).
    app.addHook('onRequest', async (request, reply) => {
      if (!ours(request) || request.method !== 'POST') return;
      const type = String(request.headers['content-type'] ?? '').toLowerCase();
      if (type.startsWith('application/json') || type.startsWith('application/graphql')) return;
      return reply.code(415).send({
        errors: [
          {
            message: `POST /graphql needs Content-Type: application/json, got "${type || 'none'}"`,
            extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
          },
        ],
      });
    });

    app.addHook('preValidation', async (request) => {
      if (!ours(request) || request.method !== 'POST') return;
      const body = request.body as Record<string, unknown> | null;
      if (body && typeof body === 'object' && !Array.isArray(body) && body.extensions === null) delete body.extensions;
    });

    app.addHook('onSend', async (request, reply, payload) => {
      if (!ours(request)) return payload;
      if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
      const graphqlResponse = wantsGraphqlResponse(request.headers.accept);
      if (graphqlResponse) reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
      if (reply.statusCode !== 400 || typeof payload !== 'string') return payload;
      let body: GraphqlBody;
      try {
        body = JSON.parse(payload) as GraphqlBody;
      } catch {
        return payload;
      }
      if (!Array.isArray(body?.errors) || notGraphql.has(request)) return payload;
      if (!graphqlResponse) {
        reply.code(200);
        return payload;
      }
      // A request that never reached execution has no data, not `data: null`.
      if (body.data == null && body.errors.every((e) => e.path === undefined)) {
        delete body.data;
        return JSON.stringify(body);
      }
      return payload;
    });
  },
  { name: 'graphql-over-http', fastify: '5.x' },
);
