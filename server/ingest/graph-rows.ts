// ExtractedReport → the row batches the loader's Cypher statements UNWIND. Pure: no I/O, no driver,
// so the whole mapping (ids, ancestor chains, evidence grouping) is unit-tested without a database.
// Every relationship a report owns is keyed here, once, so the Cypher side can CREATE it without
// a lookup: the report is new in the transaction that writes these rows.
// The row shapes are in graph-row-types.ts; places, entities and facts each have their own file.
import type { ExtractedReport } from '../extract/model.ts';
import { nodeId } from '../extract/normalize.ts';
import { entityRows } from './entity-rows.ts';
import { factRows } from './fact-rows.ts';
import { indicatorRows } from './indicator-rows.ts';
import { FACT_TYPES, type GraphRows, type GraphRowsOptions } from './graph-row-types.ts';
import { JurisdictionRows } from './jurisdiction-rows.ts';
import { byId, toMentions } from './row-order.ts';

// The generated name of an untitled report says what kind of report it is.
const GENRE_NAMES: Partial<Record<string, string>> = {
  rule_of_law: '法治政府建设报告',
  administration_by_law: '依法行政工作报告',
  work_summary: '工作总结',
  government_work: '政府工作报告',
  committee_work: '管委会工作报告',
};

/** Report keys are the first 16 hex digits of the text's sha256. */
export function reportKey(contentHash: string): string {
  return contentHash.slice(0, 16);
}

export function reportIdOf(contentHash: string): string {
  return nodeId('report', reportKey(contentHash));
}

export function buildGraphRows(x: ExtractedReport, opts: GraphRowsOptions = {}): GraphRows {
  const key = reportKey(x.contentHash);
  const reportId = nodeId('report', key);
  const m = x.report;

  // Order matters: the report's own jurisdictions first (their extractor names fill the gazetteer's
  // gaps), then the places entities and facts point at, loaded from the gazetteer on first sight.
  const jurisdictions = new JurisdictionRows(opts.places ?? (() => undefined));
  for (const j of x.jurisdictions) jurisdictions.addReported(j);
  const { agencies, regulations, reforms } = entityRows(x, (k) => jurisdictions.idOf(k));
  const reportJurisdictionId = jurisdictions.idOf(m.jurisdictionKey);
  const authorId = m.authorKey ? nodeId('agency', m.authorKey) : null;
  const { facts, skipped } = factRows(x, reportId, jurisdictions, { agencies, regulations, reforms });
  const indicators = indicatorRows(x, (k) => jurisdictions.idOf(k));

  const jurisdictionRow = reportJurisdictionId ? jurisdictions.get(reportJurisdictionId) : undefined;
  const genreName = GENRE_NAMES[m.genre ?? 'rule_of_law'] ?? '法治政府建设报告';
  const name =
    m.title ??
    `${jurisdictionRow?.name ?? m.jurisdiction ?? m.author ?? ''}${m.year ?? ''}${m.year ? '年' : ''}${genreName}`;

  return {
    reportId,
    report: {
      id: reportId,
      key,
      contentHash: x.contentHash,
      name,
      title: m.title,
      file: x.file,
      source: opts.source ?? x.file,
      year: m.year,
      publishedOn: m.published,
      docNumber: m.docNumber,
      text: x.text,
      jurisdictionId: reportJurisdictionId,
      authorId,
      genre: m.genre ?? null,
      cues: Object.entries(m.cues ?? {})
        .filter(([, cue]) => typeof cue === 'string')
        .map(([field, cue]) => `${field}:${cue}`)
        .sort(),
      format: opts.format ?? null,
    },
    passages: x.passages.map((p) => ({
      id: nodeId('passage', `${key}:${p.index}`),
      index: p.index,
      heading: p.heading,
      start: p.start,
      end: p.end,
    })),
    jurisdictions: jurisdictions.rows(),
    agencies: byId([...agencies.rows.values()]),
    regulations: byId([...regulations.rows.values()]),
    reforms: byId([...reforms.rows.values()]),
    mentions: {
      jurisdictions: toMentions(jurisdictions.mentions),
      agencies: toMentions(agencies.mentions),
      regulations: toMentions(regulations.mentions),
      reforms: toMentions(reforms.mentions),
    },
    facts,
    skipped,
    indicators,
  };
}

/** Number of fact relationships the rows will create (after grouping). */
export function factCount(rows: GraphRows): number {
  return FACT_TYPES.reduce((n, t) => n + rows.facts[t].length, 0);
}
