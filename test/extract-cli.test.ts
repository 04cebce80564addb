// `npm run extract` end to end: a folder with good and bad files. Good ones come out as contract JSON,
// bad ones are named on stderr with their reason, and the exit code says something failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = (name: string): string => readFileSync(join(root, 'seed/reports', name), 'utf8');
let dir: string;

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  writeFileSync(join(dir, '001_5077eddd7db1c184.txt'), seed('001_5077eddd7db1c184.txt'));
  writeFileSync(
    join(dir, 'nanhu-report.html'),
    readFileSync(join(root, 'test/fixtures/html/nanhu-report.html')),
  );
  mkdirSync(join(dir, 'gbk'));
  writeFileSync(join(dir, 'gbk', 'wenzhou-gbk.txt'), iconv.encode(seed('003_d909330e91d29ae9.txt'), 'gbk'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'scan.txt'),
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]),
  );
  writeFileSync(join(dir, 'notes.md'), '# not a report'); // not a report extension: skipped when walking a folder
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run extract', () => {
  it('extracts the good files, names the bad ones with reasons, exits 1', () => {
    const res = runCli(dir);
    expect(res.status).toBe(1);
    const doc = JSON.parse(res.stdout) as {
      version: number;
      reports: { file: string; report: { author: string | null; year: number | null } }[];
    };
    expect(doc.version).toBe(1);
    expect(doc.reports.map((r) => r.file)).toEqual([
      '001_5077eddd7db1c184.txt',
      'wenzhou-gbk.txt',
      'nanhu-report.html',
    ]);
    expect(doc.reports[0]!.report).toMatchObject({ author: '温岭市住房和城乡建设局', year: 2021 });
    expect(doc.reports[1]!.report.author).toMatch(/温州/);
    expect(doc.reports[2]!.report.year).toBe(2023);
    expect(res.stderr).toMatch(/empty\.txt: empty/);
    // A PNG is named as what it is (an image: scans need OCR first), whatever its extension.
    expect(res.stderr).toMatch(/scan\.txt: unsupported_format — a PNG image/);
    expect(res.stderr).toMatch(/2 file\(s\) failed/);
    expect(res.stderr).not.toMatch(/notes\.md/);
  });

  it('writes one <basename>.json per report with --out and exits 0 when all succeed', () => {
    const out = join(dir, 'out');
    const res = runCli(join(dir, '001_5077eddd7db1c184.txt'), join(dir, 'nanhu-report.html'), '--out', out);
    expect(res.stderr).toMatch(/2 of 2/);
    expect(res.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['001_5077eddd7db1c184.json', 'nanhu-report.json']);
    const item = JSON.parse(readFileSync(join(out, '001_5077eddd7db1c184.json'), 'utf8')) as {
      file: string;
      regulations: unknown[];
    };
    expect(item.file).toBe('001_5077eddd7db1c184.txt');
    expect(item.regulations.length).toBeGreaterThan(0);
  });

  it('reports a missing path and bad usage clearly', () => {
    const missing = runCli(join(dir, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: not_found/);
    mkdirSync(join(dir, 'nothing'));
    const emptyDir = runCli(join(dir, 'nothing'));
    expect(emptyDir.status).toBe(1);
    expect(emptyDir.stderr).toMatch(/nothing: not_found — no \.txt, \.html, \.htm, \.pdf, \.docx or \.doc files/);
    const usage = runCli();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run extract/);
  });
});
