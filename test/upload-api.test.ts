/* eslint-disable @typescript-eslint/no-explicit-any -- NDJSON lines and Cypher rows are untyped JSON here; the assertions check their shape. */
// POST /api/reports on the real app and the real embedded Neo4j: files made at test time (a PDF with
// Chinese text, a .docx, a scan, a password-protected and a truncated PDF) uploaded in one multipart
// request; a result line per file, facts whose quotes are verbatim in the stored text, coded
// refusals that do not stop the batch, the token, the limits, the manifest; and the same files
// through `npm run ingest` (the CLI door).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../bench/browser.ts';
import type { Db } from '../server/db/run-cypher.ts';
import { extractReport } from '../server/extract/index.ts';
import { readDocument } from '../server/ingest/formats/index.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { makeDocx, makeEncryptedPdf, makePdf, makeScannedPdf, otherCity, truncated } from './helpers/documents.ts';
import { gql } from './helpers/graphql.ts';
import { clearDatabase, testApp, testDb, testDriver } from './helpers/neo4j.ts';

interface Part {
  field: string;
  name?: string;
  data: Buffer | string;
}

/** A multipart/form-data body as a browser's FormData would send it. */
async function form(parts: Part[]): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const fd = new FormData();
  for (const p of parts) {
    if (p.name === undefined) fd.append(p.field, String(p.data));
    else fd.append(p.field, new Blob([typeof p.data === 'string' ? p.data : new Uint8Array(p.data)]), p.name);
  }
  const req = new Request('http://upload.test/', { method: 'POST', body: fd });
  return { payload: Buffer.from(await req.arrayBuffer()), headers: { 'content-type': req.headers.get('content-type')! } };
}

async function upload(app: FastifyInstance, parts: Part[], headers: Record<string, string> = {}) {
  const body = await form(parts);
  const res = await app.inject({ method: 'POST', url: '/api/reports', payload: body.payload, headers: { ...body.headers, ...headers } });
  const lines = res.statusCode === 200 ? res.body.trim().split('\n').map((l) => JSON.parse(l)) : [];
  return { res, lines: lines as any[], files: lines.filter((l: any) => l.type === 'file'), done: lines.at(-1) };
}

/** Every fact of a report, with the report's stored text: quotes must be slices of it. */
async function factsOf(driver: Driver, file: string) {
  const res = await driver.executeQuery(
    `MATCH (r:Report {file: $file})
     OPTIONAL MATCH ()-[f]->() WHERE f.reportId = r.id
     RETURN r.text AS text, r.format AS format, r.id AS id, collect({type: type(f), quotes: f.quotes, starts: f.starts, ends: f.ends}) AS facts`,
    { file },
  );
  const row = res.records[0]?.toObject() as any;
  return row ? { ...row, facts: (row.facts as any[]).filter((f) => f.type !== null) } : null;
}

function expectVerbatim(text: string, facts: any[]) {
  let quotes = 0;
  for (const f of facts)
    f.quotes.forEach((q: string, i: number) => {
      quotes++;
      expect(text.slice(Number(f.starts[i]), Number(f.ends[i]))).toBe(q);
    });
  expect(quotes).toBeGreaterThan(0);
}

