// Stage detection (server/extract/facts/stage.ts): plan sections by their headings, look-ahead sentences.
import { describe, expect, it } from 'vitest';
import { StageMap } from '../server/extract/facts/stage.ts';
import { splitPassages } from '../server/extract/passages.ts';

const stageOf = (text: string, word: string, year: number | null = null, nth = 0): string => {
  const map = new StageMap(text, splitPassages(text), year);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  return map.stageAt(at);
};

describe('plan sections', () => {
  it('an unnumbered review heading holds numbered items; the next unnumbered heading opens the plan', () => {
    // Lines indented with ideographic spaces, as the reports are.
    const t = [
      '各位代表：',
      '2016年工作回顾',
      '一、经济发展。推行甲改革。',
      '二、社会治理。推行乙改革。',
      '打造世界级征程中的南山',
      '推行丙改革。',
      '2017年主要工作',
      '一、推行丁改革。',
    ]
      .map((l, i) => (i === 0 ? l : '\u3000\u3000' + l))
      .join('\n');
    expect(stageOf(t, '甲改革')).toBe('done');
    expect(stageOf(t, '乙改革')).toBe('done');
    expect(stageOf(t, '丙改革')).toBe('planned');
    expect(stageOf(t, '丁改革')).toBe('planned');
  });

  it('a heading naming a later year plans, the year under review reviews', () => {
    const t = `一、团结奋斗，2024年现代化建设迈出新步伐
推行甲改革。
二、坚定信心，全力实现2025年政府工作总体目标
推行乙改革。`;
    expect(stageOf(t, '甲改革', 2024)).toBe('done');
    expect(stageOf(t, '乙改革', 2024)).toBe('planned');
  });

  it('主要工作 alone heads a review; 存在的问题和下一步打算 heads a plan', () => {
    const t = `一、主要工作
推行甲改革。
二、存在的问题和下一步打算
推行乙改革。`;
    expect(stageOf(t, '甲改革', 2023)).toBe('done');
    expect(stageOf(t, '乙改革', 2023)).toBe('planned');
  });

  it('a signature date line is not a plan heading', () => {
    const t = `一、主要做法
推行甲改革。
某某局
2024年2月29日
推行乙改革。`;
    expect(stageOf(t, '乙改革', 2023)).toBe('done');
  });
});

describe('look-ahead sentences', () => {
  it.each([
    ['下一步，我局将推行甲改革。', 'planned'],
    ['今年将推行甲改革。', 'planned'],
    ['2024年，要推行甲改革。', 'planned'],
    ['力争推行甲改革。', 'planned'],
    ['计划于6月前推行甲改革。', 'planned'],
    ['我局将继续推行甲改革。', 'planned'],
    ['今年以来，推行甲改革。', 'done'],
    ['2023年，将甲改革纳入考核。', 'done'],
    ['我局将甲改革纳入考核。', 'done'],
  ])('%s → %s', (sentence, stage) => {
    expect(stageOf(`一、主要工作\n${sentence}`, '甲改革', 2023)).toBe(stage);
  });
});
