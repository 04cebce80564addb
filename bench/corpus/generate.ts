// The synthetic corpus as a stream of reports (used by `npm run corpus` and the benchmarks): every
// (jurisdiction, year) slot is a report that could exist, archives hold most of them, and each
// report names the reforms its jurisdiction adopted by then and plans some it has not.
import { rng } from '../random.ts';
import { type Genre, writeReport } from './write-report.ts';
import { buildWorld, FIRST_YEAR, LAST_YEAR, type SimReform } from './world.ts';

const MAX_DONE = 14;

export interface SyntheticReport {
  file: string;
  text: string;
  code: string;
  jurisdiction: string;
  level: string;
  year: number;
  genre: Genre;
  /** Reforms the report names as done (the simulated truth). */
  done: string[];
}

function genreFor(random: () => number, year: number): Genre {
  const roll = random();
  if (roll < 0.25 && year < LAST_YEAR) return 'government_work';
  return roll < 0.4 ? 'administration_by_law' : 'rule_of_law';
}

export function* syntheticCorpus(opts: { reports: number; seed: number }): Generator<SyntheticReport> {
  const random = rng(opts.seed);
  const world = buildWorld(random, opts.reports);
  const slots: { placeIndex: number; year: number; order: number }[] = [];
  world.reporters.forEach((_, placeIndex) => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) slots.push({ placeIndex, year, order: random() });
  });
  slots.sort((a, b) => a.order - b.order);
  const chosen = slots.slice(0, opts.reports).sort((a, b) => a.year - b.year || a.placeIndex - b.placeIndex);

  for (const [i, slot] of chosen.entries()) {
    const place = world.reporters[slot.placeIndex]!;
    const adoptedBy = (r: SimReform) => world.adoption.get(r.name)?.get(place.key);
    const done = world.reforms
      .filter((r) => (adoptedBy(r) ?? Infinity) <= slot.year)
      .sort((a, b) => adoptedBy(b)! - adoptedBy(a)!)
      .slice(0, MAX_DONE);
    const planned = world.reforms
      .filter((r) => (adoptedBy(r) ?? Infinity) > slot.year)
      .slice(0, 1 + Math.floor(random() * 2));
    const genre = genreFor(random, slot.year);
    const code = place.code ?? place.key;
    yield {
      file: `${String(i).padStart(6, '0')}_${code}_${slot.year}.txt`,
      text: writeReport({ place, year: slot.year, genre, done, planned }, world, random),
      code,
      jurisdiction: place.fullName,
      level: place.level,
      year: slot.year,
      genre,
      done: done.map((r) => r.name),
    };
  }
}
