// Placeholder until the API lands: serves the schema with no resolvers so the spine can boot.
import { readFileSync } from 'node:fs';
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { FastifyInstance } from 'fastify';

export const SCHEMA = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export interface GraphqlOptions {
  graphiql: boolean;
}

export default fp(async function graphqlPlugin(app: FastifyInstance, opts: GraphqlOptions) {
  await app.register(mercurius, { schema: SCHEMA, resolvers: {}, graphiql: opts.graphiql, path: '/graphql' });
});
