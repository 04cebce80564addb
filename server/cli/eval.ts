// npm run eval -- [--gold <dir>] [--manifest FILE [--columns …] [--use-manifest]] <report files or folders…>
//                  [--json] [--show <category|all>]
// With --gold: extracts each report that has a gold file (<gold>/<basename>.json) and prints precision /
// recall / F1 per category, per file and micro-averaged, against the targets of the extractor issue,
// then placement accuracy against the gold report fields.
// With --manifest: placement accuracy (jurisdiction, year, author, genre) of every report the manifest
// names, per file and overall. The extractor reads the text alone unless --use-manifest feeds it too.
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { toContract } from '../extract/contract.ts';
import { prf, type Counts } from '../extract/eval/match.ts';
import {
  CATEGORIES,
  microTotals,
  scoreDoc,
  TARGETS,
  type Category,
  type DocScore,
  type EvalDoc,
} from '../extract/eval/score.ts';
import {
  placementTable,
  placementTotals,
  scorePlacement,
  truthFromGold,
  truthFromManifest,
  type PlacementRow,
} from '../extract/eval/placement.ts';
import type { MetaOverrides } from '../extract/model.ts';
import { ManifestError, parseColumns, readManifest } from '../ingest/manifest.ts';
import { extractReport } from '../extract/index.ts';
import { isFailure, readInputs } from '../ingest/inputs.ts';

interface Args {
  gold: string | null;
  manifest: string | null;
  columns: string | null;
  useManifest: boolean;
  inputs: string[];
  json: boolean;
  show: Set<string>;
}

function parseArgs(argv: string[]): Args {
  let gold: string | null = null;
  let manifest: string | null = null;
  let columns: string | null = null;
  let useManifest = false;
  let json = false;
  const show = new Set<string>();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--gold') gold = argv[++i] ?? null;
    else if (a === '--manifest') manifest = argv[++i] ?? null;
    else if (a === '--columns') columns = argv[++i] ?? null;
    else if (a === '--use-manifest') useManifest = true;
    else if (a === '--json') json = true;
    else if (a === '--show') show.add(argv[++i] ?? 'all');
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (!gold && !manifest) fail('--gold <dir> or --manifest FILE is required');
  if ((columns || useManifest) && !manifest) fail('--columns and --use-manifest need --manifest');
  if (inputs.length === 0) fail('no report files or folders');
  return { gold, manifest, columns, useManifest, inputs, json, show };
}

function fail(problem: string): never {
  process.stderr.write(
    `eval: ${problem}\nusage: npm run eval -- [--gold <dir>] [--manifest FILE [--columns field=column,…] [--use-manifest]] <files or folders…> [--json] [--show <category|all>]\n`,
  );
  process.exit(2);
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function row(label: string, cat: string, c: Counts, target?: number): string {
  const { precision, recall, f1 } = prf(c);
  const mark = target === undefined ? '' : f1 + 1e-9 >= target ? `  ≥${target} ok` : `  <${target} MISS`;
  return `${label.padEnd(28)} ${cat.padEnd(13)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${pct(precision)} ${pct(recall)} ${pct(f1)}${mark}`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let manifest: Map<string, MetaOverrides> | null = null;
  if (args.manifest) {
    try {
      manifest = await readManifest(args.manifest, args.columns ? parseColumns(args.columns) : {});
    } catch (err) {
      if (!(err instanceof ManifestError)) throw err;
      process.stderr.write(`eval: ${err.message}\n`);
      return 2;
    }
  }
  const results: { file: string; score: DocScore }[] = [];
  const placement: PlacementRow[] = [];
  let failed = 0;
  for await (const item of readInputs(args.inputs)) {
    if (isFailure(item)) {
      process.stderr.write(`eval: ${item.error.message}\n`);
      failed++;
      continue;
    }
    const row = manifest?.get(item.file);
    let gold: EvalDoc | null = null;
    if (args.gold) {
      const goldPath = join(args.gold, `${basename(item.file, extname(item.file))}.json`);
      try {
        gold = JSON.parse(await readFile(goldPath, 'utf8')) as EvalDoc;
      } catch {
        if (!row) process.stderr.write(`eval: ${item.file}: no gold file ${goldPath}, skipped\n`);
      }
    }
    if (!gold && !row) {
      if (!args.gold) process.stderr.write(`eval: ${item.file}: not in the manifest, skipped\n`);
      continue;
    }
    const extracted = extractReport(item.text, item.file, args.useManifest ? row : undefined);
    if (gold)
      results.push({ file: item.file, score: scoreDoc(gold, toContract(extracted) as unknown as EvalDoc) });
    const truth = row ? truthFromManifest(row, item.text) : truthFromGold(gold!.report, item.text);
    placement.push(scorePlacement(item.file, truth, extracted.report));
  }
  if (!args.gold) {
    if (args.json)
      process.stdout.write(JSON.stringify({ placement, totals: placementTotals(placement) }, null, 2) + '\n');
    else process.stdout.write(placementTable(placement, 0.97) + '\n');
    return failed > 0 ? 1 : 0;
  }
  const micro = microTotals(results.map((r) => r.score));

  if (args.json) {
    const withPrf = (c: Counts) => ({ ...c, ...prf(c) });
    const out = {
      placement: { files: placement, totals: placementTotals(placement) },
      files: results.map((r) => ({
        file: r.file,
        categories: Object.fromEntries(
          CATEGORIES.map((c) => [
            c,
            { ...withPrf(r.score[c]), missed: r.score[c].missed, spurious: r.score[c].spurious },
          ]),
        ),
      })),
      micro: Object.fromEntries(
        CATEGORIES.map((c) => [c, { ...withPrf(micro[c]), target: TARGETS[c] ?? null }]),
      ),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const lines = [
      `${'file'.padEnd(28)} ${'category'.padEnd(13)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)}`,
    ];
    for (const r of results) {
      for (const c of CATEGORIES) lines.push(row(r.file, c, r.score[c]));
      lines.push('');
    }
    for (const c of CATEGORIES) lines.push(row(`micro (${results.length} files)`, c, micro[c], TARGETS[c]));
    process.stdout.write(lines.join('\n') + '\n');
    process.stdout.write('\n' + placementTable(placement) + '\n');
    for (const r of results) {
      for (const c of CATEGORIES as readonly Category[]) {
        if (!args.show.has('all') && !args.show.has(c)) continue;
        const s = r.score[c];
        if (s.missed.length + s.spurious.length === 0) continue;
        process.stdout.write(`\n${r.file} ${c}\n`);
        for (const m of s.missed) process.stdout.write(`  - missed   ${m}\n`);
        for (const p of s.spurious) process.stdout.write(`  + spurious ${p}\n`);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
