// The same graph rows the loader writes report by report, flattened into CSV files for Neo4j's own
// LOAD CSV: shared entities once each (the loader MERGEs them), report-owned rows as they are. This
// is the reference the ingest benchmark compares with — Neo4j's bulk path, with no per-report
// transaction, lookups or publishing.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { FACT_TYPES, type FactType, type GraphRows } from '../../server/ingest/graph-row-types.ts';

/** Joins array fields; LOAD CSV splits them with the same character (U+001F never occurs in reports). */
export const SEP = '\u001f';

/** Statement name (cypher/load-csv-*.cypher) → CSV file, in the order they must run. */
export const LOAD_ORDER: [statement: string, file: string][] = [
  ['load-csv-jurisdictions', 'jurisdictions.csv'],
  ['load-csv-within', 'within.csv'],
  ['load-csv-agencies', 'agencies.csv'],
  ['load-csv-regulations', 'regulations.csv'],
  ['load-csv-reforms', 'reforms.csv'],
  ['load-csv-reports', 'reports.csv'],
  ['load-csv-passages', 'passages.csv'],
  ['load-csv-mentions-jurisdiction', 'mentions-jurisdiction.csv'],
  ['load-csv-mentions-agency', 'mentions-agency.csv'],
  ['load-csv-mentions-regulation', 'mentions-regulation.csv'],
  ['load-csv-mentions-reform', 'mentions-reform.csv'],
  ['load-csv-facts-adopted', 'facts-ADOPTED.csv'],
  ['load-csv-facts-piloted', 'facts-PILOTED.csv'],
  ['load-csv-facts-promoted-to', 'facts-PROMOTED_TO.csv'],
  ['load-csv-facts-learned-from', 'facts-LEARNED_FROM.csv'],
  ['load-csv-facts-first', 'facts-FIRST.csv'],
  ['load-csv-facts-cites', 'facts-CITES.csv'],
  ['load-csv-facts-issued', 'facts-ISSUED.csv'],
  ['load-csv-facts-cooperates-with', 'facts-COOPERATES_WITH.csv'],
];

type Cell = string | number | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined || v === '') return '';
  return `"${String(v).replace(/"/g, '""')}"`;
}

class CsvFile {
  private readonly out: WriteStream;
  rows = 0;
  constructor(path: string, header: string[]) {
    this.out = createWriteStream(path);
    this.out.write(`${header.join(',')}\n`);
  }
  write(values: Cell[]): void {
    this.out.write(`${values.map(cell).join(',')}\n`);
    this.rows += 1;
  }
  end(): Promise<void> {
    return new Promise((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

const join1 = (xs: readonly (string | number)[]) => xs.join(SEP);

/** Writes every CSV of LOAD_ORDER into `dir`; returns the row count per file. */
export async function writeCsv(dir: string, all: GraphRows[]): Promise<Record<string, number>> {
  const byFile = new Map<string, CsvFile>();
  const f = (name: string, header: string[]) => {
    const file = new CsvFile(join(dir, name), header);
    byFile.set(name, file);
    return file;
  };
  const files = {
    jurisdictions: f('jurisdictions.csv', ['id', 'key', 'code', 'name', 'fullName', 'level', 'validUntil', 'aliases']),
    within: f('within.csv', ['id', 'parentId']),
    agencies: f('agencies.csv', ['id', 'name', 'aliases', 'jurisdictionId']),
    regulations: f('regulations.csv', ['id', 'name', 'kind', 'effectiveOn', 'aliases', 'jurisdictionId']),
    reforms: f('reforms.csv', ['id', 'key', 'name', 'aliases']),
    reports: f('reports.csv', [
      'id', 'key', 'contentHash', 'name', 'title', 'file', 'source', 'year', 'publishedOn', 'docNumber',
      'text', 'jurisdictionId', 'authorId',
    ]),
    passages: f('passages.csv', ['reportId', 'id', 'index', 'heading', 'start', 'end']),
  };
  const mentionHeader = ['reportId', 'id', 'count'];
  const mentions = {
    jurisdictions: f('mentions-jurisdiction.csv', mentionHeader),
    agencies: f('mentions-agency.csv', mentionHeader),
    regulations: f('mentions-regulation.csv', mentionHeader),
    reforms: f('mentions-reform.csv', mentionHeader),
  };
  const factHeader = ['reportId', 'from', 'to', 'extra', 'year', 'quotes', 'starts', 'ends', 'passages'];
  const facts = Object.fromEntries(FACT_TYPES.map((t) => [t, f(`facts-${t}.csv`, factHeader)])) as Record<
    FactType,
    CsvFile
  >;

  // Shared entities: the first row seen wins, aliases united (the loader's MERGE does the same).
  const seen = new Map<string, { aliases: Set<string>; write: (aliases: string[]) => void }>();
  const entity = (id: string, aliases: string[], write: (aliases: string[]) => void) => {
    const known = seen.get(id);
    if (known) for (const a of aliases) known.aliases.add(a);
    else seen.set(id, { aliases: new Set(aliases), write });
  };
  const parents = new Map<string, string>();
  for (const rows of all) {
    for (const j of rows.jurisdictions) {
      entity(j.id, j.aliases, (aliases) =>
        files.jurisdictions.write([j.id, j.key, j.code, j.name, j.fullName, j.level, j.validUntil, join1(aliases)]),
      );
      if (j.parentId && !parents.has(j.id)) parents.set(j.id, j.parentId);
    }
    for (const a of rows.agencies)
      entity(a.id, a.aliases, (aliases) => files.agencies.write([a.id, a.name, join1(aliases), a.jurisdictionId]));
    for (const g of rows.regulations)
      entity(g.id, g.aliases, (aliases) =>
        files.regulations.write([g.id, g.name, g.kind, g.effectiveOn, join1(aliases), g.jurisdictionId]),
      );
    for (const r of rows.reforms)
      entity(r.id, r.aliases, (aliases) => files.reforms.write([r.id, r.key, r.name, join1(aliases)]));

    const r = rows.report;
    files.reports.write([
      r.id, r.key, r.contentHash, r.name, r.title, r.file, r.source, r.year, r.publishedOn, r.docNumber, r.text,
      r.jurisdictionId, r.authorId,
    ]);
    for (const p of rows.passages) files.passages.write([r.id, p.id, p.index, p.heading, p.start, p.end]);
    for (const kind of ['jurisdictions', 'agencies', 'regulations', 'reforms'] as const)
      for (const m of rows.mentions[kind]) if (m.count > 0) mentions[kind].write([r.id, m.id, m.count]);
    for (const t of FACT_TYPES)
      for (const x of rows.facts[t])
        facts[t].write([
          r.id, x.from, x.to, x.extra, x.year, join1(x.quotes), join1(x.starts), join1(x.ends), join1(x.passages),
        ]);
  }
  for (const { aliases, write } of seen.values()) write([...aliases]);
  for (const [id, parentId] of parents) files.within.write([id, parentId]);

  await Promise.all([...byFile.values()].map((file) => file.end()));
  return Object.fromEntries([...byFile].map(([name, file]) => [name, file.rows]));
}
