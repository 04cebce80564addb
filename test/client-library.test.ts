// Pure parts of the library view and the upload dialog: highlight runs, upload checks and results,
// labels; and the library's GraphQL documents validate against the served schema.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { countByKind, toRuns, type Highlight } from '../client/src/highlight-segments.ts';
import * as lib from '../client/src/library-api.ts';
import { factSummary, parseYear } from '../client/src/library-model.ts';
import { checkFiles, normalizeResults, overallProgress, readLimits, tally } from '../client/src/upload-model.ts';

const hl = (kind: string, start: number, end: number, label = kind): Highlight => ({ kind, start, end, label });

describe('highlight runs', () => {
  it('cut the text at every boundary and list the kinds covering each run', () => {
    const runs = toRuns(20, [hl('ADOPTED', 2, 12), hl('REFORM', 5, 8)]);
    expect(runs.map((r) => [r.start, r.end, r.kinds.join('+')])).toEqual([
      [0, 2, ''],
      [2, 5, 'ADOPTED'],
      [5, 8, 'ADOPTED+REFORM'],
      [8, 12, 'ADOPTED'],
      [12, 20, ''],
    ]);
  });

  it('cover the whole text exactly once, merge equal neighbours, skip hidden kinds and bad spans', () => {
    const runs = toRuns(10, [hl('REFORM', 0, 3), hl('REFORM', 3, 6, 'REFORM'), hl('AGENCY', 4, 5), hl('X', 8, 4), hl('CITES', 9, 99)], new Set(['REFORM', 'CITES']));
    expect(runs[0]).toMatchObject({ start: 0, end: 6, kinds: ['REFORM'] });
    expect(runs.at(-1)).toMatchObject({ start: 9, end: 10, kinds: ['CITES'] });
    let at = 0;
    for (const r of runs) {
      expect(r.start).toBe(at);
      at = r.end;
    }
    expect(at).toBe(10);
    expect(toRuns(0, [])).toEqual([]);
  });

  it('count per kind for the legend', () => {
    expect(countByKind([hl('A', 0, 1), hl('A', 2, 3), hl('B', 0, 1)])).toEqual(new Map([['A', 2], ['B', 1]]));
  });
});

describe('upload model', () => {
  it('refuses unsupported, empty and oversized files before sending, naming the reason', () => {
    const { send, refused } = checkFiles([
      { name: 'a.pdf', size: 10 },
      { name: 'b.DOCX', size: 10 },
      { name: 'c.exe', size: 10 },
      { name: 'd.txt', size: 0 },
      { name: 'e.html', size: 60 * 1024 * 1024 },
    ]);
    expect(send.map((f) => f.name)).toEqual(['a.pdf', 'b.DOCX']);
    expect(refused.map((r) => [r.file, r.reason])).toEqual([
      ['c.exe', 'unsupported_type'],
      ['d.txt', 'empty'],
      ['e.html', 'too_large'],
    ]);
  });

  it('normalises the server answer: lists, single outcomes, failed as refused with its reason', () => {
    expect(normalizeResults({ results: [{ file: 'a.pdf', status: 'created', reportId: 'report:1' }] }, 'a.pdf')).toEqual([
      { file: 'a.pdf', status: 'created', reportId: 'report:1' },
    ]);
    expect(normalizeResults([{ status: 'failed', reason: 'no_text_layer', message: 'scan' }], 's.pdf')).toEqual([
      { file: 's.pdf', status: 'refused', reportId: null, reason: 'no_text_layer', message: 'scan' },
    ]);
    expect(normalizeResults(null, 'x.txt')[0]).toMatchObject({ status: 'refused', reason: 'no_answer' });
    // The upload route's JSON answer: file lines with code + sentence, manifest and summary lines.
    const body = {
      results: [
        { type: 'manifest', file: 'm.csv', status: 'read', rows: 2 },
        { type: 'file', index: 0, file: 'scan.pdf', status: 'refused', code: 'no_text_layer', reason: 'scan.pdf: no_text_layer — no text' },
      ],
      summary: { type: 'done', files: 1 },
    };
    expect(normalizeResults(body, 'scan.pdf')).toEqual([
      { file: 'scan.pdf', status: 'refused', reportId: null, reason: 'no_text_layer', message: 'scan.pdf: no_text_layer — no text' },
    ]);
    expect(readLimits({ maxFileBytes: 10, maxFiles: 3, extensions: ['.pdf'], tokenRequired: true })).toEqual({
      maxFileBytes: 10,
      maxFiles: 3,
      extensions: ['.pdf'],
      tokenRequired: true,
    });
    expect(readLimits({ maxFiles: 3 })).toBeNull();
    expect(checkFiles([{ name: 'a.txt', size: 5 }], { maxFileBytes: 10, maxFiles: 1, extensions: ['.pdf'] }).refused[0]?.reason).toBe('unsupported_type');
  });

  it('weighs overall progress by size and tallies results', () => {
    const files = [
      { name: 'a', size: 100 },
      { name: 'b', size: 300 },
    ];
    expect(overallProgress(files, new Map([['a', 100], ['b', 100]]))).toBe(0.5);
    expect(overallProgress([], new Map())).toBe(0);
    expect(tally([{ file: 'a', status: 'created', reportId: null }, { file: 'b', status: 'refused', reportId: null }])).toEqual({
      created: 1,
      unchanged: 0,
      replaced: 0,
      refused: 1,
    });
  });
});

describe('library labels', () => {
  it('summarise fact counts and read years', () => {
    expect(factSummary([{ kind: 'ADOPTED', count: 3 }, { kind: 'REFORM', count: 5 }, { kind: 'PILOTED', count: 0 }])).toBe('改革 5 · 实施 3');
    expect(parseYear(' 2021 ')).toBe(2021);
    expect(parseYear('21')).toBeNull();
    expect(lib.cleanFilter({ title: ' ', jurisdiction: ' 嘉兴 ', year: null, status: 'LOADED' })).toEqual({ jurisdiction: '嘉兴', status: 'LOADED' });
  });
});

describe('library GraphQL documents', () => {
  const schema = buildSchema(readFileSync(new URL('../server/graphql/schema.graphql', import.meta.url), 'utf8'));
  afterAll(() => vi.unstubAllGlobals());

  it('validate against server/graphql/schema.graphql', async () => {
    const sent: { query: string }[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      sent.push(JSON.parse(init.body) as { query: string });
      return new Response(JSON.stringify({ data: {} }), { status: 200 });
    });
    await Promise.allSettled([
      lib.fetchLibrary({ year: 2021 }, 'TITLE', 10, 'x'),
      lib.fetchReport('report:x'),
      lib.correctReport('report:x', { year: 2020 }),
      lib.deleteReport('report:x'),
      lib.fetchRefused(),
    ]);
    expect(sent).toHaveLength(5);
    for (const { query } of sent) expect(validate(schema, parse(query)).map((e) => e.message), query.slice(0, 60)).toEqual([]);
  });
});
