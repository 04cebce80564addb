// The map view end to end: real server on the test Neo4j with the seed reports, the built client
// and its /geo boundary asset, real headless Chromium. Every request must stay on 127.0.0.1.
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
const REFORM = '双随机、一公开';

describe('map view in headless Chromium', () => {
  const driver = testDriver();
  const db = testDb(driver);
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = '';
  const pageErrors: string[] = [];
  const requests: string[] = [];

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `map-${name}.png`) });
  const adopted = () => page.locator('.map-view svg.map-svg path.unit.adopted');

  async function download(action: string): Promise<{ name: string; body: Buffer }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-action=${action}]`).click(),
    ]);
    return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
  }

  // A cold server on a busy machine can take a while for its first answers.
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
    // Anything not for our server is recorded and refused: the map must work offline.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith(base) || /^(blob|data):/.test(url) ? route.continue() : route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await clearDatabase(db);
    await driver.close();
  });

  it(
    'opens the spread of a seeded reform on the county map of 浙江, adopters coloured',
    { timeout: 120_000 },
    async () => {
      await page.goto(`${base}#mode=map&reform=${encodeURIComponent(REFORM)}`);
      await page.waitForSelector('body[data-ready=true]', { timeout: 90_000 });
      await adopted().first().waitFor({ timeout: 30_000 });
      const names = await adopted().evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
      // County level: 温岭市 and the districts 南湖区, 上城区 are counties; 温州市 and 嘉兴市 are cities
      // (above the level), drawn as rings.
      expect(names).toEqual(expect.arrayContaining(['温岭市', '南湖区', '上城区']));
      const rings = await page
        .locator('.map-view svg circle.above')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
      expect(rings).toEqual(expect.arrayContaining(['温州市', '嘉兴市']));
      expect(await page.locator('.map-view select[name=mapZoom]').inputValue()).toBe('330000');
      expect(await page.locator('.tab.active').getAttribute('data-mode')).toBe('map');
      // Colours follow the year: 温岭市 (2021) differs from 南湖区 (2023).
      const fill = (n: string) => page.locator(`.map-view path.unit[data-name="${n}"]`).getAttribute('fill');
      expect(await fill('温岭市')).not.toBe(await fill('南湖区'));
      await shot('spread-county');
    },
  );

  it('the year slider hides later adopters', async () => {
    const before = await adopted().count();
    await page.locator('input[name=mapYear]').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = '2021';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => adopted().count()).toBeLessThan(before);
    const names = await adopted().evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(names).toEqual(['温岭市']);
    expect(await page.locator('.map-year').textContent()).toBe('2021');
    await page.locator('input[name=mapYear]').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = input.max;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => adopted().count()).toBe(before);
  });

  it('playback steps through the years', async () => {
    await page.locator('[data-action=map-play]').click();
    await expect.poll(() => page.locator('.map-year').textContent()).toBe('2018');
    await page.locator('[data-action=map-play]').click(); // pause
  });

  it('clicking a place shows its quotes; a quote opens the report', async () => {
    await page.locator('input[name=mapYear]').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = input.max;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.locator('.map-view path.unit[data-name="温岭市"]').dispatchEvent('click');
    const quote = page.locator('.map-side button.quote').first();
    await quote.waitFor();
    expect(await page.locator('.map-side .adopter-name').first().textContent()).toBe('温岭市');
    expect((await quote.locator('q').textContent())?.length).toBeGreaterThan(4);
    await quote.click();
    await page.locator('.reader mark.quote-highlight').waitFor();
    await page.locator('.reader-close').click();
  });

  it('switches level: city map colours 温州市 and 嘉兴市; province map colours 浙江省', async () => {
    await page.locator('.map-levels button[data-level=city]').click();
    await expect
      .poll(() => adopted().evaluateAll((els) => els.map((e) => e.getAttribute('data-name')).sort()))
      .toEqual(expect.arrayContaining(['嘉兴市', '温州市', '台州市', '杭州市']));
    expect(page.url()).toContain('ml=city');
    await shot('spread-city');
    await page.locator('.map-levels button[data-level=province]').click();
    await expect
      .poll(() => adopted().evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))))
      .toEqual(['浙江省']);
    await page.locator('.map-levels button[data-level=county]').click();
    await adopted().first().waitFor();
  });

  it('exports the map as SVG and PNG and the adoption panel as CSV', async () => {
    const svgFile = await download('map-svg');
    expect(svgFile.name).toMatch(/\.svg$/);
    const svgText = svgFile.body.toString('utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('温岭市');
    const png = await download('map-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(5_000);
    const csv = await download('map-csv');
    const text = csv.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'jurisdiction,code,level,parent,lon,lat,first_year,pilot,promoted,first,map_unit,map_unit_name,placed_as',
    );
    const wenzhou = lines.find((l) => l.startsWith('温州市,'))!;
    expect(wenzhou).toMatch(/^温州市,330300,city,浙江省,120\.\d+,27\.\d+,2018,/);
  });

  it("maps the places compared and one place's neighbourhood", async () => {
    await page.goto(`${base}#mode=map&mo=compare&cmp=${encodeURIComponent('嘉兴市|温州市')}`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 90_000 });
    await page.locator('.map-view svg.map-svg').first().waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('.map-view svg circle.above, .map-view path.unit.adopted').count())
      .toBeGreaterThanOrEqual(2);
    await page.goto(`${base}#mode=map&mo=place&id=${encodeURIComponent('jurisdiction:330300')}`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 90_000 });
    await expect
      .poll(() => page.locator('.map-view svg [data-name]').count(), { timeout: 20_000 })
      .toBeGreaterThan(1);
    await shot('place');
  });

  it('made no request that left 127.0.0.1 and threw no page error', () => {
    expect(requests.filter((u) => !u.startsWith(base) && !/^(blob|data):/.test(u))).toEqual([]);
    expect(requests.some((u) => u.includes('/geo/counties/330000.json'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
