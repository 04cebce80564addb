// Every GraphQL document the client sends is valid against the served schema (a bad selection
// fails the whole request, so this is checked without a server: fetch only records the body).
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as api from '../client/src/api.ts';

const schema = buildSchema(
  readFileSync(new URL('../server/graphql/schema.graphql', import.meta.url), 'utf8'),
);
const sent: { query: string; variables: Record<string, unknown> }[] = [];

beforeAll(() => {
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    sent.push(JSON.parse(init.body) as (typeof sent)[number]);
    return new Response(JSON.stringify({ data: {} }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
});
afterAll(() => vi.unstubAllGlobals());

describe('client GraphQL documents', () => {
  it('all validate against server/graphql/schema.graphql', async () => {
    await Promise.allSettled([
      api.fetchStats(),
      api.autocomplete('双随机', ['REFORM']),
      api.search('双随机'),
      api.neighborhood('reform:x'),
      api.shortestPath('a', 'b'),
      api.entityDetails('reform:x'),
      api.diffusion('双随机、一公开'),
      api.compare(['温州市', '嘉兴市']),
      api.reportText('report:x'),
    ]);
    expect(sent).toHaveLength(9);
    for (const { query } of sent) {
      const errors = validate(schema, parse(query)).map((e) => e.message);
      expect(errors, query.slice(0, 60)).toEqual([]);
    }
  });

  it('turns GraphQL errors and unreachable servers into ApiError with a kind', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ errors: [{ message: 'reform not found' }] }), { status: 200 }),
    );
    await expect(api.fetchStats()).rejects.toMatchObject({ kind: 'graphql', message: 'reform not found' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(api.fetchStats()).rejects.toMatchObject({ kind: 'down' });
    vi.stubGlobal('fetch', async () => new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(api.fetchStats()).rejects.toMatchObject({
      kind: 'down',
      message: expect.stringContaining('502'),
    });
  });
});