describe('uploading report files (POST /api/reports)', () => {
  let app: FastifyInstance;
  let driver: Driver;
  let db: Db;
  let browser: Browser;
  let pdf: Buffer;
  let docx: Buffer;
  let scan: Buffer;

  beforeAll(async () => {
    driver = testDriver();
    db = testDb(driver);
    await clearDatabase(db);
    await ensureIngestSchema(db);
    app = await testApp();
    // The extractor builds its lexicons on first use: seconds on an idle machine, far more on a busy
    // one. Pay for it here rather than inside the first upload's timeout.
    extractReport('嘉兴市人民政府2022年法治政府建设工作报告', 'warm-up.txt');
    browser = await launchChromium();
    pdf = await makePdf(browser);
    scan = await makeScannedPdf(browser);
    docx = await makeDocx(otherCity);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await clearDatabase(db);
    await driver?.close();
  });

  it('states its limits', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/limits' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      maxFileBytes: 20 * 1024 * 1024,
      maxFiles: 100,
      formats: ['txt', 'html', 'pdf', 'docx', 'doc'],
      extensions: ['.txt', '.html', '.htm', '.pdf', '.docx', '.doc'],
      tokenRequired: false,
    });
  });

  it('loads a PDF and a .docx, refuses the scan, the locked and the cut PDF, and says so per file', async () => {
    const { res, files, done } = await upload(app, [
      { field: 'files', name: 'jiaxing.pdf', data: pdf },
      { field: 'files', name: 'scan.pdf', data: scan },
      { field: 'files', name: 'huzhou.docx', data: docx },
      { field: 'files', name: 'locked.pdf', data: makeEncryptedPdf() },
      { field: 'files', name: 'cut.pdf', data: truncated(pdf) },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(files.map((f) => [f.index, f.file, f.status, f.code ?? f.format])).toEqual([
      [0, 'jiaxing.pdf', 'created', 'pdf'],
      [1, 'scan.pdf', 'refused', 'no_text_layer'],
      [2, 'huzhou.docx', 'created', 'docx'],
      [3, 'locked.pdf', 'refused', 'encrypted'],
      [4, 'cut.pdf', 'refused', 'corrupt_file'],
    ]);
    for (const f of files.filter((x) => x.status === 'refused')) expect(f.reason).toContain(f.file);
    expect(files[0].reportId).toMatch(/^report:[0-9a-f]{16}$/);
    expect(files[0].facts).toBeGreaterThan(0);
    expect(done).toMatchObject({ type: 'done', files: 5, created: 2, unchanged: 0, replaced: 0, refused: 3 });

    // The stored text is the reader's text, and every quote is verbatim at its offsets in it.
    const stored = await factsOf(driver, 'jiaxing.pdf');
    expect(stored.format).toBe('pdf');
    expect(stored.text).toBe((await readDocument(pdf, 'jiaxing.pdf')).text);
    expectVerbatim(stored.text, stored.facts);
    const pilot = stored.facts.find((f: any) => f.type === 'PILOTED');
    expect(pilot?.quotes).toContain('嘉兴市被确定为全国综合行政执法体制改革试点城市');
    const fromDocx = await factsOf(driver, 'huzhou.docx');
    expect(fromDocx.format).toBe('docx');
    expectVerbatim(fromDocx.text, fromDocx.facts);
    expect(fromDocx.facts.map((f: any) => f.type)).toContain('CITES');

    // GraphQL serves the format and the text the reader highlights in.
    const q = await gql(app, 'query($id: ID!) { report(id: $id) { format file text } }', { id: files[0].reportId });
    expect(q.errors).toBeUndefined();
    expect(q.data.report).toMatchObject({ format: 'pdf', file: 'jiaxing.pdf' });
    expect(q.data.report.text).toBe(stored.text);
  }, 240_000);

  it('changes nothing when the same file is uploaded again, and answers JSON when asked', async () => {
    const body = await form([{ field: 'files', name: 'jiaxing.pdf', data: pdf }]);
    const res = await app.inject({ method: 'POST', url: '/api/reports', payload: body.payload, headers: { ...body.headers, accept: 'application/json' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      results: [{ type: 'file', index: 0, file: 'jiaxing.pdf', status: 'unchanged', format: 'pdf' }],
      summary: { type: 'done', files: 1, unchanged: 1 },
    });
  });

  it('refuses a file over the size limit and files over the count limit, and loads the rest', async () => {
    const small = await testApp({ uploadMaxFileBytes: 50_000, uploadMaxFiles: 2 });
    try {
      const text = '嘉兴市人民政府2021年法治政府建设工作报告\n2021年，嘉兴市全面推行证明事项告知承诺制。\n';
      const { files, done } = await upload(small, [
        { field: 'files', name: 'big.pdf', data: pdf },
        { field: 'files', name: 'note.txt', data: text },
        { field: 'files', name: 'third.txt', data: text },
      ]);
      expect(pdf.length).toBeGreaterThan(50_000);
      expect(files.map((f) => [f.file, f.status, f.code ?? null])).toEqual([
        ['big.pdf', 'refused', 'too_large'],
        ['note.txt', 'created', null],
        ['third.txt', 'refused', 'too_many_files'],
      ]);
      expect(done).toMatchObject({ files: 3, created: 1, refused: 2 });
    } finally {
      await small.close();
    }
  });

  it('reads a manifest sent before the files, and loads nothing with a broken one', async () => {
    const text = '嘉兴市人民政府2020年法治政府建设工作报告\n2020年，嘉兴市全面推行证明事项告知承诺制。\n';
    const good = await upload(app, [
      { field: 'manifest', name: 'meta.csv', data: 'file,jurisdiction,year\nm1.txt,嘉兴市,2020\n' },
      { field: 'files', name: 'm1.txt', data: text },
    ]);
    expect(good.lines[0]).toEqual({ type: 'manifest', file: 'meta.csv', status: 'read', rows: 1 });
    expect(good.files[0]).toMatchObject({ file: 'm1.txt', status: 'created', format: 'txt' });

    const bad = await upload(app, [
      { field: 'manifest', name: 'meta.csv', data: 'name,region\nm2.txt,嘉兴市\n' },
      { field: 'files', name: 'm2.txt', data: text.replace('2020', '2019') },
    ]);
    expect(bad.lines[0]).toMatchObject({ type: 'manifest', status: 'refused', code: expect.stringMatching(/^MANIFEST_/) });
    expect(bad.files[0]).toMatchObject({ file: 'm2.txt', status: 'refused', code: 'manifest_invalid' });
    expect(await factsOf(driver, 'm2.txt')).toBeNull();
  });

  it('needs the API token when one is set, and multipart', async () => {
    const guarded = await testApp({ apiToken: 'upload-secret-1' });
    try {
      const parts = [{ field: 'files', name: 'x.txt', data: '嘉兴市2022年报告' }];
      const denied = await upload(guarded, parts);
      expect(denied.res.statusCode).toBe(401);
      expect(denied.res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await upload(guarded, parts, { authorization: 'Bearer wrong-token-1' })).res.statusCode).toBe(401);
      expect((await guarded.inject({ method: 'GET', url: '/api/limits' })).json()).toMatchObject({ tokenRequired: true });
      const json = await guarded.inject({ method: 'POST', url: '/api/reports', payload: { text: 'x' }, headers: { authorization: 'Bearer upload-secret-1' } });
      expect(json.statusCode).toBe(415);
      expect(json.json()).toMatchObject({ code: 'NOT_MULTIPART' });
    } finally {
      await guarded.close();
    }
  });
});

