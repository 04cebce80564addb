// `--manifest FILE [--columns …]` for the ingest CLI and tests: the manifest (server/ingest/manifest.ts)
// read into metadata per file basename, the column mapping given as on the command line.
import type { MetaOverrides } from '../extract/model.ts';
import { parseColumns, readManifest } from './manifest.ts';

export async function loadManifest(path: string, columns: string | null): Promise<Map<string, MetaOverrides>> {
  return readManifest(path, columns ? parseColumns(columns) : {});
}
