// The one-paragraph account the ingest and seed commands end with: counts, rate, and why each failed file failed.
import type { IngestSummary } from './ingest-files.ts';

export function printSummary(s: IngestSummary, write: (line: string) => void): void {
  const rate = s.seconds > 0 ? (s.files / s.seconds).toFixed(1) : '—';
  write(
    `${s.files} file(s) in ${s.seconds.toFixed(1)} s (${rate} files/s): ` +
      `${s.created} created, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.refused.length} refused, ${s.failed.length} failed; ${s.facts} facts loaded`,
  );
  for (const f of s.refused) write(`  refused ${f.path}: ${f.message?.split(' — ').slice(1).join(' — ') || f.message}`);
  for (const f of s.failed) write(`  failed ${f.path}: ${f.reason} — ${f.message?.split(' — ').slice(1).join(' — ') || f.message}`);
}
