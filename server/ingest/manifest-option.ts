// `--manifest FILE [--columns …]` for the ingest CLI: reads the manifest with the placement work's
// reader (server/ingest/manifest.ts, owned there) into metadata per file basename.
import type { MetaOverrides } from '../extract/model.ts';

type ReadManifest = (path: string, columns?: string) => Promise<Map<string, MetaOverrides>> | Map<string, MetaOverrides>;

export async function loadManifest(path: string, columns: string | null): Promise<Map<string, MetaOverrides>> {
  // Loaded by URL until the reader lands on main; then this becomes a static import.
  const url = new URL('./manifest.ts', import.meta.url).href;
  const mod = (await import(url).catch(() => {
    throw new Error('this build has no manifest reader (server/ingest/manifest.ts)');
  })) as { readManifest: ReadManifest };
  return mod.readManifest(path, columns ?? undefined);
}
