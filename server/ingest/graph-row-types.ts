// The row batches the loader's Cypher statements UNWIND (cypher/write-report.cypher), one interface
// per batch. Every relationship a report owns is keyed in these rows, once, so the Cypher side can
// CREATE it without a lookup: the report is new in the transaction that writes them.
import type { Fact, JurisdictionLevel, RegulationKind } from '../extract/model.ts';
import type { IndicatorRow } from './indicator-rows.ts';
import type { PlaceLookup } from './jurisdiction-rows.ts';

export interface ReportRow {
  id: string;
  key: string;
  contentHash: string;
  name: string;
  title: string | null;
  file: string;
  source: string;
  year: number | null;
  publishedOn: string | null;
  docNumber: string | null;
  text: string;
  jurisdictionId: string | null;
  authorId: string | null;
  genre: string | null;
  /** Which cue decided each metadata field, as `field:cue` strings (Neo4j properties hold no maps). */
  cues: string[];
  /** The file format the text was read from (txt, html, pdf, docx, doc); null when not known. */
  format: string | null;
}

export interface PassageRow {
  id: string;
  index: number;
  heading: string | null;
  start: number;
  end: number;
}

export interface JurisdictionRow {
  id: string;
  key: string;
  code: string | null;
  name: string;
  fullName: string;
  level: JurisdictionLevel;
  validUntil: number | null;
  aliases: string[];
  parentId: string | null;
}

export interface AgencyRow {
  id: string;
  name: string;
  aliases: string[];
  jurisdictionId: string | null;
}

export interface RegulationRow {
  id: string;
  name: string;
  kind: RegulationKind;
  effectiveOn: string | null;
  aliases: string[];
  jurisdictionId: string | null;
}

export interface ReformRow {
  id: string;
  key: string;
  name: string;
  aliases: string[];
}

export interface MentionRow {
  id: string;
  count: number;
}

/** Evidence of one fact relationship, as parallel arrays (Neo4j properties cannot hold maps). */
export interface EvidenceArrays {
  year: number | null;
  quotes: string[];
  starts: number[];
  ends: number[];
  passages: number[];
}

export interface FactRow extends EvidenceArrays {
  from: string;
  to: string;
  /** Per-type extra key: ADOPTED agencyId, PROMOTED_TO fromId, FIRST scopeId. */
  extra: string | null;
  /** 'planned' for a fact the report only plans; null (no property stored) = done. */
  stage: 'planned' | null;
}

/** Relationship type per fact batch (cypher/write-report.cypher has one subquery per type). */
export const FACT_TYPES = [
  'ADOPTED',
  'PILOTED',
  'PROMOTED_TO',
  'LEARNED_FROM',
  'FIRST',
  'CITES',
  'ISSUED',
  'COOPERATES_WITH',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface GraphRows {
  reportId: string;
  report: ReportRow;
  passages: PassageRow[];
  /** Ancestors before descendants (by level), so WITHIN can MATCH a parent written earlier in the batch. */
  jurisdictions: JurisdictionRow[];
  agencies: AgencyRow[];
  regulations: RegulationRow[];
  reforms: ReformRow[];
  mentions: {
    jurisdictions: MentionRow[];
    agencies: MentionRow[];
    regulations: MentionRow[];
    reforms: MentionRow[];
  };
  facts: Record<FactType, FactRow[]>;
  /** Stated indicator values (cypher/write-indicators.cypher); absent in rows built elsewhere. */
  indicators?: IndicatorRow[];
  /** Facts dropped because they name an entity the report does not define (with the reason). */
  skipped: { kind: Fact['kind']; reason: string }[];
}

export interface GraphRowsOptions {
  source?: string;
  places?: PlaceLookup;
  /** The file format the text was read from (Report.format). */
  format?: string | null;
}
