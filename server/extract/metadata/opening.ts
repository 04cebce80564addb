// The opening formula of a report delivered to a congress or a meeting: 现在，我代表深圳市南山区人民政府
// 向大会作政府工作报告 / 我代表省人民政府，向大会报告工作 / 我代表新区党工委、管委会向大会报告工作 /
// 我代表国务院. It names the delivering body, sometimes only by its level (区人民政府): the place then
// comes from another cue.
import type { ReportGenre } from '../model.ts';

const OPENING_WINDOW = 1500;
const OPENING =
  /我代表([\u4e00-\u9fa5、，,和及]{1,40}?)[，,]?\s*(?:向(?:大会|各位代表|会议|全会)|作(?:政府)?工作报告|报告(?:政府)?工作)/u;
const BODY_END = /(国务院|人民政府|政府|管理委员会|管委会)$/u;

export interface Opening {
  /** The body as written, without a party committee beside it: 深圳市南山区人民政府, 区人民政府, 国务院. */
  body: string;
  /** The place part (深圳市南山区, 区, 大鹏新区, 新区, '' for 国务院). */
  place: string;
  kind: 'government' | 'committee' | 'state_council';
  genre: ReportGenre;
  start: number;
}

export function openingFormula(text: string): Opening | null {
  const m = OPENING.exec(text.slice(0, OPENING_WINDOW));
  if (!m) return null;
  // 新区党工委、管委会 / 区委、区政府: the government is the last body named.
  const parts = m[1]!.split(/[、，,和及]/u).filter(Boolean);
  let body = parts[parts.length - 1]!;
  if (!BODY_END.test(body)) return null;
  // 管委会 after 新区党工委、: the area is named in the first part.
  if (/^(?:管理委员会|管委会)$/u.test(body) && parts.length > 1)
    body = parts[0]!.replace(/党工委$/u, '') + body;
  const end = BODY_END.exec(body)![1]!;
  const kind = end === '国务院' ? 'state_council' : /管/u.test(end) ? 'committee' : 'government';
  return {
    body,
    place: body.slice(0, body.length - end.length).replace(/人民$/u, ''),
    kind,
    genre: kind === 'committee' ? 'committee_work' : 'government_work',
    start: m.index,
  };
}
