/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here; the assertions check their shape. */
// POST a GraphQL document to the app under test (app.inject: the full Fastify + mercurius path).
import type { FastifyInstance } from 'fastify';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: GqlError[];
  raw: string;
  headers: Record<string, unknown>;
}

export async function gql<T = any>(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });
  const body = JSON.parse(res.body) as { data: T; errors?: GqlError[] };
  return { status: res.statusCode, data: body.data, errors: body.errors, raw: res.body, headers: res.headers };
}

/** The data of a query that must succeed; fails the test with the errors otherwise. */
export async function ok<T = any>(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const r = await gql<T>(app, query, variables);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
