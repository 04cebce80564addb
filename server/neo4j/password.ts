// The embedded Neo4j's password: generated once, kept beside the data it protects in a file only its
// owner can read. Whoever can read the data directory can read the store files anyway, so the file
// adds no new exposure; Bolt, which any local user can reach, needs it.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NEO4J_USER = 'neo4j';

/** `<data dir>/password`: what cypher-shell, Neo4j Browser and our CLIs log in with. */
export function passwordFile(dataDir: string): string {
  return join(dataDir, 'password');
}

/** Reads the data dir's password, creating it (mode 0600) on first use; tightens a loose mode. */
export function ensurePassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      // 'wx': two processes racing on a fresh data dir must not each write their own password.
      writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').trim();
  if (password.length < 8) {
    throw new Error(`the Neo4j password in ${file} is shorter than 8 characters; delete the file to generate a new one`);
  }
  return password;
}
