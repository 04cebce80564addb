// GraphiQL must work where unpkg cannot be reached (this machine's Chromium has no internet): the
// page, React and GraphiQL come from our own server, and the saved examples are there to run.
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../bench/browser.ts';
import { testApp } from './helpers/neo4j.ts';

describe('GraphiQL offline', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    app = await testApp({ graphiql: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
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

  it('renders GraphiQL with the example tabs and runs a query in headless Chromium', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(`${base}/graphiql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 20_000 })
      .toContain('"data"');
    expect(failed.filter((u) => u.startsWith(base))).toEqual([]);
    await page.close();
  });
});
