// Extraction throughput on a generated corpus (not a test: it prints numbers).
//   npm run bench:extract -- [--mb 50] [--keep]
// Builds ≥ N MB of report files from the seeds with variants (other Zhejiang places swapped in, other
// years, paragraphs shuffled, one in eight saved as GBK, one in eight wrapped as an HTML page) in a temp
// folder, then reads, decodes and extracts them one file at a time — as the CLI does — printing MB/s
// (single thread, so per core) and memory at every tenth of the corpus. Memory should stay flat.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { decodeReport } from '../server/extract/decode.ts';
import { loadGazetteer } from '../server/extract/gazetteer.ts';
import { toContract } from '../server/extract/contract.ts';
import { extractReport as extractor } from '../server/extract/index.ts';

const argv = process.argv.slice(2);
const targetMb = Number(argv[argv.indexOf('--mb') + 1]) || 50;
const keep = argv.includes('--keep');

// Deterministic PRNG so runs are comparable.
let seedState = 20231124;
const rand = (): number => (seedState = (seedState * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const seedsDir = new URL('../seed/reports/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

// Swaps keep the text a plausible report from elsewhere in Zhejiang.
const CITY_SWAPS = [
  ['嘉兴', '湖州'],
  ['嘉兴', '绍兴'],
  ['温州', '台州'],
  ['温州', '金华'],
  ['温岭', '临海'],
  ['温岭', '乐清'],
  ['南湖区', '秀洲区'],
  ['南湖', '吴兴'],
  ['上城区', '拱墅区'],
  ['上城区', '江干区'],
] as const;

function variant(text: string, i: number): { name: string; bytes: Buffer } {
  let t = text;
  const [from, to] = pick(CITY_SWAPS);
  t = t.split(from).join(to);
  const dy = Math.floor(rand() * 7) - 4; // 2019…2025 for a 2023 report
  t = t.replace(/20(1\d|2\d)年/g, (m, y: string) => `${2000 + Number(y) + dy}年`);
  const lines = t.split('\n');
  const head = lines.slice(0, 3);
  const body = lines.slice(3);
  for (let k = body.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [body[k], body[j]] = [body[j]!, body[k]!];
  }
  t = [...head, ...body].join('\n');
  const kind = i % 8;
  if (kind === 3) return { name: `r${i}.txt`, bytes: iconv.encode(t, 'gbk') };
  if (kind === 5) {
    const paras = t
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n');
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title><script>var a=1;</script></head><body><nav><a href="/">首页</a></nav><div class="article">${paras}</div><footer>版权所有</footer></body></html>`;
    return { name: `r${i}.html`, bytes: Buffer.from(page) };
  }
  return { name: `r${i}.txt`, bytes: Buffer.from(t) };
}

const mb = (n: number): string => (n / 1e6).toFixed(1);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  let total = 0;
  const names: string[] = [];
  for (let i = 0; total < targetMb * 1e6; i++) {
    const v = variant(seeds[i % seeds.length]!, i);
    writeFileSync(join(dir, v.name), v.bytes);
    names.push(v.name);
    total += v.bytes.length;
  }
  console.log(`corpus: ${names.length} files, ${mb(total)} MB in ${dir}`);

  const t0 = performance.now();
  const g = loadGazetteer();
  console.log(`gazetteer load: ${(performance.now() - t0).toFixed(0)} ms`);
  let extractReport: typeof extractor | null = null;
  try {
    extractReport = extractor;
  } catch (err) {
    console.log(
      `extractor not loadable (${(err as Error).message.split('\n')[0]}): measuring decode + gazetteer scan only`,
    );
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  let bytes = 0;
  let decodeMs = 0;
  let scanMs = 0;
  let extractMs = 0;
  let failures = 0;
  let nextMark = 0.1;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (const name of names) {
    const buf = readFileSync(join(dir, name));
    let a = performance.now();
    const { text } = decodeReport(buf, name);
    decodeMs += performance.now() - a;
    a = performance.now();
    g.scan(text);
    scanMs += performance.now() - a;
    if (extractReport) {
      a = performance.now();
      try {
        JSON.stringify(toContract(extractReport(text, name)));
      } catch {
        failures++;
      }
      extractMs += performance.now() - a;
    }
    bytes += buf.length;
    if (bytes >= nextMark * total) {
      gc?.();
      const m = process.memoryUsage();
      const secs = (performance.now() - start) / 1000;
      console.log(
        `${(nextMark * 100).toFixed(0).padStart(4)}%  ${mb(bytes).padStart(6)} MB  ${(bytes / 1e6 / secs).toFixed(2).padStart(6)} MB/s  rss ${mb(m.rss)} MB  heap ${mb(m.heapUsed)} MB`,
      );
      nextMark += 0.1;
    }
  }
  const secs = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const load = loadavg()[0]!;
  const shared = load > cpus().length;
  console.log(
    `\nload average ${load.toFixed(1)} on ${cpus().length} cores while measuring${shared ? ': the machine is shared, wall-clock figures understate a free core' : ''}`,
  );
  console.log(
    `CPU time ${cpuSecs.toFixed(1)} s: ${(bytes / 1e6 / cpuSecs).toFixed(2)} MB per CPU-second (what one core does when the machine is shared; includes GC threads)`,
  );
  console.log(
    `total ${mb(bytes)} MB in ${secs.toFixed(1)} s: ${(bytes / 1e6 / secs).toFixed(2)} MB/s wall-clock, one thread (read + decode + scan${extractReport ? ' + extract + contract' : ''})`,
  );
  console.log(`  decode  ${(bytes / 1e6 / (decodeMs / 1000)).toFixed(1)} MB/s`);
  console.log(`  gazetteer scan alone  ${(bytes / 1e6 / (scanMs / 1000)).toFixed(1)} MB/s`);
  if (extractReport)
    console.log(
      `  extractReport + toContract  ${(bytes / 1e6 / (extractMs / 1000)).toFixed(2)} MB/s  (${failures} failures)`,
    );
  if (!gc) console.log('(run with node --expose-gc for memory figures after collection)');
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

await main();
