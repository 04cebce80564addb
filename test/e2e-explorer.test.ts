// The explorer end to end: real server (buildApp on the test Neo4j, seed reports loaded), the built
// client it serves, driven in real headless Chromium. Screenshots of each view go to test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../bench/browser.ts';
import { ensureClientBuilt } from '../server/cli/ensure-client.ts';
import { seedCorpus } from '../server/ingest/seed.ts';
import { clearDatabase, testApp, testDb, testDriver } from './helpers/neo4j.ts';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

describe('explorer in headless Chromium', () => {
  const driver = testDriver();
  const db = testDb(driver);
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = '';
  const pageErrors: string[] = [];
  let closed = false;

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `explorer-${name}.png`) });

  async function pickFromSearch(text: string, type: string, name = text): Promise<void> {
    await page.fill('#search', text);
    const option = page
      .locator(`.top .suggestions li[role=option]:has(.badge-${type})`)
      .filter({ hasText: name })
      .first();
    await option.waitFor({ timeout: 20_000 });
    await option.dispatchEvent('mousedown');
  }

  async function setYearTo(year: number | 'max'): Promise<void> {
    await page.locator('input[name=yearTo]').evaluate((el, y) => {
      const input = el as HTMLInputElement;
      input.value = y === 'max' ? input.max : String(y);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, year);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureClientBuilt(() => {});
    await clearDatabase(db);
    const summary = await seedCorpus(db);
    expect(summary.failed).toEqual([]);
    app = await testApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    if (!closed) await app?.close();
    await clearDatabase(db);
    await driver.close();
  });

  it('serves the built client at / and for client-side paths', async () => {
    const res = await fetch(`${base}some/deep/link`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="app">');
    await page.goto(base);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.locator('#search').getAttribute('type')).toBe('search');
    await expect.poll(() => page.locator('.evidence .placeholder').textContent()).toContain('5 份报告');
  });

  it(
    "search 双随机 → pick the reform → evidence panel quotes 温州's 2018 report",
    { timeout: 120_000 },
    async () => {
      await pickFromSearch('双随机', 'reform');
      const quote = page.locator('.evidence button.quote[data-year="2018"]').first();
      await quote.waitFor({ timeout: 20_000 });
      expect(await quote.locator('.source').textContent()).toContain('温州');
      expect((await quote.locator('q').textContent())?.length).toBeGreaterThan(4);
      expect(await page.locator('.evidence .panel-head h2').textContent()).toContain('双随机');
      // The neighbourhood is on the canvas and the reform is focused.
      const canvas = await page.evaluate(() => ({
        nodes: window.cy!.nodes().length,
        focus: window.cy!.$('node.focus').data('label') as string,
      }));
      expect(canvas.nodes).toBeGreaterThan(2);
      expect(canvas.focus).toContain('双随机');
      await page.evaluate(() => window.cy!.fit(undefined, 30));
      await shot('graph');
      expect(page.url()).toContain('id=reform');
    },
  );

  it('clicking a quote opens the report with the passage highlighted in view', async () => {
    const quote = page.locator('.evidence button.quote[data-year="2018"]').first();
    const text = (await quote.locator('q').textContent()) ?? '';
    await quote.click();
    const mark = page.locator('.reader mark.quote-highlight');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(text);
    expect(await page.locator('.reader-title').textContent()).toContain('2018');
    await expect.poll(() => mark.isVisible()).toBe(true);
    const inView = await mark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const pane = el.closest('.reader-text')!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom;
    });
    expect(inView).toBe(true);
    await shot('reader');
    await page.locator('.reader-close').click();
    expect(await page.locator('.reader').isHidden()).toBe(true);
  });

  it('the spread view lists 温州市 first', async () => {
    await page.locator('.evidence .actions button.primary').click();
    const names = page.locator('.spread-view .adopter-name');
    await names.first().waitFor({ timeout: 20_000 });
    expect(await names.first().textContent()).toBe('温州市');
    expect(await names.count()).toBeGreaterThan(1);
    expect(await page.locator('.spread-view .adopter').first().locator('.year').textContent()).toBe('2018');
    expect(await page.locator('.spread-view svg.timeline .marker').count()).toBeGreaterThan(1);
    expect(page.url()).toContain('mode=spread');
    await shot('spread');
  });

  it('the year filter hides later adopters, in the spread view and on the canvas', async () => {
    const before = await page.locator('.spread-view .adopter-name').allTextContents();
    await setYearTo(2018);
    await expect.poll(() => page.locator('.spread-view .adopter-name').allTextContents()).toEqual(['温州市']);
    expect(page.url()).toContain('to=2018');
    await shot('spread-to-2018');
    await page.locator('.tab[data-mode=graph]').click();
    const shown = await page.evaluate(() =>
      window
        .cy!.nodes('.jurisdiction')
        .filter((n) => !n.hasClass('filtered') && !n.hasClass('hidden-kind'))
        .map((n) => n.data('label') as string),
    );
    const later = before.filter((n) => n !== '温州市');
    for (const name of later) expect(shown).not.toContain(name);
    // The evidence panel lists only the facts inside the range as well.
    expect(new Set(await page.locator('.evidence .fact .year').allTextContents())).toEqual(new Set(['2018']));
    await shot('graph-to-2018');
    await setYearTo('max');
    await page.locator('.tab[data-mode=spread]').click();
    await expect.poll(() => page.locator('.spread-view .adopter-name').count()).toBe(before.length);
  });

  it('exports the adoption table as CSV with a BOM, a header and 温州市 2018 first', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action=export-csv]').click(),
    ]);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('jurisdiction,code,year,agency,report,evidence');
    expect(lines[1]).toMatch(/^温州市,3303\d*,2018,/);
    expect(lines.length).toBeGreaterThan(2);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('a copied link reopens the same view', async () => {
    const url = page.url();
    const fresh = await page.context().newPage();
    await fresh.goto(url);
    const names = fresh.locator('.spread-view .adopter-name');
    await names.first().waitFor({ timeout: 20_000 });
    expect(await names.first().textContent()).toBe('温州市');
    expect(await fresh.locator('.tab.active').getAttribute('data-mode')).toBe('spread');
    await fresh.close();
  });

  it('caps a big neighbourhood with "show more", expands on double-click, relayouts, exports PNG and JSON', async () => {
    await page.goto(`${base}#id=${encodeURIComponent('jurisdiction:330300')}`);
    await page.waitForSelector('body[data-ready=true]');
    const count = () => page.evaluate(() => window.cy!.nodes().length);
    await page.locator('.more-bar').waitFor({ timeout: 20_000 });
    const capped = await count();
    await page.locator('[data-action=show-more]').click();
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(capped);
    const before = await count();
    // "show more" re-runs an animated layout: aim only once the report node has stopped moving,
    // or the double-click lands where it was a moment ago.
    const where = () =>
      page.evaluate(() => {
        const n = window.cy!.nodes('.report').first();
        const p = n.renderedPosition();
        return { id: n.id(), x: Math.round(p.x), y: Math.round(p.y) };
      });
    let target = await where();
    await expect
      .poll(
        async () => {
          const previous = target;
          await page.waitForTimeout(300);
          target = await where();
          return target.x === previous.x && target.y === previous.y;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.dblclick(box.x + target.x, box.y + target.y);
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(before);
    await page.selectOption('select[name=layout]', 'hierarchical');
    expect(page.url()).toContain('layout=hierarchical');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action=export-png]').click(),
    ]);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action=export-json]').click(),
    ]);
    const elements = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      group: string;
      data: { id: string };
    }[];
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(await count());
    expect(elements.filter((e) => e.group === 'edges').every((e) => e.data.id.startsWith('e:'))).toBe(true);
    await shot('expanded');
  });

  it('compares jurisdictions: shared and unique reforms', async () => {
    await page.goto(`${base}#mode=compare&cmp=${encodeURIComponent('温州市|嘉兴市')}`);
    const cols = page.locator('.compare-col');
    await cols.first().waitFor({ timeout: 20_000 });
    expect(await cols.count()).toBe(3);
    expect(await page.locator('.compare-col h3').allTextContents()).toEqual(
      expect.arrayContaining(['仅 温州市 实施', '仅 嘉兴市 实施']),
    );
    await shot('compare');
  });

  it('finds the shortest path between two entities and draws it', async () => {
    await page.goto(base);
    await page.waitForSelector('body[data-ready=true]');
    await pickFromSearch('南湖', 'jurisdiction');
    await page.locator('.evidence .actions button', { hasText: '设为路径起点' }).click();
    await pickFromSearch('温州', 'jurisdiction');
    await page.locator('.evidence .panel-head h2', { hasText: '温州' }).waitFor();
    await page.locator('.evidence .actions button', { hasText: '设为路径终点' }).click();
    await page.locator('[data-action=find-path]').click();
    await expect
      .poll(() => page.locator('.path-status').textContent(), { timeout: 20_000 })
      .toMatch(/找到|没有/);
    const status = (await page.locator('.path-status').textContent()) ?? '';
    if (status.includes('找到')) {
      const labels = await page.evaluate(() =>
        window.cy!.nodes('.path').map((n) => n.data('label') as string),
      );
      expect(labels).toEqual(expect.arrayContaining(['南湖区']));
    }
    await shot('path');
  });

  it('says so when nothing matches, and switches to English', async () => {
    await page.goto(base);
    await page.waitForSelector('body[data-ready=true]');
    await page.fill('#search', '不存在的改革名称');
    await expect
      .poll(() => page.locator('.top .suggestions li.message.empty').textContent(), { timeout: 20_000 })
      .toContain('没有找到');
    await shot('no-match');
    await page.locator('[data-action=lang]').click();
    expect(await page.locator('.tab[data-mode=spread]').textContent()).toBe('Spread');
    expect(page.url()).toContain('lang=en');
  });

  it('tells an empty database apart from a server that is down', async () => {
    await clearDatabase(db);
    await page.goto(base);
    await page.waitForSelector('body[data-ready=true]');
    await expect.poll(() => page.locator('.banner').textContent()).toContain('数据库还是空的');
    await shot('empty-db');
    await app.close();
    closed = true;
    await page.fill('#search', '双随机');
    await expect
      .poll(() => page.locator('.top .suggestions li.message.error').textContent(), { timeout: 20_000 })
      .toContain('无法连接服务器');
    await shot('api-down');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
