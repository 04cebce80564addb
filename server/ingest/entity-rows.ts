// Agency, regulation and reform rows of one report with their mention counts. An entity the extractor
// lists twice under one key is one row whose aliases are the union of both.
import type { AgencyEntity, ExtractedReport } from '../extract/model.ts';
import { nodeId } from '../extract/normalize.ts';
import { surfaces, uniq } from './aliases.ts';
import type { AgencyRow, ReformRow, RegulationRow } from './graph-row-types.ts';

/** Rows by id and how often the report mentions each. */
export interface EntityTable<Row> {
  rows: Map<string, Row>;
  mentions: Map<string, number>;
}

export interface EntityTables {
  agencies: EntityTable<AgencyRow>;
  regulations: EntityTable<RegulationRow>;
  reforms: EntityTable<ReformRow>;
}

const table = <Row>(): EntityTable<Row> => ({ rows: new Map(), mentions: new Map() });

const count = (t: EntityTable<unknown>, id: string, n: number): void => {
  t.mentions.set(id, (t.mentions.get(id) ?? 0) + n);
};

/**
 * Builds the entity rows. `jurisdiction` turns a jurisdiction key into its row id (null when unknown),
 * adding the place to the report's jurisdiction rows as a side effect.
 */
export function entityRows(
  x: ExtractedReport,
  jurisdiction: (key: string | null) => string | null,
): EntityTables {
  const agencies = table<AgencyRow>();
  const addAgency = (
    a: Pick<AgencyEntity, 'key' | 'name' | 'jurisdictionKey' | 'aliases' | 'mentions'>,
  ): void => {
    const id = nodeId('agency', a.key);
    const prev = agencies.rows.get(id);
    const aliases = surfaces(a.name, a.mentions, a.aliases);
    if (prev) prev.aliases = uniq([...prev.aliases, ...aliases]);
    else
      agencies.rows.set(id, { id, name: a.name, aliases, jurisdictionId: jurisdiction(a.jurisdictionKey) });
    count(agencies, id, a.mentions.length);
  };
  for (const a of x.agencies) addAgency(a);
  const m = x.report;
  if (m.authorKey && !agencies.rows.has(nodeId('agency', m.authorKey))) {
    addAgency({
      key: m.authorKey,
      name: m.author ?? m.authorKey,
      jurisdictionKey: m.jurisdictionKey,
      aliases: [],
      mentions: [],
    });
  }

  const regulations = table<RegulationRow>();
  for (const r of x.regulations) {
    const id = nodeId('regulation', r.key);
    const prev = regulations.rows.get(id);
    if (prev) prev.aliases = uniq([...prev.aliases, ...surfaces(prev.name, r.mentions)]);
    else
      regulations.rows.set(id, {
        id,
        name: r.title,
        kind: r.kind,
        effectiveOn: r.effective,
        aliases: surfaces(r.title, r.mentions),
        jurisdictionId: jurisdiction(r.jurisdictionKey),
      });
    count(regulations, id, r.mentions.length);
  }

  const reforms = table<ReformRow>();
  for (const r of x.reforms) {
    const id = nodeId('reform', r.key);
    const prev = reforms.rows.get(id);
    const aliases = surfaces(r.name, r.mentions, r.aliases);
    if (prev) prev.aliases = uniq([...prev.aliases, ...aliases]);
    else reforms.rows.set(id, { id, key: r.key, name: r.name, aliases });
    count(reforms, id, r.mentions.length);
  }

  return { agencies, regulations, reforms };
}
