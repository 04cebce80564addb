// GraphQL over HTTP as the spec says: the graphql-http audit suite (the spec authors' own conformance
// checks, 61 of them) against /graphql of the real app on the real database — no error, no warning.
import type { FastifyInstance } from 'fastify';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/neo4j.ts';

let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  app = await testApp();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});

afterAll(() => app.close());

describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('passes every audit: no error, no warning (MAY-level notices aside)', async () => {
    const results = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) results.push(await audit.fn());
    const notOk = results
      .filter((r) => r.status === 'error' || r.status === 'warn')
      .map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(notOk).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(55);
  });

  it('answers application/graphql-response+json with that type, and legacy clients with application/json', async () => {
    const post = (accept?: string, query = '{ __typename }') =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept && { accept }) },
        body: JSON.stringify({ query }),
      });
    const modern = await post('application/graphql-response+json, application/json;q=0.9');
    expect(modern.headers.get('content-type')).toContain('application/graphql-response+json');
    const legacy = await post();
    expect(legacy.headers.get('content-type')).toContain('application/json');
    // A validation failure: 400 without data for the new media type, 200 with errors for the old one.
    const bad = await post('application/graphql-response+json', '{ noSuchField }');
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as Record<string, unknown>;
    expect('data' in badBody).toBe(false);
    const badLegacy = await post('application/json', '{ noSuchField }');
    expect(badLegacy.status).toBe(200);
    expect(((await badLegacy.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
