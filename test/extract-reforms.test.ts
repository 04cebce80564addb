// Reforms: lexicon names with variants, discovered quoted terms and noun phrases, stable keys.
import { describe, expect, it } from 'vitest';
import { reformKey } from '../server/extract/normalize.ts';
import { extractReforms } from '../server/extract/reforms/extract-reforms.ts';
import { splitPassages } from '../server/extract/passages.ts';
import { SEEDS, seedReport } from './helpers/seeds.ts';

const reforms = (text: string) => extractReforms(text, splitPassages(text), []).entities;
const find = (file: string, name: string) =>
  seedReport(file).reforms.find((r) => r.name === name || r.aliases.includes(name));

describe('lexicon reforms', () => {
  it('gives 双随机、一公开 one key in every seed that names it, however it is written', () => {
    const key = reformKey('双随机、一公开');
    for (const f of [
      SEEDS.jiaxingJianshe2023,
      SEEDS.wenlingJianshe2021,
      SEEDS.nanhu2023,
      SEEDS.wenzhou2018,
      SEEDS.shangchengFagai2023,
    ]) {
      const r = seedReport(f).reforms.find((x) => x.key === key);
      expect(r, f).toBeDefined();
      expect(r!.name).toBe('双随机、一公开');
      expect(r!.source).toBe('lexicon');
    }
    // 温州 writes it without the enumeration comma.
    expect(find(SEEDS.wenzhou2018, '双随机、一公开')!.mentions.map((m) => m.surface)).toContain(
      '“双随机一公开”',
    );
  });

  it('folds full-width and small plus signs: 互联网﹢监管 = 互联网+监管', () => {
    const a = reforms('持续推进“互联网﹢监管”。');
    const b = reforms('持续推进“互联网+监管”。');
    expect(a[0]!.key).toBe(b[0]!.key);
    expect(a[0]!.name).toBe('互联网+监管');
    expect(find(SEEDS.wenlingJianshe2021, '互联网+政务服务')?.mentions[0]!.surface).toBe(
      '“互联网﹢政务服务”',
    );
  });

  it('finds 最多跑一次 in the 温州 2018 report', () => {
    expect(find(SEEDS.wenzhou2018, '最多跑一次')?.mentions.length).toBeGreaterThan(3);
  });

  it('keeps a complete quoted lexicon name out of a longer phrase around it', () => {
    const r = find(SEEDS.shangchengFagai2023, '双随机、一公开');
    expect(r?.mentions[0]!.surface).toBe('“双随机、一公开”');
  });
});

describe('discovered reforms', () => {
  it('strips quote marks and keeps the attached noun as an alias (“桩基先行”改革 → 桩基先行)', () => {
    const r = find(SEEDS.jiaxingJianshe2023, '桩基先行');
    expect(r).toMatchObject({ name: '桩基先行', source: 'discovered' });
    expect(r!.aliases).toContain('桩基先行改革');
  });

  it('reads named reforms, systems and platforms from noun phrases and headings', () => {
    const f = SEEDS.jiaxingJianshe2023;
    for (const n of [
      '分期竣工验收',
      '分阶段办理施工许可',
      '工程建设项目全流程极简审批改革',
      '初审员制度',
      '执法协同机制',
      '投资项目在线审批监管平台3.0',
      '打击违章建筑(违规租赁)百日攻坚行动',
    ]) {
      expect(find(f, n), n).toBeDefined();
    }
  });

  it('distributes a shared noun over a chain of quoted terms (“府院”“府检”联席会议)', () => {
    const names = reforms('出席“府院”“府检”联席会议，就强化良性互动作出部署。').map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['府院联席会议', '府检联席会议']));
  });

  it('takes a pilot marker as a role, not as part of the name', () => {
    const r = find(SEEDS.nanhu2023, '政务服务现场管理标准化');
    expect(r?.roles).toEqual(expect.arrayContaining(['implement', 'pilot', 'first', 'promoted']));
  });

  it('rejects slogans, political formulas, awards, commemorative days and metaphors', () => {
    const text =
      '持续增强“四个意识”、坚定“四个自信”、做到“两个维护”。荣获“红旗窗口”荣誉称号。结合“12·4”国家宪法日开展宣传。数字化跑出“加速度”。实现“零跑路”“不见面”。';
    expect(reforms(text)).toEqual([]);
  });

  it('rejects party-education formulas, generic joint actions and awards graded by scope', () => {
    const text =
      '坚持“不忘初心、牢记使命”，开展“两学一做”学习教育。区住建局联合开展整治行动。四季青街道“老娘舅”调解品牌被评为全市“十佳调解品牌”。建立“一站式”服务窗口。';
    expect(reforms(text).map((r) => r.name)).toEqual(['老娘舅']);
  });

  it('rejects party study campaigns and formulas (第一议题, 三个务必, “我为群众办实事”实践活动)', () => {
    const text =
      '落实“第一议题”制度，坚持“三个务必”，开展“我为群众办实事”实践活动和“不忘初心、牢记使命”主题教育。实行“街道吹哨、部门报到”。';
    expect(reforms(text).map((r) => r.name)).toEqual(['街乡吹哨、部门报到']);
  });

  it('does not take a topic with generic nouns around it for a reform (依法行政制度体系, 清单制度)', () => {
    const text = '（三）健全依法行政制度体系。建立涉企行政合规指导清单制度。推行“非现场执法”。';
    expect(reforms(text).map((r) => r.name)).toEqual(['非现场执法']);
  });

  it('knows the national reforms of 2021-2024 (高效办成一件事, 提升行政执法质量三年行动, 两法衔接, 免罚清单)', () => {
    const text =
      '深化“高效办成一件事”改革。开展提升行政执法质量三年行动。健全行政执法与刑事司法衔接机制。出台免罚清单。';
    expect(reforms(text).map((r) => r.name)).toEqual([
      '高效办成一件事',
      '提升行政执法质量三年行动',
      '两法衔接',
      '免罚清单',
    ]);
  });

  it('keeps 相对集中 in the name of the relative-concentration reforms of 2015-2024', () => {
    const text =
      '推进相对集中行政许可权改革，市行政审批局集中行使审批事项236项。推进相对集中行政处罚权工作，组建城市管理综合行政执法局。深化行政审批制度改革。推行“一业一证”改革和政务服务“好差评”制度。';
    expect(reforms(text).map((r) => r.name)).toEqual([
      '相对集中行政许可权改革',
      '相对集中行政处罚权',
      '行政审批制度改革',
      '一业一证',
      '政务服务好差评',
    ]);
  });

  it('does not take an agency or a place for part of a reform name', () => {
    // 获得省厅农房建设综合监管改革市级试点; 我局推荐的平湖市涉路涉绿审批改革案例
    const all = seedReport(SEEDS.jiaxingJianshe2023).reforms.flatMap((r) => [r.name, ...r.aliases]);
    expect(all).toEqual(expect.arrayContaining(['农房建设综合监管改革', '涉路涉绿审批改革']));
    expect(all.filter((n) => /^(厅|省厅|平湖)/u.test(n))).toEqual([]);
  });

  it('merges near-identical spellings of one initiative within a report', () => {
    const r = find(SEEDS.jiaxingJianshe2023, '涉路涉绿审批一件事改革');
    expect(r).toBeDefined();
    expect([r!.name, ...r!.aliases]).toEqual(
      expect.arrayContaining(['涉绿涉路一件事改革', '涉路涉绿审批一件事改革']),
    );
  });
});
