// npm run eval:indicators [-- --show] — extracts the seeds and the shared Shenzhen corpus and prints
// precision/recall per indicator against test/fixtures/indicators/gold.json (hand-checked values).
// `--show` lists every wrong and every missed value. The corpus is skipped, with a note, when
// ../shared/corpus is absent. The test (test/extract-indicators-eval.test.ts) asserts the floors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractIndicators } from '../extract/indicators/index.ts';
import { indicatorDefs } from '../extract/indicators/lexicon.ts';
import { pr, scoreFile, totals, type GoldIndicator, type IndicatorCounts } from '../extract/indicators/score.ts';
import { extractReport } from '../extract/index.ts';
import { decodeReport } from '../extract/decode.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLD_FILE = join(ROOT, 'test/fixtures/indicators/gold.json');
// ../shared beside the clone (CI, /work/main); a worktree under /work/wt/<name> has it one level up.
export const CORPUS_DIR =
  [join(ROOT, '../shared/corpus/shenzhen-gwr'), join(ROOT, '../../shared/corpus/shenzhen-gwr')].find((d) =>
    existsSync(join(d, 'metadata.csv')),
  ) ?? join(ROOT, '../shared/corpus/shenzhen-gwr');

interface GoldFile {
  file: string;
  indicators: GoldIndicator[];
}
interface Gold {
  places: Record<string, string>;
  seeds: GoldFile[];
  corpus: GoldFile[];
}

export interface IndicatorEval {
  byIndicator: Map<string, IndicatorCounts>;
  all: IndicatorCounts;
  files: number;
  corpus: boolean;
}

function read(path: string): string {
  return decodeReport(readFileSync(path), path).text;
}

/** Metadata rows of the corpus: file → [region, report year]. */
function corpusMeta(): Map<string, [string, number]> {
  const lines = readFileSync(join(CORPUS_DIR, 'metadata.csv'), 'utf8').trim().split('\n').slice(1);
  return new Map(
    lines.map((l) => {
      const [file, , , region, year] = l.split(',');
      return [file!, [region!, Number(year)]];
    }),
  );
}

export function evaluateIndicators(): IndicatorEval {
  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Gold;
  const byIndicator = new Map<string, IndicatorCounts>();
  for (const d of indicatorDefs()) byIndicator.set(d.name, { tp: 0, fp: 0, fn: 0, spurious: [], missed: [] });
  let files = 0;
  for (const g of gold.seeds) {
    const x = extractReport(read(join(ROOT, 'seed/reports', g.file)), g.file);
    scoreFile(g.file, x.indicators ?? [], g.indicators, byIndicator);
    files++;
  }
  const corpus = existsSync(join(CORPUS_DIR, 'metadata.csv'));
  if (corpus) {
    const meta = corpusMeta();
    const expected = new Map(gold.corpus.map((g) => [g.file, g.indicators]));
    for (const file of readdirSync(join(CORPUS_DIR, 'reports')).sort()) {
      const row = meta.get(file);
      if (!row) continue;
      const x = extractReport(read(join(CORPUS_DIR, 'reports', file)), file);
      // The metadata.csv place and the year reviewed, as a manifest would give them.
      const key = gold.places[row[0]] ?? null;
      const predicted = extractIndicators({
        text: x.text,
        passages: x.passages,
        meta: { ...x.report, jurisdictionKey: key, year: row[1] - 1 },
        author: null,
        jurisdictions: x.jurisdictions,
      });
      scoreFile(file, predicted, expected.get(file) ?? [], byIndicator);
      files++;
    }
  }
  return { byIndicator, all: totals(byIndicator), files, corpus };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

export function formatTable(e: IndicatorEval, show = false): string {
  const lines = [
    `${'indicator'.padEnd(34)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'P%'.padStart(6)} ${'R%'.padStart(6)}`,
  ];
  const row = (label: string, c: IndicatorCounts): string => {
    const { precision, recall } = pr(c);
    return `${label.padEnd(34)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${pct(precision)} ${pct(recall)}`;
  };
  for (const [name, c] of e.byIndicator) lines.push(row(name, c));
  lines.push(row(`all (${e.files} files)`, e.all));
  if (!e.corpus) lines.push(`note: ${CORPUS_DIR} not found; seeds only`);
  if (show) {
    for (const [name, c] of e.byIndicator) {
      for (const s of c.spurious) lines.push(`  + wrong  ${name}  ${s}`);
      for (const m of c.missed) lines.push(`  - missed ${name}  ${m}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(formatTable(evaluateIndicators(), process.argv.includes('--show')) + '\n');
}
