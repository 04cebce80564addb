// The eval's matching rules: one-to-one, aliases on either side, places by name/code/path, facts by parts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { longestCommonSubstring, matchOneToOne, prf } from '../server/extract/eval/match.ts';
import { CATEGORIES, microTotals, scoreDoc, type EvalDoc } from '../server/extract/eval/score.ts';

const gold = JSON.parse(
  readFileSync(new URL('./fixtures/gold/000_0487bdcd1988260a.json', import.meta.url), 'utf8'),
) as EvalDoc;
const clone = (d: EvalDoc): EvalDoc => structuredClone(d);

describe('matchOneToOne', () => {
  it('finds a maximum matching, not a greedy one', () => {
    // Gold a can pair with x or y, gold b only with x: greedy a→x would lose b.
    const m = matchOneToOne(['a', 'b'], ['x', 'y'], (g, p) => (g === 'a' ? true : p === 'x'));
    expect(m.pairs).toHaveLength(2);
    expect(m.missed).toEqual([]);
  });

  it('never pairs one prediction with two gold items', () => {
    const m = matchOneToOne(['双随机一公开', '双随机、一公开'], ['双随机一公开'], () => true);
    expect(m).toMatchObject({ missed: ['双随机、一公开'], spurious: [] });
    expect(m.pairs).toHaveLength(1);
  });

  it('computes P/R/F1 and treats nothing-vs-nothing as perfect', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: (2 * 0.75 * 0.6) / 1.35,
    });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(longestCommonSubstring('在全省首创共同富裕', '全省首创共同富裕现代化')).toBe(8);
  });
});

describe('scoreDoc', () => {
  it('scores gold against itself as perfect in every category', () => {
    const s = scoreDoc(gold, gold);
    for (const c of CATEGORIES) expect([c, s[c].fp, s[c].fn]).toEqual([c, 0, 0]);
    expect(s.reforms.tp).toBe(gold.reforms.length);
  });

  it('matches reforms by any alias on either side and places by our full path', () => {
    const pred = clone(gold);
    pred.reforms = [
      { name: '双随机一公开', aliases: [] },
      { name: '无关的改革', aliases: [] },
    ];
    pred.jurisdictions = [{ name: '海宁市', code: '330481', fullName: '浙江省嘉兴市海宁市' }];
    const s = scoreDoc(gold, pred);
    expect(s.reforms.tp).toBe(1);
    expect(s.reforms.spurious).toEqual(['无关的改革']);
    expect(s.jurisdictions).toMatchObject({ tp: 1, fp: 0, fn: gold.jurisdictions.length - 1 });

    const qingpu = { ...gold, jurisdictions: [{ name: '上海市青浦区' }] } as EvalDoc;
    const predQ = {
      ...gold,
      jurisdictions: [{ name: '青浦区', code: '310118', fullName: '上海市青浦区' }],
    } as EvalDoc;
    expect(scoreDoc(qingpu, predQ).jurisdictions.tp).toBe(1);
  });

  it('counts metadata per field and needs both parts of a fact', () => {
    const pred = clone(gold);
    pred.report = { ...gold.report, year: 2024, published: null };
    pred.pilots = gold.pilots.map((p) => ({ ...p, jurisdiction: '桐乡市' }));
    pred.firsts = gold.firsts.map((f) => ({ ...f, reform: '别的名字' })); // quotes still overlap
    const s = scoreDoc(gold, pred);
    expect(s.metadata).toMatchObject({ tp: 3, fp: 1, fn: 2 });
    expect(s.pilots.tp).toBe(0);
    expect(s.firsts.tp).toBe(gold.firsts.length);
    const micro = microTotals([s, scoreDoc(gold, gold)]);
    expect(micro.metadata).toEqual({ tp: 8, fp: 1, fn: 2 });
  });
});
