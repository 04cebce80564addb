// The extractor: decoded report text → ExtractedReport. Pure (no I/O beyond lexicons loaded once).
// Order matters: metadata fixes the report's own place, which every later step resolves against
// (我市, 市自规局, 全省); agencies feed regulation issuers; reforms feed every diffusion fact.
import { createHash } from 'node:crypto';
import { collectAgencies, type PlaceSpan } from './agencies/hits.ts';
import { scanAgencies } from './agencies/scan-agencies.ts';
import { extractFacts } from './facts/index.ts';
import { extractIndicators } from './indicators/index.ts';
import { extractMetadata } from './metadata/index.ts';
import type { ExtractedReport, MetaOverrides } from './model.ts';
import { splitPassages } from './passages.ts';
import { extractJurisdictions, toEntity } from './places.ts';
import { loadGazetteer } from './gazetteer.ts';
import { extractReforms } from './reforms/extract-reforms.ts';
import { extractRegulations } from './regulations.ts';

/**
 * `file` is the input's name (its cues count: 2017年坪山区政府工作报告_2017.txt); `overrides` are values
 * given from outside the text (manifest, ingestReport arguments, a kept correction) and win over it.
 */
/** The extractor's signature, for callers that take one (tests pass a stub of it). */
export type ExtractReport = (text: string, file: string, overrides?: MetaOverrides) => ExtractedReport;

export function extractReport(
  text: string,
  file: string,
  overrides: MetaOverrides = {},
): ExtractedReport {
  const g = loadGazetteer();
  const passages = splitPassages(text);
  const { meta, author, ctx } = extractMetadata(text, file, overrides);
  const jurisdictions = extractJurisdictions(text, ctx);
  // The reporter's own area is a node even if the text only says 我局.
  if (meta.jurisdictionKey && !jurisdictions.some((j) => j.key === meta.jurisdictionKey)) {
    const self = g.byKey(meta.jurisdictionKey);
    if (self) jurisdictions.push(toEntity(self));
  }
  const places: PlaceSpan[] = jurisdictions
    .flatMap((j) =>
      j.mentions
        .filter((m) => m.surface !== '省' && !/^(全|我|本)/u.test(m.surface))
        .map((m) => ({ start: m.start, end: m.end, key: j.key })),
    )
    .sort((a, b) => a.start - b.start);
  const agencyHits = scanAgencies({ text, places, ctx, author });
  const agencies = collectAgencies(agencyHits);
  if (author && !agencies.some((a) => a.key === author.name)) {
    agencies.unshift({
      key: author.name,
      name: author.name,
      jurisdictionKey: author.jurisdictionKey,
      aliases: [],
      mentions: [],
    });
  }
  const regs = extractRegulations(text, ctx, agencyHits, meta.title, meta.authorKey, places);
  const reforms = extractReforms(text, passages, regs.hits, agencyHits, places);
  const facts = extractFacts({
    text,
    passages,
    meta,
    ctx,
    author,
    jurisdictions,
    agencyHits,
    regulations: regs,
    reforms,
  });
  return {
    file,
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    report: meta,
    passages,
    jurisdictions,
    agencies,
    regulations: regs.entities,
    reforms: reforms.entities,
    facts,
    indicators: extractIndicators({ text, passages, meta, author, jurisdictions }),
  };
}
