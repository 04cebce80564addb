// Where the shared material (`shared/`, beside the clone in CI: ../shared from the repo root) is.
// A git worktree sits elsewhere than its main checkout, so there the main checkout's sibling counts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `<shared>/<rel>` if it exists, else null (the caller skips with a message). */
export function sharedPath(rel: string): string | null {
  const roots = [resolve(REPO_ROOT, '..')];
  const dotGit = join(REPO_ROOT, '.git');
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    // "gitdir: /path/to/main/.git/worktrees/<name>" → /path/to/main
    const m = /^gitdir:\s*(.+)$/mu.exec(readFileSync(dotGit, 'utf8'));
    if (m) roots.push(dirname(dirname(dirname(dirname(resolve(REPO_ROOT, m[1]!.trim()))))));
  }
  for (const root of roots) {
    const p = join(root, 'shared', rel);
    if (existsSync(p)) return p;
  }
  return null;
}
