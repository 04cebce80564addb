// The extractor entry point (server/extract/index.ts, written in parallel by the rules side), loaded
// by URL so the CLIs typecheck and fail with a clear message while it does not exist yet.
import type { ExtractedReport } from '../extract/model.ts';

export type ExtractReport = (text: string, file: string) => ExtractedReport;

export async function loadExtractor(): Promise<ExtractReport> {
  const url = new URL('../extract/index.ts', import.meta.url).href;
  const mod = (await import(url)) as { extractReport?: ExtractReport };
  if (typeof mod.extractReport !== 'function') throw new Error(`${url} does not export extractReport(text, file)`);
  return mod.extractReport;
}
