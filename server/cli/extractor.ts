// The extractor entry point for CLIs, the ingest path and benches. It was loaded by URL while
// server/extract/index.ts was being written; the async signature stays so callers need not change.
import { extractReport } from '../extract/index.ts';
import type { ExtractedReport, MetaOverrides } from '../extract/model.ts';

export type ExtractReport = (text: string, file: string, overrides?: MetaOverrides) => ExtractedReport;

export async function loadExtractor(): Promise<ExtractReport> {
  return extractReport;
}
