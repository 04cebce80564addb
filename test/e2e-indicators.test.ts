// The indicator panel in headless Chromium on the real server: small multiples of a place, a point
// opening its quote and the report, one indicator compared across places, the CSV link, English.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../bench/browser.ts';
import { ensureClientBuilt } from '../server/cli/ensure-client.ts';
import { extractReport } from '../server/extract/index.ts';
import { loadReport } from '../server/ingest/load-report.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { seedCorpus } from '../server/ingest/seed.ts';
import { NANHU_2022, WENZHOU_2019 } from './fixtures/indicators/extra-reports.ts';
import { clearDatabase, testApp, testDb, testDriver } from './helpers/neo4j.ts';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

describe('indicator panel in headless Chromium', () => {
  const driver = testDriver();
  const db = testDb(driver);
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = '';
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `explorer-indicators-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureClientBuilt(() => {});
    await clearDatabase(db);
    const seeded = await seedCorpus(db);
    expect(seeded.failed, JSON.stringify(seeded.failed)).toEqual([]);
    for (const [text, file] of [
      [NANHU_2022, 'nanhu-2022.txt'],
      [WENZHOU_2019, 'wenzhou-2019.txt'],
    ] as const)
      await loadReport(db, extractReport(text, file), { places: gazetteerLookup() });
    app = await testApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await clearDatabase(db);
    await driver.close();
  });

  it('shows a place’s indicators as small multiples over the years', { timeout: 120_000 }, async () => {
    await page.goto(`${base}#mode=indicators&ip=${encodeURIComponent('南湖区')}`);
    await page.waitForSelector('body[data-ready=true]');
    const card = page.locator('.indicator-view .ind-card[data-indicator=reconsideration_received]');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator('figcaption').textContent()).toContain('行政复议案件（收案）');
    expect(await card.locator('.ind-dot').evaluateAll((ds) => ds.map((d) => d.getAttribute('data-year')))).toEqual(['2022', '2023']);
    expect(await card.locator('path.ind-line').count()).toBe(1);
    expect(await page.locator('.indicator-view .ind-card').count()).toBeGreaterThan(5);
    expect(await page.locator('button.tab.active').textContent()).toBe('指标');
    await shot('place');
  });

  it('a point opens its quote, and the quote opens the report at that sentence', { timeout: 60_000 }, async () => {
    await page.locator('.ind-card[data-indicator=reconsideration_received] .ind-dot[data-year="2023"]').click();
    const quote = page.locator('.ind-evidence .ind-quote');
    await quote.waitFor();
    const text = (await quote.textContent()) ?? '';
    expect(text).toContain('152件');
    expect(await page.locator('.ind-evidence-head').textContent()).toContain('152件');
    await page.locator('.ind-evidence button[data-action=open-quote]').click();
    const mark = page.locator('.reader mark.quote-highlight');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(text);
    await page.locator('.reader-close').click();
  });

  it('compares one indicator across places, with a CSV of the panel', { timeout: 60_000 }, async () => {
    await page.locator('#indicator-search').fill('温州');
    const option = page.locator('.indicator-view .suggestions li[role=option]').filter({ hasText: '温州市' }).first();
    await option.waitFor({ timeout: 20_000 });
    await option.dispatchEvent('mousedown');
    await page.locator('.indicator-view select[name=indicator]').selectOption('reconsideration_correction_rate');
    const legend = page.locator('.ind-legend .ind-key');
    await expect.poll(() => legend.allTextContents(), { timeout: 20_000 }).toEqual(['南湖区', '温州市']);
    const dots = await page.locator('.ind-wide .ind-dot').evaluateAll((ds) =>
      ds.map((d) => `${d.getAttribute('data-place')} ${d.getAttribute('data-year')} ${d.getAttribute('data-value')}`),
    );
    expect(dots.sort()).toEqual(['南湖区 2022 2.2', '南湖区 2023 1.57', '温州市 2018 17.3', '温州市 2019 17.2']);
    expect(page.url()).toContain('ind=reconsideration_correction_rate');
    const href = (await page.locator('a[data-action=indicator-csv]').getAttribute('href')) ?? '';
    const csv = await (await fetch(new URL(href, base))).text();
    expect(csv).toContain('温州市,330300,reconsideration_correction_rate');
    expect(csv).toContain('纠错率17.3%');
    await shot('compare');
  });

  it('switches to English', async () => {
    await page.locator('button[data-action=lang]').click();
    await expect.poll(() => page.locator('.indicator-view h2').textContent()).toContain('Indicators');
    expect(await page.locator('.ind-wide').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
