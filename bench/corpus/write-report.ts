// One synthetic report's text: the genres, cues and noise real archives carry — a portal header or a
// bare title, the opening formula, review paragraphs naming adopted reforms (with pilots, promotions
// and firsts phrased as reports phrase them), cited national laws, the usual counts and rates,
// slogans, a plan part naming reforms not yet adopted, and a signature block.
import type { Place } from '../../server/extract/gazetteer.ts';
import { type Random, int, pick } from '../random.ts';
import type { SimReform, World } from './world.ts';

export type Genre = 'rule_of_law' | 'administration_by_law' | 'government_work';

export interface ReportPlan {
  place: Place;
  /** The year the report covers (a government work report is delivered the year after). */
  year: number;
  genre: Genre;
  /** Reforms adopted this year or before, first-year first. */
  done: SimReform[];
  planned: SimReform[];
}

// National laws and State Council regulations every rule-of-law report cites (public titles).
const LAWS = [
  '中华人民共和国行政处罚法',
  '中华人民共和国行政许可法',
  '中华人民共和国行政复议法',
  '中华人民共和国政府信息公开条例',
  '优化营商环境条例',
  '重大行政决策程序暂行条例',
  '法治政府建设实施纲要（2021－2025年）',
  '中华人民共和国行政强制法',
];

const SLOGANS = [
  '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想',
  '坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念',
  '牢固树立法治思维，着力提升依法行政能力和水平',
];

function government(p: Place): string {
  return p.level === 'town' ? `${p.name}人民政府` : `${p.fullName}人民政府`;
}

function cnDate(year: number, random: Random): string {
  return `${year}年${int(random, 1, 3)}月${int(random, 1, 28)}日`;
}

function reformSentence(r: SimReform, plan: ReportPlan, world: World, random: Random): string {
  const province = world.provinceOf(plan.place)?.name ?? '全省';
  const isOrigin = r.origin.key === plan.place.key;
  if (isOrigin && plan.year === r.originYear) {
    return pick(random, [
      `在全省率先推行“${r.name}”改革，被确定为省级“${r.name}”试点`,
      `作为${province}首批试点，先行先试“${r.name}”，形成可复制经验`,
    ]);
  }
  if (isOrigin && r.promoted && plan.year === r.originYear + 1) {
    return `“${r.name}”经验做法在全省推广，入选${province}改革创新典型案例`;
  }
  return pick(random, [
    `深入推进“${r.name}”改革，累计办理相关事项${int(random, 120, 98000)}件`,
    `全面推行“${r.name}”，群众满意率达${int(random, 90, 99)}.${int(random, 0, 9)}%`,
    `对标先进地区，落实“${r.name}”工作机制，覆盖率提升至${int(random, 60, 100)}%`,
  ]);
}

export function writeReport(plan: ReportPlan, world: World, random: Random): string {
  const { place, year } = plan;
  const gov = government(place);
  const lines: string[] = [];
  const title =
    plan.genre === 'government_work'
      ? `${year + 1}年${place.name}政府工作报告`
      : plan.genre === 'administration_by_law'
        ? `${gov}关于${year}年度依法行政工作情况的报告`
        : `${place.fullName}${year}年法治政府建设工作报告`;
  if (random() < 0.3) {
    lines.push(`当前位置：首页 > 政务公开 > 法治政府建设`, `标题：${title}`, `发布机构：${gov}`);
    lines.push(`发布时间：${year + 1}-0${int(random, 1, 3)}-1${int(random, 0, 9)}`);
  } else lines.push(title);

  if (plan.genre === 'government_work') {
    lines.push('各位代表：', `现在，我代表${gov}向大会作政府工作报告，请予审议。`, `一、${year}年工作回顾`);
  } else {
    lines.push(`现将${year}年度法治政府建设工作情况报告如下：`, '一、主要工作和成效');
  }
  lines.push(`${pick(random, SLOGANS)}。`);
  for (const r of plan.done) {
    const law = pick(random, LAWS);
    lines.push(`${reformSentence(r, plan, world, random)}。严格贯彻《${law}》，规范行政执法行为。`);
  }
  lines.push(
    `全年办理行政复议案件${int(random, 10, 900)}件，行政机关负责人出庭应诉率${int(random, 80, 100)}%。` +
      `审查规范性文件${int(random, 5, 120)}件，主动公开政府信息${int(random, 200, 20000)}条。`,
  );
  const next = year + 1;
  lines.push(plan.genre === 'government_work' ? `二、${next}年工作安排` : `二、${next}年工作打算`);
  for (const r of plan.planned) lines.push(`下一步，将积极探索“${r.name}”，力争取得突破。`);
  lines.push(`${pick(random, SLOGANS)}，为经济社会高质量发展提供坚实法治保障。`);
  if (plan.genre !== 'government_work') lines.push(gov, cnDate(next, random));
  return `${lines.join('\n')}\n`;
}
