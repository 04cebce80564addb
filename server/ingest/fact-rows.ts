// Fact relationships of one report: resolve each fact's endpoints to row ids, then group evidence per
// (type, from, to, extra) so a fact read in several places of the report is one relationship that keeps
// every quote.
import type { Evidence, ExtractedReport, Fact } from '../extract/model.ts';
import { nodeId } from '../extract/normalize.ts';
import type { EntityTables } from './entity-rows.ts';
import { FACT_TYPES, type FactRow, type FactType, type GraphRows } from './graph-row-types.ts';
import type { JurisdictionRows } from './jurisdiction-rows.ts';
import { cmp } from './row-order.ts';

export function factRows(
  x: ExtractedReport,
  reportId: string,
  jurisdictions: JurisdictionRows,
  entities: EntityTables,
): { facts: GraphRows['facts']; skipped: GraphRows['skipped'] } {
  const m = x.report;
  const skipped: GraphRows['skipped'] = [];
  const groups = new Map<string, { type: FactType; row: FactRow }>();
  // The fact being grouped: add() reads its stage.
  let current: Fact | undefined;
  const known = (
    prefix: 'agency' | 'regulation' | 'reform',
    k: string | null,
    kind: Fact['kind'],
  ): string | null => {
    if (k === null) return null;
    const id = nodeId(prefix, k);
    const table =
      prefix === 'agency'
        ? entities.agencies
        : prefix === 'regulation'
          ? entities.regulations
          : entities.reforms;
    if (table.rows.has(id)) return id;
    skipped.push({ kind, reason: `${prefix} "${k}" is not among the report's ${prefix} entities` });
    return null;
  };
  const place = (k: string | null, kind: Fact['kind']): string | null => {
    const id = jurisdictions.idOf(k);
    if (k !== null && id === null)
      skipped.push({ kind, reason: `jurisdiction "${k}" is neither in the report nor in the gazetteer` });
    return id;
  };
  const add = (
    type: FactType,
    from: string | null,
    to: string | null,
    extra: string | null,
    year: number | null,
    ev: Evidence,
  ): void => {
    if (from === null || to === null) return;
    // Done and planned are separate relationships: a plan's quotes are no evidence of a deed.
    const stage = current?.stage === 'planned' ? 'planned' : null;
    const gk = JSON.stringify([type, from, to, extra, stage]);
    let g = groups.get(gk);
    if (!g) {
      g = { type, row: { from, to, extra, stage, year: null, quotes: [], starts: [], ends: [], passages: [] } };
      groups.set(gk, g);
    }
    const r = g.row;
    // The same span reported twice (e.g. by two rules) is one piece of evidence.
    if (r.starts.some((s, i) => s === ev.start && r.ends[i] === ev.end)) return;
    r.quotes.push(ev.quote);
    r.starts.push(ev.start);
    r.ends.push(ev.end);
    r.passages.push(ev.passage);
    // A fact read in several places keeps its earliest year: "since 2018 … in 2021 extended".
    if (year !== null && (r.year === null || year < r.year)) r.year = year;
  };

  for (const f of x.facts) {
    current = f;
    switch (f.kind) {
      case 'adopts': {
        const agencyId = f.agency === null ? null : known('agency', f.agency, f.kind);
        add(
          'ADOPTED',
          place(f.jurisdiction, f.kind),
          known('reform', f.reform, f.kind),
          agencyId,
          f.year,
          f.evidence,
        );
        break;
      }
      case 'pilots':
        add(
          'PILOTED',
          place(f.jurisdiction, f.kind),
          known('reform', f.reform, f.kind),
          null,
          f.year,
          f.evidence,
        );
        break;
      case 'promoted': {
        const fromId = f.from === null ? null : place(f.from, f.kind);
        add(
          'PROMOTED_TO',
          known('reform', f.reform, f.kind),
          place(f.scope, f.kind),
          fromId,
          f.year,
          f.evidence,
        );
        break;
      }
      case 'learned':
        add('LEARNED_FROM', place(f.learner, f.kind), place(f.teacher, f.kind), null, f.year, f.evidence);
        break;
      case 'first':
        // Reform-less firsts ("全省首个…" about nothing named) stay evidence in the text only.
        if (f.reform === null) break;
        add(
          'FIRST',
          place(f.jurisdiction, f.kind),
          known('reform', f.reform, f.kind),
          f.scope === null ? null : place(f.scope, f.kind),
          f.year,
          f.evidence,
        );
        break;
      case 'cites':
        add('CITES', reportId, known('regulation', f.regulation, f.kind), null, m.year, f.evidence);
        break;
      case 'issues':
        add(
          'ISSUED',
          known('agency', f.agency, f.kind),
          known('regulation', f.regulation, f.kind),
          null,
          m.year,
          f.evidence,
        );
        break;
      case 'cooperates':
        add(
          'COOPERATES_WITH',
          known('agency', f.agency, f.kind),
          known('agency', f.partner, f.kind),
          null,
          m.year,
          f.evidence,
        );
        break;
    }
  }
  const facts = Object.fromEntries(FACT_TYPES.map((t) => [t, [] as FactRow[]])) as Record<
    FactType,
    FactRow[]
  >;
  for (const { type, row } of groups.values()) facts[type].push(row);
  // Every batch in id order: concurrent report transactions then lock shared nodes (浙江省, common
  // reforms) in the same order, which avoids deadlocks and their retries.
  for (const t of FACT_TYPES)
    facts[t].sort(
      (a, b) =>
        cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.extra ?? '', b.extra ?? '') || cmp(a.stage ?? '', b.stage ?? ''),
    );
  return { facts, skipped };
}
