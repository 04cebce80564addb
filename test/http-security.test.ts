// Rate limits, security headers and CORS on the real app: each on by configuration, each answering
// in the API's coded shape. Limits are counted per client IP; app.inject's client is 127.0.0.1.
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../server/config.ts';
import { classifyOperation } from '../server/plugins/security.ts';
import { gql } from './helpers/graphql.ts';
import { testApp } from './helpers/neo4j.ts';

const apps: FastifyInstance[] = [];
const open = async (...args: Parameters<typeof testApp>) => {
  const app = await testApp(...args);
  apps.push(app);
  return app;
};
afterAll(() => Promise.all(apps.map((a) => a.close())));

describe('rate limits', () => {
  it('classifies operations: writes, graph traversals, plain reads', () => {
    expect(classifyOperation('mutation { deleteReport(id: "x") { deleted } }', null)).toBe('write');
    expect(classifyOperation('{ neighborhood(id: "x") { nodes { id } } }', null)).toBe('expensive');
    expect(classifyOperation('query A { stats { reports } } mutation B { x }', 'B')).toBe('write');
    expect(classifyOperation('{ stats { reports } }', null)).toBe('read');
    expect(classifyOperation('{ broken', null)).toBe('read');
  });

  it('answers 429 RATE_LIMITED with Retry-After past the writes limit, and still serves reads', async () => {
    const app = await open({ rateLimitWritesPerMinute: 2 });
    const write = () => gql(app, 'mutation { deleteReport(id: "report:0000000000000000") { deleted } }');
    expect((await write()).status).toBe(200);
    expect((await write()).status).toBe(200);
    const third = await write();
    expect(third.status).toBe(429);
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 2 });
    expect(third.headers['retry-after']).toBeDefined();
    expect((await gql(app, '{ stats { reports } }')).status).toBe(200);
  });

  it('limits graph traversals separately, and every request under RATE_LIMIT_PER_MINUTE', async () => {
    const app = await open({ rateLimitExpensivePerMinute: 1, rateLimitPerMinute: 3 });
    const walk = '{ neighborhood(id: "reform:none") { nodes { id } } }';
    expect((await gql(app, walk)).status).toBe(200);
    expect((await gql(app, walk)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await gql(app, '{ stats { reports } }')).status).toBe(200);
    expect((await gql(app, '{ stats { reports } }')).status).toBe(429);
  });

  it('reads its limits from the environment, 0 meaning off', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimitPerMinute: 600,
      rateLimitWritesPerMinute: 30,
      rateLimitExpensivePerMinute: 120,
      securityHeaders: true,
      corsOrigins: undefined,
    });
    expect(loadConfig({ RATE_LIMIT_WRITES_PER_MINUTE: '0', CORS_ORIGINS: 'https://a.org, http://localhost:5173' })).toMatchObject({
      rateLimitWritesPerMinute: 0,
      corsOrigins: ['https://a.org', 'http://localhost:5173'],
    });
    expect(() => loadConfig({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS must be/);
  });
});

describe('security headers', () => {
  it('sends a CSP that keeps scripts to this origin, and the usual hardening headers', async () => {
    const app = await open();
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('can be turned off', async () => {
    const app = await open({ securityHeaders: false });
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toBeUndefined();
  });
});

describe('CORS', () => {
  const preflight = (app: FastifyInstance, origin: string) =>
    app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows only the configured origins', async () => {
    const app = await open({ corsOrigins: ['https://analyst.example.org'] });
    const ok = await preflight(app, 'https://analyst.example.org');
    expect(ok.headers['access-control-allow-origin']).toBe('https://analyst.example.org');
    const other = await preflight(app, 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows no cross-origin use by default', async () => {
    const app = await open();
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      payload: { query: '{ stats { reports } }' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
