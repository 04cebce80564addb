// Quality gate: micro F1 on the three hand-annotated seeds, scored by the same matcher as `npm run eval`.
// The numbers come from domain rules and lexicons; a drop here means a rule regressed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContract } from '../server/extract/contract.ts';
import { prf } from '../server/extract/eval/match.ts';
import { TARGETS, microTotals, scoreDoc, type Category, type EvalDoc } from '../server/extract/eval/score.ts';
import { SEEDS, seedReport } from './helpers/seeds.ts';

const GOLD = [SEEDS.jiaxingJianshe2023, SEEDS.wenlingJianshe2021, SEEDS.nanhu2023];

const scores = GOLD.map((file) => {
  const gold = JSON.parse(
    readFileSync(new URL(`./fixtures/gold/${file.replace(/\.txt$/u, '.json')}`, import.meta.url), 'utf8'),
  ) as EvalDoc;
  return scoreDoc(gold, toContract(seedReport(file)) as unknown as EvalDoc);
});
const totals = microTotals(scores);

describe('gold seeds', () => {
  for (const [category, target] of Object.entries(TARGETS) as [Category, number][]) {
    it(`${category}: micro F1 ≥ ${target}`, () => {
      const { f1 } = prf(totals[category]);
      expect(f1, JSON.stringify(totals[category])).toBeGreaterThanOrEqual(target);
    });
  }
});
