// buildApp(config) assembles the server — config, the one Neo4j driver, GraphQL, health — and never
// listens, so tests drive it with app.inject and main.ts is the only place that binds a port.
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import graphqlPlugin from './graphql/plugin.ts';
import graphqlOverHttp from './plugins/graphql-http.ts';
import neo4jPlugin from './plugins/neo4j.ts';
import { loggerOptions } from './logging.ts';
import { fromRoot } from './paths.ts';
import security from './plugins/security.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export const VERSION: string = (
  JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }
).version;

export interface BuildOptions {
  /** Use this driver instead of connecting to config.neo4jUri; the caller closes it. */
  driver?: Driver;
  /** From openNeo4j: false while the embedded database restarts, so requests fail at once. */
  available?: () => boolean;
  /** Fastify logger option; defaults to pino at config.logLevel. */
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? loggerOptions(config),
    bodyLimit: config.maxBodyBytes,
    // The neo4j plugin may wait up to 30 s for the schema on a busy machine; Fastify's 10 s default
    // would abort the start instead.
    pluginTimeout: 60_000,
  });
  app.decorate('config', config);

  // 4xx errors carry a message the client can act on; 5xx details stay in the log.
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err }, 'request failed');
      return reply.status(status).send({ error: 'internal error', statusCode: status });
    }
    return reply.status(status).send({ error: err.message, code: err.code, statusCode: status });
  });

  await app.register(neo4jPlugin, {
    config,
    ...(opts.driver && { driver: opts.driver }),
    ...(opts.available && { available: opts.available }),
  });
  await app.register(security, { config, path: '/graphql' });
  await app.register(graphqlOverHttp, { path: '/graphql' });
  await app.register(graphqlPlugin, { graphiql: config.graphiql, answerCacheBytes: config.answerCacheBytes });
  await app.register(import('./plugins/static-client.ts'));
  await app.register(import('./upload/route.ts'));

  app.get('/healthz', async (_request, reply) => {
    const up = await app.neo4jUp();
    return reply
      .status(up ? 200 : 503)
      .send(
        up
          ? { status: 'ok', neo4j: 'up', version: VERSION }
          : { status: 'degraded', neo4j: 'down', version: VERSION },
      );
  });

  return app;
}
