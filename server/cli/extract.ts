// npm run extract -- <files or folders> [--out DIR] [--manifest FILE [--columns field=column,…]]
// Prints {"version":1,"reports":[...]} (streamed, one report at a time) or, with --out, writes one
// <basename>.json per report (the contract item, the shape of shared/gold files). Bad files are
// reported on stderr with their reason; the rest still run; exit code 1 if any file failed.
// A manifest (server/ingest/manifest.ts) gives metadata the text lacks; its values win over the text.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { toContract } from '../extract/contract.ts';
import { MetaOverrideError } from '../extract/metadata/overrides.ts';
import type { MetaOverrides } from '../extract/model.ts';
import { ManifestError, parseColumns, readManifest } from '../ingest/manifest.ts';
import { extractReport } from '../extract/index.ts';
import { isFailure, readInputs } from '../ingest/inputs.ts';

interface Args {
  inputs: string[];
  out: string | null;
  manifest: string | null;
  columns: string | null;
}

function parseArgs(argv: string[]): Args {
  const inputs: string[] = [];
  let out: string | null = null;
  let manifest: string | null = null;
  let columns: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      out = argv[++i] ?? null;
      if (!out) usage('--out needs a folder');
    } else if (a === '--manifest') {
      manifest = argv[++i] ?? null;
      if (!manifest) usage('--manifest needs a CSV or JSON file');
    } else if (a === '--columns') {
      columns = argv[++i] ?? null;
      if (!columns) usage('--columns needs field=column pairs');
    } else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (inputs.length === 0) usage('no input files or folders');
  if (columns && !manifest) usage('--columns needs --manifest');
  return { inputs, out, manifest, columns };
}

function usage(problem?: string): never {
  if (problem) process.stderr.write(`extract: ${problem}\n`);
  process.stderr.write(
    'usage: npm run extract -- <files or folders…> [--out DIR] [--manifest FILE [--columns field=column,…]]\n',
  );
  process.exit(2);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let manifest = new Map<string, MetaOverrides>();
  if (args.manifest) {
    try {
      manifest = await readManifest(args.manifest, args.columns ? parseColumns(args.columns) : {});
    } catch (err) {
      if (!(err instanceof ManifestError)) throw err;
      process.stderr.write(`extract: ${err.message}\n`);
      return 2;
    }
  }
  const failures: { file: string; reason: string; message: string }[] = [];
  const written = new Set<string>();
  let ok = 0;
  if (args.out) await mkdir(args.out, { recursive: true });
  else process.stdout.write('{"version":1,"reports":[');

  for await (const item of readInputs(args.inputs)) {
    if (isFailure(item)) {
      failures.push({ file: item.path, reason: item.error.reason, message: item.error.message });
      continue;
    }
    let json: string;
    try {
      json = JSON.stringify(toContract(extractReport(item.text, item.file, manifest.get(item.file))));
    } catch (err) {
      if (err instanceof MetaOverrideError) {
        failures.push({ file: item.path, reason: err.code, message: `${item.path}: ${err.message}` });
        continue;
      }
      // An extractor bug on one file is that file's failure, not the batch's.
      failures.push({
        file: item.path,
        reason: 'extract_failed',
        message: `${item.path}: extract_failed — ${(err as Error).stack ?? String(err)}`,
      });
      continue;
    }
    if (args.out) {
      let name = basename(item.file, extname(item.file));
      while (written.has(name)) name += '_';
      written.add(name);
      await writeFile(join(args.out, `${name}.json`), json + '\n');
    } else {
      process.stdout.write((ok > 0 ? ',\n' : '\n') + json);
    }
    ok++;
  }
  if (!args.out) process.stdout.write('\n]}\n');

  const total = ok + failures.length;
  process.stderr.write(
    `extract: ${ok} of ${total} file(s) extracted${args.out ? ` into ${args.out}` : ''}\n`,
  );
  if (failures.length > 0) {
    process.stderr.write(`extract: ${failures.length} file(s) failed:\n`);
    for (const f of failures)
      process.stderr.write(`  ${f.file}: ${f.reason} — ${f.message.split(' — ').slice(1).join(' — ')}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
