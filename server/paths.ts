// Where the project's own files are. Code runs from `server/` (tsx in development and tests) and from
// `dist/server/` (the compiled production start), so paths are found from the project root — the
// nearest folder above this file with a package.json — never by counting `..` from a module.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. `fromRoot('cypher')`. */
export function fromRoot(...parts: string[]): string {
  return join(ROOT, ...parts);
}

/** True when this process runs the compiled JavaScript (`npm start`), not TypeScript through tsx. */
export const COMPILED = fileURLToPath(import.meta.url).endsWith('.js');
