// Serves the built explorer (dist/client) at `/`, with index.html for client-side routes.
// Skips itself with a hint when the client has not been built, so the API still starts.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fromRoot } from '../paths.ts';

export const CLIENT_DIST = fromRoot('dist', 'client');

export interface StaticClientOptions {
  /** Folder holding the built client; defaults to dist/client at the repository top. */
  root?: string;
}

/** Paths that belong to the server; a miss there is a real 404, never the SPA page. */
const API_PREFIXES = ['/graphql', '/graphiql', '/healthz'];

export default fp(
  async function staticClient(app: FastifyInstance, opts: StaticClientOptions) {
    const root = opts.root ?? CLIENT_DIST;
    if (!existsSync(`${root}/index.html`)) {
      app.log.warn({ root }, 'explorer client not built: run `npm run build:client` to serve it at /');
      return;
    }
    await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'] });
    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '/';
      const isPage =
        request.method === 'GET' &&
        !API_PREFIXES.some((p) => path.startsWith(p)) &&
        !/\.[a-z0-9]+$/i.test(path);
      if (isPage) return reply.type('text/html').sendFile('index.html');
      return reply.status(404).send({ error: `not found: ${request.method} ${path}`, statusCode: 404 });
    });
  },
  { name: 'static-client' },
);
