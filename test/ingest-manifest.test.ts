// The manifest reader: CSV and JSON keyed by file name, column mapping, coded errors naming the row.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, parseColumns, readManifest } from '../server/ingest/manifest.ts';

const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const failure = async (p: Promise<unknown>): Promise<ManifestError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof ManifestError) return err;
    throw err;
  }
  throw new Error('expected a ManifestError');
};

describe('readManifest', () => {
  it('reads a collector’s CSV through a column mapping', async () => {
    const p = file(
      'metadata.csv',
      '\uFEFFfilename,title,region,report_year\n"a,1.txt",标题,南山区,2017\nsub/b.txt,,大鹏新区,2015\n',
    );
    const m = await readManifest(
      p,
      parseColumns('file=filename,jurisdiction=region,delivered=report_year,title='),
    );
    expect(m.get('a,1.txt')).toEqual({ cue: 'manifest', jurisdiction: '南山区', delivered: 2017 });
    expect(m.get('b.txt')).toEqual({ cue: 'manifest', jurisdiction: '大鹏新区', delivered: 2015 });
  });

  it('reads our own field names without a mapping, and JSON as an array or keyed by file', async () => {
    const csv = file(
      'm.csv',
      'file,jurisdiction,year,published,genre\nx.txt,330521,2023,2024年2月1日,法治政府建设年度报告\n',
    );
    expect((await readManifest(csv)).get('x.txt')).toEqual({
      cue: 'manifest',
      jurisdiction: '330521',
      year: 2023,
      published: '2024-02-01',
      genre: 'rule_of_law',
    });
    const arr = file(
      'a.json',
      JSON.stringify([{ file: 'y.txt', author: '德清县人民政府', genre: 'government_work' }]),
    );
    expect((await readManifest(arr)).get('y.txt')).toMatchObject({
      author: '德清县人民政府',
      genre: 'government_work',
    });
    const obj = file('o.json', JSON.stringify({ 'z.txt': { region: '福田区' } }));
    expect((await readManifest(obj, { jurisdiction: 'region' })).get('z.txt')).toMatchObject({
      jurisdiction: '福田区',
    });
  });

  it('names the file and the row of a bad value', async () => {
    const p = file('bad.csv', 'file,year\nok.txt,2020\nbad.txt,二零\n');
    const e = await failure(readManifest(p));
    expect(e.code).toBe('MANIFEST_ROW');
    expect(e.row).toBe(2);
    expect(e.message).toContain('bad.csv: row 2');
    const dup = await failure(readManifest(file('dup.csv', 'file\na.txt\na.txt\n')));
    expect(dup.code).toBe('MANIFEST_ROW');
    const genre = await failure(readManifest(file('g.csv', 'file,genre\na.txt,诗歌\n')));
    expect(genre.message).toContain('genre');
  });

  it('refuses a missing file column, an unknown mapping, bad syntax and a missing file', async () => {
    expect((await failure(readManifest(file('nf.csv', 'name,year\na.txt,2020\n')))).code).toBe(
      'MANIFEST_COLUMNS',
    );
    expect(
      (await failure(readManifest(file('ok.csv', 'file\na.txt\n'), { jurisdiction: 'region' }))).code,
    ).toBe('MANIFEST_COLUMNS');
    expect((await failure(readManifest(file('ok2.csv', 'file\na.txt\n'), { colour: 'x' }))).code).toBe(
      'MANIFEST_COLUMNS',
    );
    expect((await failure(readManifest(file('s.csv', 'file,year\n"a.txt,2020\n')))).code).toBe(
      'MANIFEST_SYNTAX',
    );
    expect((await failure(readManifest(file('s.json', '{"a.txt": ')))).code).toBe('MANIFEST_SYNTAX');
    expect((await failure(readManifest(join(dir, 'none.csv')))).code).toBe('MANIFEST_UNREADABLE');
    expect(() => parseColumns('file')).toThrow(ManifestError);
  });
});
