// Keeps the house plan (docs/architecture.md): imports between the server's rooms point one way,
// no module imports itself back through others (no cycles, type imports included), and the client
// reaches the server only through the public API (it may import types, never code).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../server/paths.ts';

/** Each room and the rooms it may import (besides itself). Lower rooms never import higher ones. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  paths: [],
  config: ['extract'], // the extractor's input size cap bounds the upload limit
  logging: ['config'],
  extract: ['paths'],
  db: ['paths'],
  neo4j: ['paths', 'config', 'db'],
  ingest: ['paths', 'config', 'extract', 'db', 'neo4j'],
  graphql: ['paths', 'config', 'extract', 'db', 'neo4j', 'ingest'],
  upload: ['paths', 'config', 'extract', 'db', 'neo4j', 'ingest'],
  plugins: ['paths', 'config', 'extract', 'db', 'neo4j', 'ingest', 'graphql', 'upload'],
  app: ['paths', 'config', 'logging', 'plugins', 'graphql', 'upload', 'ingest', 'db', 'neo4j'],
  cli: ['paths', 'config', 'logging', 'extract', 'db', 'neo4j', 'ingest', 'app', 'graphql'],
  main: ['paths', 'config', 'logging', 'app', 'neo4j', 'ingest', 'db'],
};

/** Seams still open, each to be closed (docs/architecture.md, "Open seams"); an entry here that no longer occurs fails. */
const KNOWN_UPWARD = new Set<string>([]);

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of a file (static, dynamic, re-exports, type-only too), as repo paths. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(ROOT, resolve(ROOT, dirname(file), name)));
}

function roomOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.ts$/u, '');
}

const serverFiles = tsFiles('server');
const graph = new Map(serverFiles.map((f) => [f, importsOf(f)] as const));

describe('house plan', () => {
  it('knows the room of every server file', () => {
    const unknown = serverFiles.filter((f) => !(roomOf(f) in MAY_IMPORT));
    expect(unknown, 'add the new room to MAY_IMPORT and docs/architecture.md').toEqual([]);
  });

  it('imports point one way between rooms', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = roomOf(file);
        const to = roomOf(target);
        if (from === to || MAY_IMPORT[from]?.includes(to)) continue;
        upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward.filter((e) => !KNOWN_UPWARD.has(e))).toEqual([]);
    expect([...KNOWN_UPWARD].filter((e) => !upward.includes(e)), 'closed seams: remove them').toEqual([]);
  });

  it('has no import cycles in the server', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).concat(next).join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of serverFiles) if (!state.has(file)) visit(file);
    expect(cycles).toEqual(KNOWN_CYCLES);
  });

  it('the client imports only types from the server', () => {
    const code: string[] = [];
    for (const file of tsFiles('client')) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/^\s*import\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gmu)) {
        if (m[2]!.includes('/server/') && !m[1]) code.push(`${file} -> ${m[2]}`);
      }
    }
    expect(code).toEqual([]);
  });
});

// Cycles present when the check was added; each is a seam to close (docs/architecture.md).
const KNOWN_CYCLES: string[] = [
  'server/extract/gazetteer.ts -> server/extract/place-score.ts -> server/extract/gazetteer.ts',
  'server/extract/gazetteer.ts -> server/extract/place-trie.ts -> server/extract/gazetteer.ts',
  'server/extract/reforms/extract-reforms.ts -> server/extract/reforms/near-duplicates.ts -> server/extract/reforms/extract-reforms.ts',
  'server/ingest/graph-row-types.ts -> server/ingest/jurisdiction-rows.ts -> server/ingest/graph-row-types.ts',
  'server/ingest/graph-row-types.ts -> server/ingest/jurisdiction-rows.ts -> server/ingest/row-order.ts -> server/ingest/graph-row-types.ts',
];
