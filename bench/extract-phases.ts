// Where extraction time goes, per phase, on the seed reports (not a test: it prints numbers).
//   npm run bench:extract-phases -- [--rounds 40]
// The machine is often shared, so every phase reports its fastest round (what a free core does) next
// to the median round; whole-corpus throughput with I/O and decoding is bench/extract-throughput.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { collectAgencies, type PlaceSpan } from '../server/extract/agencies/hits.ts';
import { scanAgencies } from '../server/extract/agencies/scan-agencies.ts';
import { extractFacts } from '../server/extract/facts/index.ts';
import { extractReport } from '../server/extract/index.ts';
import { extractMetadata } from '../server/extract/metadata/index.ts';
import { splitPassages } from '../server/extract/passages.ts';
import { extractJurisdictions } from '../server/extract/places.ts';
import { extractReforms } from '../server/extract/reforms/extract-reforms.ts';
import { extractRegulations } from '../server/extract/regulations.ts';

const argv = process.argv.slice(2);
const rounds = Number(argv[argv.indexOf('--rounds') + 1]) || 40;
const dir = new URL('../seed/reports/', import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

const PHASES = [
  'passages',
  'metadata',
  'places',
  'agencies',
  'regulations',
  'reforms',
  'facts',
  'whole',
] as const;
type Phase = (typeof PHASES)[number];
const samples = Object.fromEntries(PHASES.map((p) => [p, [] as number[]])) as Record<Phase, number[]>;

function round(): void {
  const t: Record<Phase, number> = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  const time = <R>(p: Phase, f: () => R): R => {
    const s = performance.now();
    const r = f();
    t[p] += performance.now() - s;
    return r;
  };
  for (const text of texts) {
    const passages = time('passages', () => splitPassages(text));
    const { meta, author, ctx } = time('metadata', () => extractMetadata(text));
    const jurisdictions = time('places', () => extractJurisdictions(text, ctx));
    const places: PlaceSpan[] = jurisdictions
      .flatMap((j) => j.mentions.map((m) => ({ start: m.start, end: m.end, key: j.key })))
      .sort((a, b) => a.start - b.start);
    const agencyHits = time('agencies', () => scanAgencies({ text, places, ctx, author }));
    collectAgencies(agencyHits);
    const regulations = time('regulations', () =>
      extractRegulations(text, ctx, agencyHits, meta.title, meta.authorKey, places),
    );
    const reforms = time('reforms', () =>
      extractReforms(text, passages, regulations.hits, agencyHits, places),
    );
    time('facts', () =>
      extractFacts({ text, passages, meta, ctx, author, jurisdictions, agencyHits, regulations, reforms }),
    );
    time('whole', () => extractReport(text, 'bench.txt'));
  }
  for (const p of PHASES) samples[p].push(t[p]);
}

for (let i = 0; i < 3; i++) round(); // warm up the JIT
for (const p of PHASES) samples[p].length = 0;
for (let i = 0; i < rounds; i++) round();

console.log(`${texts.length} seed reports, ${mb.toFixed(3)} MB per round, ${rounds} rounds`);
console.log('phase          fastest ms   median ms   MB/s (fastest)');
for (const p of PHASES) {
  const s = samples[p].slice().sort((a, b) => a - b);
  const best = s[0]!;
  const median = s[s.length >> 1]!;
  console.log(
    `${p.padEnd(14)} ${best.toFixed(2).padStart(10)} ${median.toFixed(2).padStart(11)} ${(mb / (best / 1000)).toFixed(1).padStart(15)}`,
  );
}
