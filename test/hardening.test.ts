// Bad input through ingestReport and the query API, on the real database: every case answers a coded
// error naming the input and the reason, nothing partial is written, and the server stays up.
// Concurrency: the same report from 8 clients at once is one report; 8 different ones all land.
// (The CLI's file cases — empty, binary, undecodable, GBK/UTF-16 without BOM, HTML, too large — are in
// test/extract-decode.test.ts and test/ingest.test.ts; the write token in test/api-safety.test.ts.)
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { gql } from './helpers/graphql.ts';
import { clearDatabase, testApp } from './helpers/neo4j.ts';

let app: FastifyInstance;

beforeAll(async () => {
  app = await testApp();
  await clearDatabase(app.db);
  await ensureIngestSchema(app.db);
});

afterAll(async () => {
  await clearDatabase(app.db);
  await app.close();
});

const INGEST = 'mutation($text: String!) { ingestReport(text: $text) { created report { id } } }';
const reports = async () => (await gql(app, '{ stats { reports } }')).data.stats.reports as number;

function report(city: string, year: number): string {
  return [
    `${city}人民政府关于${year}年度法治政府建设工作情况的报告`,
    `${year}年，${city}深入推进依法行政，全面推行“双随机、一公开”监管，深化“最多跑一次”改革。`,
    `${city}在全省率先开展行政合法性审查试点工作。`,
    '',
  ].join('\n');
}

describe('bad input to ingestReport', () => {
  const cases: [string, string, string | undefined][] = [
    ['empty', '', undefined],
    ['blank', ' \n\t\u3000 \n', undefined],
    ['control bytes', '\x00\x01\x02\x03'.repeat(200), 'binary'],
    ['control bytes in Chinese text', `${report('温州市', 2020)}${'\x01\x02'.repeat(50)}`, 'binary'],
    ['GBK read as UTF-8 (mojibake)', `报告${'\ufffd'.repeat(300)}`, 'undecodable'],
  ];
  for (const [name, text, reason] of cases) {
    it(`refuses ${name} with BAD_USER_INPUT naming the text and the reason`, async () => {
      const r = await gql(app, INGEST, { text });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
      if (reason) expect(r.errors?.[0]?.extensions?.reason).toBe(reason);
      expect(r.data?.ingestReport ?? null).toBeNull();
    });
  }

  it('refuses a body over MAX_BODY_BYTES with 413 and a code, before any work', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: INGEST, variables: { text: '法'.repeat(50 * 1024 * 1024 / 3) } },
    });
    expect(res.statusCode).toBe(413);
    const body = res.json() as { code?: string; errors?: { extensions?: { code?: string } }[] };
    expect(body.code ?? body.errors?.[0]?.extensions?.code).toBeTruthy();
  });

  it('wrote nothing for any of them', async () => {
    expect(await reports()).toBe(0);
  });
});

describe('bad queries', () => {
  it('takes Lucene specials in search literally', async () => {
    const r = await gql(app, '{ search(text: "+-&&||!(){}[]^\\"~*?:\\\\/ AND OR NOT") { id } }');
    expect(r.errors).toBeUndefined();
  });

  it('answers malformed GraphQL with GRAPHQL_PARSE_FAILED', async () => {
    const r = await gql(app, '{ reports { name ');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a depth-50 query with QUERY_TOO_DEEP', async () => {
    const deep = `{ reforms { adoptions { jurisdiction { ${'parent { '.repeat(50)}name${' }'.repeat(50)} } } } }`;
    const r = await gql(app, deep);
    expect(r.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_DEEP');
  });

  it('clamps limit: 1000000000 instead of trying to honour it', async () => {
    const r = await gql(app, '{ reports(limit: 1000000000) { id } }');
    expect(r.errors).toBeUndefined();
  });

  it('stays up through all of it', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('concurrent writes', () => {
  it('makes one report of the same text sent by 8 clients at once', async () => {
    const text = report('温州市', 2021);
    const answers = await Promise.all(Array.from({ length: 8 }, () => gql(app, INGEST, { text })));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data.ingestReport.report.id)).size).toBe(1);
    expect(answers.filter((a) => a.data.ingestReport.created)).toHaveLength(1);
    expect(await reports()).toBe(1);
  });

  it('lands all of 8 different reports sent at once', async () => {
    const cities = ['嘉兴市', '杭州市', '宁波市', '绍兴市', '湖州市', '台州市', '金华市', '衢州市'];
    const answers = await Promise.all(cities.map((c) => gql(app, INGEST, { text: report(c, 2022) })));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data.ingestReport.report.id)).size).toBe(8);
    expect(await reports()).toBe(9);
  });
});
