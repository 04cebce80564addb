// `npm run extract -- --manifest`: the manifest's values win, a bad manifest stops before any
// extraction with its coded error, a row naming no place fails only that file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;

const runCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-manifest-'));
  const gwr = readFileSync(join(root, 'test/fixtures/placement/county-gwr.txt'), 'utf8');
  writeFileSync(join(dir, 'a.txt'), gwr);
  writeFileSync(join(dir, 'b.txt'), gwr);
  writeFileSync(join(dir, 'good.csv'), 'filename,region,report_year\na.txt,安吉县,2021\nb.txt,火星市,2021\n');
  writeFileSync(join(dir, 'bad.csv'), 'filename,region,report_year\na.txt,安吉县,明年\n');
});

describe('npm run extract -- --manifest', () => {
  it('applies the manifest through a column mapping and fails only the row naming no place', () => {
    const r = runCli(
      '--manifest',
      join(dir, 'good.csv'),
      '--columns',
      'file=filename,jurisdiction=region,delivered=report_year',
      join(dir, 'a.txt'),
      join(dir, 'b.txt'),
    );
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      reports: { file: string; report: { jurisdiction: string; year: number } }[];
    };
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0]!.report).toMatchObject({ jurisdiction: '安吉县', year: 2020 });
    expect(r.stderr).toMatch(/b\.txt: OVERRIDE_JURISDICTION_UNKNOWN — jurisdiction "火星市"/u);
  }, 120_000);

  it('stops with exit code 2 on a bad manifest, naming the file and the row', () => {
    const r = runCli(
      '--manifest',
      join(dir, 'bad.csv'),
      '--columns',
      'file=filename,delivered=report_year',
      dir,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.csv: row 1: MANIFEST_ROW');
    expect(r.stdout).toBe('');
  }, 120_000);
});