describe('the same files through npm run ingest (the CLI door)', () => {
  let driver: Driver;
  let db: Db;
  const dir = mkdtempSync(join(tmpdir(), 'reformgraph-formats-'));

  beforeAll(async () => {
    driver = testDriver();
    db = testDb(driver);
    await clearDatabase(db);
    await ensureIngestSchema(db);
    const browser = await launchChromium();
    try {
      writeFileSync(join(dir, 'a-jiaxing.pdf'), await makePdf(browser));
      writeFileSync(join(dir, 'b-scan.pdf'), await makeScannedPdf(browser));
    } finally {
      await browser.close();
    }
    writeFileSync(join(dir, 'c-huzhou.docx'), await makeDocx(otherCity));
    writeFileSync(join(dir, 'd-locked.pdf'), makeEncryptedPdf());
  });
  afterAll(async () => {
    await clearDatabase(db);
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the PDF and the .docx of a folder, names each refused file with its code, and exits 1', async () => {
    const run = promisify(execFile);
    const err = await run(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', dir], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword'), NO_COLOR: '1' },
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toMatch(/b-scan\.pdf: no_text_layer/);
    expect(err?.stderr).toMatch(/d-locked\.pdf: encrypted/);
    const pdf = await factsOf(driver, 'a-jiaxing.pdf');
    const docx = await factsOf(driver, 'c-huzhou.docx');
    expect([pdf?.format, docx?.format]).toEqual(['pdf', 'docx']);
    expectVerbatim(pdf.text, pdf.facts);
    expectVerbatim(docx.text, docx.facts);
  }, 300_000);
});
