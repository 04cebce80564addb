// Bodies the lexicon does not list, found after the lexicon pass in the text it left uncovered: 省厅 and
// 党委 read from the reporting body, a town's 司法所, and generic 市X中心/区X局 units.
import type { Coverage } from '../coverage.ts';
import type { Gazetteer, PlaceContext } from '../gazetteer.ts';
import { agencyPrefix, canonicalName, levelCharPlace, NOT_BEFORE_PREFIX } from './canonical.ts';
import type { AgencyHit, AuthorRef, PlaceSpan } from './hits.ts';

const GENERIC_UNIT = /([省市区县])([\u4e00-\u9fa5]{2,10}?)(中心|局)/gu;
const GENERIC_BAD =
  /[的和与及等在为对将从把被了是]|^(?:级|场|民|属|直|本|内|外|域|委|政府|里)|医院|学校|公司/u;
// …局 that closes a common word, not a bureau (争取国家实验室布局, 发展格局, 开局).
const NOT_BUREAU = /[布格大全结开变新残时定僵饭骗赌当战棋]$/u;
// A special zone's committee and its departments (管委会经济发展局, 管理委员会综合办公室).
const COMMITTEE_BODY = /(?:管委会|管理委员会)([\u4e00-\u9fa5]{2,8}?(?:局|办公室|办))/gu;
const COMMITTEE_BODY_BAD = /[的和与及等在为对将从把被了是]|^(?:主任|副主任|领导|成员|委员)/u;

const SPECIAL = /省厅|党委|([\u4e00-\u9fa5]{2,4})司法所/gu;

export function addSpecial(
  text: string,
  hits: AgencyHit[],
  g: Gazetteer,
  ctx: PlaceContext,
  author: AuthorRef | null,
  placeByEnd: Map<number, PlaceSpan>,
  covered: Coverage,
): void {
  for (const m of text.matchAll(SPECIAL)) {
    const s = m.index;
    const e = s + m[0].length;
    if (covered.overlaps(s, e)) continue;
    if (m[0] === '省厅') {
      // 省厅 in a department's report is the provincial department of the same line.
      const prov = ctx.provinceKey ? g.byKey(ctx.provinceKey) : undefined;
      const name =
        prov && author?.entry && !author.isGovernment
          ? canonicalName(g, { ...author.entry, names: { province: author.entry.names.province! } }, prov)
          : null;
      if (name && author?.entry?.names.province)
        hits.push({
          surface: m[0],
          start: s,
          end: e,
          name,
          jurisdictionKey: prov!.key,
          entry: author.entry,
          self: false,
        });
    } else if (m[0] === '党委') {
      // A department's own party committee (中共嘉兴市住房和城乡建设局委员会); elsewhere 党委 is generic.
      if (
        author &&
        !author.isGovernment &&
        author.entry &&
        !/^(巡察|政府|和政府|领导下)/u.test(text.slice(e, e + 3))
      ) {
        hits.push({
          surface: m[0],
          start: s,
          end: e,
          name: `中共${author.name}委员会`,
          jurisdictionKey: author.jurisdictionKey,
          entry: null,
          self: false,
        });
      }
    } else {
      // 新丰司法所: a town's justice office belongs to the county justice bureau.
      const townStart = e - 3 - (m[1]?.length ?? 0);
      const span = placeByEnd.get(e - 3);
      if (!span || span.start < townStart) continue;
      const town = g.byKey(span.key);
      const county = town?.parentKey ? g.byKey(town.parentKey) : undefined;
      if (!town || town.level !== 'town' || !county) continue;
      const surface = text.slice(span.start, e);
      hits.push({
        surface,
        start: span.start,
        end: e,
        name: `${agencyPrefix(g, county)}司法局${surface}`,
        jurisdictionKey: town.key,
        entry: null,
        self: false,
      });
    }
  }
}

export function addGenericUnits(
  text: string,
  hits: AgencyHit[],
  g: Gazetteer,
  ctx: PlaceContext,
  placeByEnd: Map<number, PlaceSpan>,
  covered: Coverage,
): void {
  for (const m of text.matchAll(GENERIC_UNIT)) {
    const s = m.index;
    const e = s + m[0].length;
    const body = m[2]!;
    if (GENERIC_BAD.test(body) || covered.overlaps(s, e) || placeByEnd.has(s + 1)) continue;
    if (m[3] === '局' && NOT_BUREAU.test(body)) continue;
    const before = text[s - 1] ?? '';
    if (NOT_BEFORE_PREFIX[m[1]!]!.includes(before) || placeByEnd.has(s)) continue;
    const place = levelCharPlace(g, m[1]!, ctx);
    if (!place) continue;
    hits.push({
      surface: m[0],
      start: s,
      end: e,
      name: agencyPrefix(g, place) + body + m[3],
      jurisdictionKey: place.key,
      entry: null,
      self: false,
    });
    covered.add(s, e);
  }
}

/**
 * Departments of a 管委会 belong to the committee's zone: 管委会经济发展局 → <zone>经济发展局. Returns the
 * bare committee hits that now open a department's mention.
 */
export function addCommitteeBodies(
  text: string,
  hits: AgencyHit[],
  g: Gazetteer,
  ctx: PlaceContext,
  covered: Coverage,
): Set<AgencyHit> {
  const replaced = new Set<AgencyHit>();
  const byEnd = new Map(hits.map((h) => [h.end, h]));
  for (const m of text.matchAll(COMMITTEE_BODY)) {
    const bodyStart = m.index + m[0].length - m[1]!.length;
    const e = m.index + m[0].length;
    if (COMMITTEE_BODY_BAD.test(m[1]!) || covered.overlaps(bodyStart, e)) continue;
    const committee = byEnd.get(bodyStart);
    const key = committee?.jurisdictionKey ?? ctx.selfKey ?? null;
    const place = key ? g.byKey(key) : undefined;
    if (!place) continue;
    const start = committee?.start ?? m.index;
    hits.push({
      surface: text.slice(start, e),
      start,
      end: e,
      name: agencyPrefix(g, place) + m[1]!,
      jurisdictionKey: place.key,
      entry: null,
      self: false,
    });
    covered.add(bodyStart, e);
    if (committee) replaced.add(committee);
  }
  return replaced;
}
