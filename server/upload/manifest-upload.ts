// An uploaded manifest (CSV or JSON, as `npm run ingest -- --manifest`) → overrides by file basename.
// The manifest reader takes a path, so the bytes go through a private temporary file of the same
// extension; it is removed whatever happens.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { MetaOverrides } from '../extract/model.ts';
import { ManifestError, parseColumns, readManifest } from '../ingest/manifest.ts';

export { ManifestError };

/** Reads the manifest bytes; `columns` is the --columns mapping (field=column,…), if any. Throws ManifestError. */
export async function readUploadedManifest(
  name: string,
  bytes: Buffer,
  columns: string | undefined,
): Promise<Map<string, MetaOverrides>> {
  const mapping = columns?.trim() ? parseColumns(columns, 'columns') : {};
  const dir = await mkdtemp(join(tmpdir(), 'reformgraph-manifest-'));
  try {
    const ext = /^\.(csv|json|tsv|txt)$/i.test(extname(name)) ? extname(name) : '.csv';
    const path = join(dir, `manifest${ext}`);
    await writeFile(path, bytes);
    try {
      return await readManifest(path, mapping);
    } catch (err) {
      // Name the uploaded file, not the temporary one.
      if (err instanceof ManifestError) throw new ManifestError(err.code, name, err.row, err.message.split(' — ').slice(1).join(' — ') || err.message);
      throw err;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
