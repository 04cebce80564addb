// Builds the explorer when dist/client is missing or older than any client source, so
// `npm start` on a fresh clone serves a current client. Run as `prestart`; also used by e2e tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../paths.ts';

export const CLIENT_SRC = join(ROOT, 'client');
export const CLIENT_CONFIG = join(CLIENT_SRC, 'vite.config.ts');
export const CLIENT_INDEX = join(ROOT, 'dist', 'client', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Why the client needs a build, or null when dist/client is current. */
export function staleReason(): string | null {
  if (!existsSync(CLIENT_INDEX)) return 'dist/client is missing';
  return newestMtime(CLIENT_SRC) > statSync(CLIENT_INDEX).mtimeMs
    ? 'client sources changed since the last build'
    : null;
}

export async function ensureClientBuilt(log: (line: string) => void = console.log): Promise<boolean> {
  const reason = staleReason();
  if (!reason) return false;
  log(`building the explorer client (${reason})…`);
  const { build } = await import('vite');
  await build({ configFile: CLIENT_CONFIG, root: CLIENT_SRC, logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureClientBuilt().catch((err: unknown) => {
    console.error(`could not build the explorer client: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
