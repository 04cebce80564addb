// The indicator reader measured against hand-checked values (test/fixtures/indicators/gold.json):
// the five seeds and, when ../shared/corpus is present, all 144 Shenzhen government work reports
// (reports without a gold entry must yield nothing). Floors: precision ≥ 0.95 (a wrong number is
// worse than none), recall ≥ 0.80. `npm run eval:indicators -- --show` prints the table and misses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, evaluateIndicators, formatTable, GOLD_FILE } from '../server/cli/eval-indicators.ts';
import { pr } from '../server/extract/indicators/score.ts';

describe('indicator precision and recall', () => {
  const result = evaluateIndicators();
  if (!result.corpus) console.warn(`shared corpus not found at ${CORPUS_DIR}: measuring the seeds only`);
  console.log(formatTable(result, true));

  it('meets the floors over all values', () => {
    const { precision, recall } = pr(result.all);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('is precise for every indicator it reports', () => {
    for (const [name, c] of result.byIndicator) expect(pr(c).precision, `${name}: ${c.spurious.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('has gold quotes that occur verbatim in their reports', () => {
    const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as {
      seeds: { file: string; indicators: { quote: string }[] }[];
    };
    for (const g of gold.seeds) {
      const text = readFileSync(new URL(`../seed/reports/${g.file}`, import.meta.url), 'utf8');
      for (const i of g.indicators) expect(text, g.file).toContain(i.quote);
    }
  });
});
