// npm run corpus -- --reports N [--seed S] --out DIR
// Writes a deterministic synthetic corpus over real jurisdictions of every province: DIR/reports/*.txt,
// DIR/manifest.csv (what each report is: file, jurisdiction code and name, level, year, genre) and
// DIR/truth.json (the first year each jurisdiction reports each reform as done), so a benchmark can
// load it and check the graph against what was simulated.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { benchArgs } from '../args.ts';
import { rng } from '../random.ts';
import { type Genre, writeReport } from './write-report.ts';
import { buildWorld, FIRST_YEAR, LAST_YEAR, type SimReform } from './world.ts';

const MAX_DONE = 14;

function genreFor(random: () => number, year: number): Genre {
  const roll = random();
  if (roll < 0.25 && year < LAST_YEAR) return 'government_work';
  return roll < 0.4 ? 'administration_by_law' : 'rule_of_law';
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n]/u.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function main(): void {
  const args = benchArgs(process.argv.slice(2), { reports: 1000, seed: 20261204, out: null });
  if (!args.out) throw new Error('--out DIR is required');
  const random = rng(args.seed);
  const world = buildWorld(random, args.reports);

  // Every (jurisdiction, year) pair is a report that could exist; archives hold most of them.
  const slots: { placeIndex: number; year: number; order: number }[] = [];
  world.reporters.forEach((_, placeIndex) => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) slots.push({ placeIndex, year, order: random() });
  });
  slots.sort((a, b) => a.order - b.order);
  const chosen = slots.slice(0, args.reports).sort((a, b) => a.year - b.year || a.placeIndex - b.placeIndex);

  const reportsDir = join(args.out, 'reports');
  mkdirSync(reportsDir, { recursive: true });
  const manifest = createWriteStream(join(args.out, 'manifest.csv'));
  manifest.write('file,jurisdiction_code,jurisdiction,level,year,genre\n');
  const truth: Record<string, Record<string, number>> = {};
  const bar = new cliProgress.SingleBar({ format: 'corpus {bar} {value}/{total} reports' }, cliProgress.Presets.shades_classic);
  if (process.stderr.isTTY) bar.start(chosen.length, 0);

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
    const text = writeReport({ place, year: slot.year, genre, done, planned }, world, random);
    const file = `${String(i).padStart(6, '0')}_${place.code ?? place.key}_${slot.year}.txt`;
    writeFileSync(join(reportsDir, file), text);
    manifest.write(
      [file, place.code ?? '', place.fullName, place.level, slot.year, genre].map(csvCell).join(',') + '\n',
    );
    for (const r of done) {
      const byPlace = (truth[r.name] ??= {});
      byPlace[place.key] = Math.min(byPlace[place.key] ?? Infinity, slot.year);
    }
    if (process.stderr.isTTY) bar.update(i + 1);
  }
  if (process.stderr.isTTY) bar.stop();
  manifest.end();
  writeFileSync(join(args.out, 'truth.json'), JSON.stringify({ seed: args.seed, reforms: truth }, null, 1));
  const spreading = Object.values(truth).filter((m) => Object.keys(m).length > 1).length;
  console.log(
    `corpus: ${chosen.length} reports by ${world.reporters.length} jurisdictions, ${FIRST_YEAR}–${LAST_YEAR}, ` +
      `${Object.keys(truth).length} reforms reported (${spreading} in more than one place) → ${args.out}`,
  );
}

main();
