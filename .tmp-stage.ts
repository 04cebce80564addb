import { readFileSync } from 'node:fs';
import { splitPassages } from './server/extract/passages.ts';
import { planSpans } from './server/extract/facts/stage.ts';
for (const f of process.argv.slice(2)) {
  const t = readFileSync(f, 'utf8');
  const ps = splitPassages(t);
  const sp = planSpans(t, ps, +(process.env.Y ?? 0) || null);
  console.log(f.split('/').pop(), sp.map((s) => [s.start, s.end, s.planYear, t.slice(s.start, s.start + 20).trim()]));
}
