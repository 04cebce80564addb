// GraphiQL must work where unpkg cannot be reached (this machine's Chromium has no internet): the
// page, React and GraphiQL come from our own server, and the saved examples are there to run.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/neo4j.ts';

describe('GraphiQL offline', () => {
  let app: FastifyInstance;
  let base = '';

  beforeAll(async () => {
    app = await testApp({ graphiql: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('points the loader scripts at our server, not the CDN', async () => {
    const main = await (await fetch(`${base}/graphiql/main.js`)).text();
    expect(main).not.toContain('https://unpkg.com/');
    expect(main).toContain('/graphiql/vendor/graphiql@');
  });

  it('serves only the allow-listed packages, and nothing outside them', async () => {
    const css = await fetch(`${base}/graphiql/vendor/graphiql@3.8.3/graphiql.min.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await fetch(`${base}/graphiql/vendor/fastify@5/package.json`)).status).toBe(404);
    expect((await fetch(`${base}/graphiql/vendor/react@18/..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});
