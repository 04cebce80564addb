// Quality floor on the two hand-annotated government work reports (test/fixtures/gwr, gold in
// test/fixtures/gold, annotated with shared/gold/GUIDE.md's section on government work reports), scored
// by the same matcher as `npm run eval -- --gold test/fixtures/gold test/fixtures/gwr`. Long and
// slogan-rich, they measure precision where the seeds cannot; the floors sit just under today's numbers
// (docs/extractor.md) so a rule that floods them with slogans, or loses the stage, shows here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContract } from '../server/extract/contract.ts';
import { prf } from '../server/extract/eval/match.ts';
import { microTotals, scoreDoc, type Category, type EvalDoc } from '../server/extract/eval/score.ts';
import { extractReport } from '../server/extract/index.ts';

const DIR = new URL('./fixtures/gwr/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
const scores = files.map((file) => {
  const gold = JSON.parse(
    readFileSync(new URL(`./fixtures/gold/${file.replace(/\.txt$/u, '.json')}`, import.meta.url), 'utf8'),
  ) as EvalDoc;
  const text = readFileSync(new URL(file, DIR), 'utf8');
  return scoreDoc(gold, toContract(extractReport(text, file)) as unknown as EvalDoc);
});
const totals = microTotals(scores);

const FLOORS: [Category, 'precision' | 'f1', number][] = [
  ['reforms', 'precision', 0.62],
  ['reforms', 'f1', 0.52],
  ['reformStage', 'f1', 0.9],
  ['regulations', 'f1', 0.95],
  ['firsts', 'precision', 0.6],
  ['pilots', 'precision', 0.99],
  ['promotions', 'precision', 0.99],
  ['agencies', 'f1', 0.72],
];

describe('gold government work reports', () => {
  it('has both annotated reports', () => {
    expect(files.length).toBe(2);
  });
  for (const [category, measure, floor] of FLOORS) {
    it(`${category}: micro ${measure} ≥ ${floor}`, () => {
      expect(prf(totals[category])[measure], JSON.stringify(totals[category])).toBeGreaterThanOrEqual(floor);
    });
  }
});
