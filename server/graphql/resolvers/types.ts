// Field resolvers that are plain mapping (no database): enum casing, defaults, derived fields.
// Everything that reads the database is a loader (loaders.ts).
import type { MercuriusContext } from 'mercurius';
import { dbOf } from '../loaders.ts';
import { diffusion } from '../queries/diffusion.ts';
import type { Entity as EntityObj, Evidence as EvidenceObj, Fact } from '../rows.ts';

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

export const Jurisdiction = {
  level: (j: EntityObj) => String(j.level ?? 'town').toUpperCase(),
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
  diffusion: (r: EntityObj, _a: unknown, ctx: MercuriusContext) => diffusion(dbOf(ctx), r),
};

export const Report = {
  // A report whose year the extractor could not find still has to answer the non-null contract field.
  year: (r: EntityObj) => (typeof r.year === 'number' ? r.year : 0),
  publishedOn: (r: EntityObj) => str(r.publishedOn),
  file: (r: EntityObj) => str(r.file),
  docNumber: (r: EntityObj) => str(r.docNumber),
  contentHash: (r: EntityObj) => String(r.contentHash ?? ''),
};

export const Evidence = {
  passage: (e: EvidenceObj) => e.passage,
};

const year = (f: Fact) => f.year;
export const Adoption = { year: (f: Fact) => f.year ?? 0 };
export const Pilot = { year };
export const Promotion = { year };
export const First = { year };
export const Learning = { year };

export const Passage = {
  heading: (p: { heading?: unknown }) => str(p.heading),
};
