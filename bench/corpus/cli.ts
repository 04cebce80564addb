// npm run corpus -- --reports N [--seed S] --out DIR
// Writes a deterministic synthetic corpus over real jurisdictions of every province (bench/corpus/):
// DIR/reports/*.txt, DIR/manifest.csv (file, jurisdiction code and name, level, year, genre — usable
// as `npm run ingest -- --manifest DIR/manifest.csv --columns jurisdiction=jurisdiction_code`) and
// DIR/truth.json (the first year each jurisdiction reports each reform as done), so a benchmark can
// load it and check the graph against what was simulated.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { benchArgs } from '../args.ts';
import { syntheticCorpus } from './generate.ts';

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n]/u.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function main(): void {
  const args = benchArgs(process.argv.slice(2), { reports: 1000, seed: 20261204, out: null });
  if (!args.out) throw new Error('--out DIR is required');
  const reportsDir = join(args.out, 'reports');
  mkdirSync(reportsDir, { recursive: true });
  const manifest = createWriteStream(join(args.out, 'manifest.csv'));
  manifest.write('file,jurisdiction_code,jurisdiction,level,year,genre\n');
  const truth: Record<string, Record<string, number>> = {};
  const places = new Set<string>();
  const bar = new cliProgress.SingleBar(
    { format: 'corpus {bar} {value}/{total} reports' },
    cliProgress.Presets.shades_classic,
  );
  const tty = process.stderr.isTTY;
  if (tty) bar.start(args.reports, 0);
  let n = 0;
  for (const r of syntheticCorpus({ reports: args.reports, seed: args.seed })) {
    writeFileSync(join(reportsDir, r.file), r.text);
    manifest.write(`${[r.file, r.code, r.jurisdiction, r.level, r.year, r.genre].map(csvCell).join(',')}\n`);
    places.add(r.code);
    for (const name of r.done) {
      const byPlace = (truth[name] ??= {});
      byPlace[r.code] = Math.min(byPlace[r.code] ?? Infinity, r.year);
    }
    if (tty) bar.update(++n);
    else n++;
  }
  if (tty) bar.stop();
  manifest.end();
  writeFileSync(join(args.out, 'truth.json'), JSON.stringify({ seed: args.seed, reforms: truth }, null, 1));
  const spreading = Object.values(truth).filter((m) => Object.keys(m).length > 1).length;
  console.log(
    `corpus: ${n} reports by ${places.size} jurisdictions, ${Object.keys(truth).length} reforms reported ` +
      `(${spreading} in more than one place) → ${args.out}`,
  );
}

main();
