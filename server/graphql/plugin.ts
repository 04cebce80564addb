// GraphQL on Fastify: the schema (contract core + extensions), resolvers, batched loaders, limits on
// depth and cost, error codes, and GraphiQL with the example queries preloaded.
import { readFileSync } from 'node:fs';
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { FastifyInstance } from 'fastify';
import { answerCache } from './answer-cache.ts';
import { complexityHook, MAX_DEPTH } from './complexity.ts';
import { depthLimit } from './depth.ts';
import { errorFormatter } from './errors.ts';
import { graphiqlRoutes, GRAPHIQL_PLUGIN } from './graphiql.ts';
import { graphiqlAssetRoutes } from './graphiql-assets.ts';
import { libraryLoaders } from './library-loaders.ts';
import { indicatorCsvRoute } from './indicators/csv-route.ts';
import { indicatorLoaders } from './indicators/loaders.ts';
import { indicatorQuery, indicatorTypes } from './indicators/resolvers.ts';
import { loaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { fromRoot } from '../paths.ts';

export const SCHEMA = readFileSync(fromRoot('server', 'graphql', 'schema.graphql'), 'utf8');

export interface GraphqlOptions {
  graphiql: boolean;
  /** Maximum selection depth (default 10). */
  queryDepth?: number;
  /** Memory for cached answers of read-only operations (0 = no cache). */
  answerCacheBytes: number;
}

export default fp(
  async function graphqlPlugin(app: FastifyInstance, opts: GraphqlOptions) {
    await app.register(mercurius, {
      schema: SCHEMA,
      resolvers: {
        ...resolvers,
        ...indicatorTypes,
        Query: { ...resolvers.Query, ...indicatorQuery },
      } as never,
      loaders: {
        ...loaders,
        ...indicatorLoaders,
        Report: { ...loaders.Report, ...libraryLoaders, ...indicatorLoaders.Report },
        Jurisdiction: { ...loaders.Jurisdiction, ...indicatorLoaders.Jurisdiction },
      } as never,
      path: '/graphql',
      graphiql: opts.graphiql ? { enabled: true, plugins: [GRAPHIQL_PLUGIN] } : false,
      // Our own rule, not mercurius' queryDepth: that one counts introspection and refused GraphiQL's.
      validationRules: [depthLimit(opts.queryDepth ?? MAX_DEPTH)],
      errorFormatter: errorFormatter as never,
      // Resolver errors are formatted (and logged) by errorFormatter; no stack reaches a client.
      allowBatchedQueries: false,
      // Compile a document with graphql-jit once it has been seen twice: the explorer and scripts
      // repeat the same few operations, and compiled execution of large lists is several times faster.
      jit: 2,
    });
    app.graphql.addHook('preExecution', complexityHook as never);
    answerCache(app, { maxBytes: opts.answerCacheBytes, path: '/graphql' });
    indicatorCsvRoute(app);
    if (opts.graphiql) {
      graphiqlRoutes(app);
      graphiqlAssetRoutes(app);
    }
  },
  { name: 'graphql', dependencies: ['neo4j'] },
);
