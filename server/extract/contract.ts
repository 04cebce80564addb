// Projection of the graph model onto the extraction contract (shared/contracts/EXTRACTION.md): names
// instead of keys, facts grouped as pilots/promotions/learned/firsts. Extra keys (codes, offsets,
// docNumber, sources) are allowed by the contract and kept so people can check every claim.
import { loadGazetteer } from './gazetteer.ts';
import { contractIndicators, type ContractIndicator } from './indicators/contract.ts';
import type { Evidence, ExtractedReport, Fact, Mention } from './model.ts';

export interface ContractQuote {
  quote: string;
  start: number;
  end: number;
  /** done | planned: whether the text reports the fact or only plans it. */
  stage: string;
}
export interface ContractReport {
  file: string;
  contentHash: string;
  report: {
    title: string | null;
    author: string | null;
    jurisdiction: string | null;
    year: number | null;
    published: string | null;
    docNumber: string | null;
  };
  jurisdictions: {
    name: string;
    level: string;
    code: string | null;
    fullName: string;
    mentions: string[];
    offsets: [number, number][];
  }[];
  agencies: { name: string; jurisdiction: string | null; mentions: string[]; offsets: [number, number][] }[];
  regulations: {
    title: string;
    kind: string;
    jurisdiction: string | null;
    effective: string | null;
    mentions: string[];
    offsets: [number, number][];
  }[];
  reforms: {
    name: string;
    aliases: string[];
    roles: string[];
    source: string;
    /** done | planned | both (the gold guide's stage of a reform in a government work report). */
    stage: string;
    mentions: string[];
    offsets: [number, number][];
  }[];
  pilots: ({
    reform: string;
    jurisdiction: string;
    level: string | null;
    year: number | null;
  } & ContractQuote)[];
  promotions: ({ reform: string; from: string | null; scope: string; year: number | null } & ContractQuote)[];
  learned: ({ learner: string; teacher: string; year: number | null } & ContractQuote)[];
  firsts: ({ reform: string | null; scope: string | null; year: number | null } & ContractQuote)[];
  citations: ({ regulation: string } & ContractQuote)[];
  /** Stated indicator values (docs/indicators.md). */
  indicators: ContractIndicator[];
}

const surfaces = (mentions: Mention[]): string[] => [...new Set(mentions.map((m) => m.surface))];
const offsets = (mentions: Mention[]): [number, number][] => mentions.map((m) => [m.start, m.end]);
const quoteOf = (e: Evidence, stage: string | undefined): ContractQuote => ({
  quote: e.quote,
  start: e.start,
  end: e.end,
  stage: stage ?? 'done',
});

/** The contract item for one extracted report. */
export function toContract(r: ExtractedReport): ContractReport {
  const g = loadGazetteer();
  const places = new Map(r.jurisdictions.map((j) => [j.key, j]));
  const place = (key: string | null): string | null =>
    key === null ? null : (places.get(key)?.name ?? g.byKey(key)?.name ?? key.replace(/^name:/, ''));
  const placeLevel = (key: string): string | null => places.get(key)?.level ?? g.byKey(key)?.level ?? null;
  const reforms = new Map(r.reforms.map((x) => [x.key, x.name]));
  const reform = (key: string): string => reforms.get(key) ?? key;
  const regulations = new Map(r.regulations.map((x) => [x.key, x.title]));

  const out: ContractReport = {
    file: r.file,
    contentHash: r.contentHash,
    report: {
      title: r.report.title,
      author: r.report.author,
      jurisdiction: r.report.jurisdiction,
      year: r.report.year,
      published: r.report.published,
      docNumber: r.report.docNumber,
    },
    jurisdictions: r.jurisdictions.map((j) => ({
      name: j.name,
      level: j.level,
      code: j.code,
      fullName: j.fullName,
      mentions: surfaces(j.mentions),
      offsets: offsets(j.mentions),
    })),
    agencies: r.agencies.map((a) => ({
      name: a.name,
      jurisdiction: place(a.jurisdictionKey),
      mentions: surfaces(a.mentions),
      offsets: offsets(a.mentions),
    })),
    regulations: r.regulations.map((x) => ({
      title: x.title,
      kind: x.kind,
      jurisdiction: place(x.jurisdictionKey),
      effective: x.effective,
      mentions: surfaces(x.mentions),
      offsets: offsets(x.mentions),
    })),
    reforms: r.reforms.map((x) => ({
      name: x.name,
      aliases: x.aliases,
      roles: x.roles,
      source: x.source,
      stage: x.stage ?? 'done',
      mentions: surfaces(x.mentions),
      offsets: offsets(x.mentions),
    })),
    pilots: [],
    promotions: [],
    learned: [],
    firsts: [],
    citations: [],
    indicators: contractIndicators(r, place),
  };
  for (const f of r.facts as Fact[]) {
    // The contract's lists hold what the text reports (a plan to pilot is not a pilot); planned facts
    // stay in the graph model with stage 'planned'. Citations are kept wherever they stand.
    if (f.stage === 'planned' && f.kind !== 'cites') continue;
    switch (f.kind) {
      case 'pilots':
        out.pilots.push({
          reform: reform(f.reform),
          jurisdiction: place(f.jurisdiction)!,
          level: placeLevel(f.jurisdiction),
          year: f.year,
          ...quoteOf(f.evidence, f.stage),
        });
        break;
      case 'promoted':
        out.promotions.push({
          reform: reform(f.reform),
          from: place(f.from),
          scope: place(f.scope)!,
          year: f.year,
          ...quoteOf(f.evidence, f.stage),
        });
        break;
      case 'learned':
        out.learned.push({
          learner: place(f.learner)!,
          teacher: place(f.teacher)!,
          year: f.year,
          ...quoteOf(f.evidence, f.stage),
        });
        break;
      case 'first':
        out.firsts.push({
          reform: f.reform === null ? null : reform(f.reform),
          scope: place(f.scope),
          year: f.year,
          ...quoteOf(f.evidence, f.stage),
        });
        break;
      case 'cites':
        out.citations.push({
          regulation: regulations.get(f.regulation) ?? f.regulation,
          ...quoteOf(f.evidence, f.stage),
        });
        break;
      default:
        break; // adopts/issues/cooperates live in the graph; the contract has no list for them
    }
  }
  return out;
}
