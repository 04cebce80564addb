// npm run ingest -- <files or folders…> [--concurrency N] [--manifest FILE [--columns MAP]]
// Decodes, extracts and loads every report (one write transaction each) into NEO4J_URI, or into the
// embedded Neo4j under NEO4J_DATA_DIR when it is unset; progress bar, then a summary with the reason
// for every failed file and, for every refused one (no jurisdiction or no year), what is missing and
// how to supply it. A manifest (CSV or JSON keyed by file name, server/ingest/manifest.ts) gives
// metadata the text does not; --columns maps its column names (file=filename,jurisdiction=region,…).
// Exit code 1 if any file failed or was refused (the others still load), 2 on bad usage or a bad manifest.
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';
import { printSummary } from '../ingest/summary.ts';
import { openDatabase } from '../ingest/open-database.ts';
import { loadManifest } from '../ingest/manifest-option.ts';
import { ManifestError } from '../ingest/manifest.ts';

function usage(problem?: string): never {
  if (problem) process.stderr.write(`ingest: ${problem}\n`);
  process.stderr.write(
    'usage: npm run ingest -- <files or folders…> [--concurrency N] [--manifest FILE [--columns field=column,…]]\n',
  );
  process.exit(2);
}

interface Args {
  inputs: string[];
  concurrency: number;
  manifest: string | null;
  columns: string | null;
}

function parseArgs(argv: string[]): Args {
  const inputs: string[] = [];
  let concurrency = 4;
  let manifest: string | null = null;
  let columns: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--manifest') {
      manifest = argv[++i] ?? usage('--manifest needs a file');
    } else if (a === '--columns') {
      columns = argv[++i] ?? usage('--columns needs a mapping, e.g. file=filename,jurisdiction=region');
    } else if (a === '--concurrency') {
      concurrency = Number(argv[++i]);
      if (!Number.isInteger(concurrency) || concurrency < 1) usage('--concurrency needs a whole number ≥ 1');
    } else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (inputs.length === 0) usage('no input files or folders');
  if (columns !== null && manifest === null) usage('--columns needs --manifest');
  return { inputs, concurrency, manifest, columns };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`ingest: ${(err as Error).message}\n`);
    return 1;
  }
  const say = (line: string) => process.stderr.write(`ingest: ${line}\n`);
  let manifest;
  try {
    manifest = args.manifest === null ? undefined : await loadManifest(args.manifest, args.columns);
  } catch (err) {
    // A bad manifest is bad usage, as in `npm run extract`: nothing is loaded.
    if (!(err instanceof ManifestError)) throw err;
    say(err.message);
    return 2;
  }
  if (manifest) say(`manifest ${args.manifest}: metadata for ${manifest.size} file(s)`);
  let database;
  try {
    database = await openDatabase(config, say);
  } catch (err) {
    say((err as Error).message);
    return 1;
  }
  say(`loading into ${database.where}`);
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest |{bar}| {value}/{total} files · {facts} facts · {rate} files/s · {file}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let facts = 0;
  let done = 0;
  try {
    const summary = await ingestFiles(database.db, args.inputs, {
      concurrency: args.concurrency,
      manifest,
      onStart: (files) => bar.start(files, 0, { facts: 0, rate: '0.0', file: '' }),
      onFile: (o) => {
        done += 1;
        facts += o.facts;
        const rate = (done / ((performance.now() - started) / 1000)).toFixed(1);
        bar.update(done, { facts, rate, file: `${o.file} ${o.status}` });
      },
    });
    bar.stop();
    printSummary(summary, say);
    return summary.failed.length > 0 || summary.refused.length > 0 ? 1 : 0;
  } catch (err) {
    bar.stop();
    say(`stopped: ${(err as Error).message}`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
