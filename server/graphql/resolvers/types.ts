// Field resolvers that are plain mapping (no database): enum casing, defaults, derived fields.
// Everything that reads the database is a loader (loaders.ts).
import type { MercuriusContext } from 'mercurius';
import { dbOf } from '../loaders.ts';
import { diffusion } from '../queries/diffusion.ts';
import { metaCues, type Entity as EntityObj, type Evidence as EvidenceObj, type Fact, type StageArg } from '../rows.ts';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const TYPENAME = {
  REPORT: 'Report',
  AGENCY: 'Agency',
  JURISDICTION: 'Jurisdiction',
  REGULATION: 'Regulation',
  REFORM: 'Reform',
};

// mercurius reads `resolveType` on interface resolvers (graphql-tools style `__resolveType` too).
export const Entity = {
  resolveType: (obj: EntityObj) => TYPENAME[obj.type],
  __resolveType: (obj: EntityObj) => TYPENAME[obj.type],
};

const LEVELS = new Set(['NATION', 'PROVINCE', 'CITY', 'COUNTY', 'TOWN']);

export const Jurisdiction = {
  // A level the enum does not know (a damaged or future store) must not fail the query.
  level: (j: EntityObj) => {
    const level = String(j.level ?? 'town').toUpperCase();
    return LEVELS.has(level) ? level : 'TOWN';
  },
  code: (j: EntityObj) => str(j.code),
  fullName: (j: EntityObj) => str(j.fullName) ?? j.name,
};

export const Agency = {
  aliases: (a: EntityObj) => list(a.aliases),
};

export const Regulation = {
  kind: (g: EntityObj) => str(g.kind),
  effectiveOn: (g: EntityObj) => str(g.effectiveOn),
};

export const Reform = {
  aliases: (r: EntityObj) => list(r.aliases),
  diffusion: (r: EntityObj, a: { stages?: StageArg[] | null }, ctx: MercuriusContext) =>
    diffusion(dbOf(ctx), r, a.stages),
};

export const Report = {
  // A report whose year the extractor could not find still has to answer the non-null contract field.
  year: (r: EntityObj) => (typeof r.year === 'number' ? r.year : 0),
  publishedOn: (r: EntityObj) => str(r.publishedOn),
  file: (r: EntityObj) => str(r.file),
  docNumber: (r: EntityObj) => str(r.docNumber),
  contentHash: (r: EntityObj) => String(r.contentHash ?? ''),
  genre: (r: EntityObj) => str(r.genre),
  cues: (r: EntityObj) => metaCues(r.cues),
};

export const Evidence = {
  passage: (e: EvidenceObj) => e.passage,
};

const year = (f: Fact) => f.year;
const stage = (f: Fact) => (f.stage === 'planned' ? 'PLANNED' : 'DONE');
export const Adoption = { year: (f: Fact) => f.year ?? 0, stage };
export const Pilot = { year, stage };
export const Promotion = { year, stage };
export const First = { year, stage };
export const Learning = { year, stage };

const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

// Passages of a damaged store (missing offsets) still answer their non-null fields.
export const Passage = {
  heading: (p: { heading?: unknown }) => str(p.heading),
  index: (p: { index?: unknown }) => int(p.index),
  start: (p: { start?: unknown }) => int(p.start),
  end: (p: { end?: unknown }) => int(p.end),
  text: (p: { text?: unknown }) => (typeof p.text === 'string' ? p.text : ''),
};

export const RefusedReport = {
  id: (x: Record<string, unknown>) => String(x.id ?? `refused:${String(x.contentHash ?? '').slice(0, 16)}`),
  contentHash: (x: Record<string, unknown>) => String(x.contentHash ?? ''),
  reason: (x: Record<string, unknown>) => str(x.reason) ?? 'unplaced',
  missing: (x: Record<string, unknown>) => list(x.missing),
  year: (x: Record<string, unknown>) => (typeof x.year === 'number' ? x.year : null),
  cues: (x: Record<string, unknown>) => metaCues(x.cues),
  textLength: (x: Record<string, unknown>) => int(x.textLength),
};
