// Reforms several jurisdictions have in common, and those only one of them adopted, with years.
import type { Db } from '../../db/run-cypher.ts';
import { badInput } from '../errors.ts';
import { comparePlaceNames, inStages, toFacts, type Entity } from '../rows.ts';
import { findJurisdiction } from './lookup.ts';

export interface ReformYears {
  reformId: string;
  reformName: string;
  years: number[];
}

export interface Comparison {
  jurisdictions: Entity[];
  shared: ReformYears[];
  unique: { jurisdictionId: string; reforms: ReformYears[] }[];
}

export async function compare(db: Db, names: string[]): Promise<Comparison> {
  const found = await Promise.all(names.map((n) => findJurisdiction(db, n)));
  found.forEach((j, i) => {
    if (!j) throw badInput('jurisdictions', `no jurisdiction named "${names[i]}"`);
  });
  const jurisdictions = [...new Map((found as Entity[]).map((j) => [j.id, j])).values()];
  const rows = await db.read('facts-by-jurisdiction-ids', {
    ids: jurisdictions.map((j) => j.id),
    types: ['ADOPTED'],
  });

  // reform id → jurisdiction id → years
  const table = new Map<string, { name: string; by: Map<string, Set<number>> }>();
  for (const f of toFacts(rows).filter((f) => inStages(f, null))) {
    const entry = table.get(f.dst) ?? { name: f.dstName, by: new Map<string, Set<number>>() };
    const years = entry.by.get(f.src) ?? new Set<number>();
    if (f.year !== null) years.add(f.year);
    entry.by.set(f.src, years);
    table.set(f.dst, entry);
  }
  const yearsOf = (by: Map<string, Set<number>>) =>
    [...new Set([...by.values()].flatMap((s) => [...s]))].sort((a, b) => a - b);
  const byName = (a: ReformYears, b: ReformYears) =>
    (a.years[0] ?? 9999) - (b.years[0] ?? 9999) || comparePlaceNames(a.reformName, b.reformName);

  const shared: ReformYears[] = [];
  const unique = new Map<string, ReformYears[]>(jurisdictions.map((j) => [j.id, []]));
  for (const [reformId, { name, by }] of table) {
    const item = { reformId, reformName: name, years: yearsOf(by) };
    if (by.size === jurisdictions.length) shared.push(item);
    else if (by.size === 1) unique.get([...by.keys()][0]!)!.push(item);
  }
  return {
    jurisdictions,
    shared: shared.sort(byName),
    unique: jurisdictions.map((j) => ({ jurisdictionId: j.id, reforms: unique.get(j.id)!.sort(byName) })),
  };
}
