// GraphiQL must work where unpkg cannot be reached (this machine's Chromium has no internet): the
// page, React and GraphiQL come from our own server, and the saved examples are there to run.
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../bench/browser.ts';
import { loadExamples } from '../server/graphql/graphiql.ts';
import { seedCorpus } from '../server/ingest/seed.ts';
import { clearDatabase, testApp, testDb, testDriver } from './helpers/neo4j.ts';

// A cold first load on a busy CI machine (two cores shared with Neo4j and other work) is slow;
// these are ceilings for waiting on the page, not expectations about its speed.
const RENDER_WAIT = 60_000;
const BROWSER_TEST = 150_000;

describe('GraphiQL offline', () => {
  let app: FastifyInstance;
  // app.inject, not a socket: an idle keep-alive connection from fetch held app.close() for seconds.
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, type: String(res.headers['content-type']), body: res.body };
  };

  beforeAll(async () => {
    app = await testApp({ graphiql: true });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('points the loader scripts at our server, not the CDN, and runs them in order', async () => {
    const main = (await get('/graphiql/main.js')).body;
    expect(main).not.toContain('https://unpkg.com/');
    expect(main).toContain('/graphiql/vendor/graphiql@');
    // Without it React, ReactDOM and GraphiQL run in download order and GraphiQL may never render.
    expect(main).toContain('script.async = false');
    expect((await get('/graphiql/sw.js')).body).not.toContain('https://unpkg.com/');
  });

  it('serves only the allow-listed packages, and nothing outside them', async () => {
    const css = await get('/graphiql/vendor/graphiql@3.8.3/graphiql.min.css');
    expect(css.status).toBe(200);
    expect(css.type).toContain('text/css');
    expect((await get('/graphiql/vendor/fastify@5/package.json')).status).toBe(404);
    expect((await get('/graphiql/vendor/react@18/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});

describe('GraphiQL in headless Chromium', () => {
  const driver = testDriver();
  const db = testDb(driver);
  const examples = loadExamples();
  let app: FastifyInstance;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    await clearDatabase(db);
    const summary = await seedCorpus(db);
    expect(summary.failed).toEqual([]);
    app = await testApp({ graphiql: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await clearDatabase(db);
    await driver.close();
  });

  /** A fresh profile (no saved tabs) that records every request, the service worker's included. */
  async function open(context: BrowserContext) {
    const requests: string[] = [];
    const failed: string[] = [];
    const pageErrors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // The schema must load (docs, autocompletion); a failed fetch would also show in the response pane.
    const schemaFetched = page
      .waitForResponse(
        (r) => r.url() === `${base}/graphql` && (r.request().postData() ?? '').includes('IntrospectionQuery'),
        { timeout: RENDER_WAIT },
      )
      .catch((e: unknown) => e as Error); // awaited below, after the editors: never an unhandled rejection
    await page.goto(`${base}/graphiql`, { timeout: RENDER_WAIT });
    // The editors exist only once GraphiQL has mounted them; "run" before that does nothing.
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: RENDER_WAIT });
    await page.locator('.graphiql-response .CodeMirror').waitFor({ state: 'attached', timeout: RENDER_WAIT });
    const schema = await schemaFetched;
    if (schema instanceof Error) throw schema;
    expect(schema.status()).toBe(200);
    expect(((await schema.json()) as { data?: { __schema?: unknown } }).data?.__schema).toBeTruthy();
    return { page, requests, failed, pageErrors };
  }

  const editorValue = (page: Page, selector: string) =>
    page.locator(`${selector} .CodeMirror`).evaluate((el) => {
      const cm = (el as HTMLElement & { CodeMirror?: { getValue(): string } }).CodeMirror;
      return cm ? cm.getValue() : '';
    });

  it(
    'renders the editor, offers the saved examples and runs the spread of 双随机、一公开 without leaving 127.0.0.1',
    async () => {
      const context = await browser.newContext({ locale: 'zh-CN' });
      try {
        const { page, requests, failed, pageErrors } = await open(context);

        // Every saved example is an editor tab, and the Examples panel lists them too.
        const tabs = await page.locator('.graphiql-tab').allTextContents();
        for (const e of examples) expect(tabs.join('\n')).toContain(e.title);
        await page.locator('button[aria-label="Show Examples"]').click();
        const panel = page.locator('.graphiql-plugin');
        await expect.poll(() => panel.textContent(), { timeout: RENDER_WAIT }).toContain('示例 Examples');
        for (const e of examples) expect(await panel.textContent()).toContain(`▶ ${e.title}`);

        // The panel puts the spread example into the editor; run it.
        const spread = examples.find((e) => e.query.includes('spread(reform: "双随机、一公开")'));
        expect(spread).toBeDefined();
        await panel.getByRole('button', { name: `▶ ${spread!.title}` }).click();
        await expect.poll(() => editorValue(page, '.graphiql-query-editor')).toBe(spread!.query);
        await page.locator('.graphiql-execute-button').click();
        await expect
          .poll(() => editorValue(page, '.graphiql-response'), { timeout: RENDER_WAIT })
          .toContain('温州市');
        const answer = JSON.parse(await editorValue(page, '.graphiql-response')) as {
          data: { spread: { jurisdiction: { name: string } }[] };
        };
        expect(answer.data.spread.map((s) => s.jurisdiction.name)).toContain('温州市');

        expect(pageErrors).toEqual([]);
        expect(failed).toEqual([]);
        expect(requests.length).toBeGreaterThan(0);
        expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BROWSER_TEST,
  );

  it(
    'still renders when React is the last script to arrive',
    async () => {
      // The order in which React, ReactDOM and GraphiQL finish downloading is up to the machine;
      // holding React back reproduces the worst case on every run.
      const context = await browser.newContext();
      try {
        await context.route('**/umd/react.production.min.js', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await route.continue();
        });
        const { page, pageErrors } = await open(context);
        expect(pageErrors).toEqual([]);
        expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
      } finally {
        await context.close();
      }
    },
    BROWSER_TEST,
  );
});
