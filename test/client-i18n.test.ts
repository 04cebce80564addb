// Every UI string exists in Chinese and English, and every literal key the client uses is defined.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeLabel, MESSAGES, t } from '../client/src/i18n.ts';
import { ENTITY_TYPES } from '../client/src/types.ts';
import { EDGE_COLORS } from '../client/src/style.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('i18n', () => {
  it('has a non-empty zh and en text for every key, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(entry.zh.trim(), `${key}.zh`).not.toBe('');
      expect(entry.en.trim(), `${key}.en`).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(entry.zh), key).toEqual(holes(entry.en));
    }
  });

  it('defines every key the client code names literally', () => {
    const used = new Set<string>();
    for (const file of sources(new URL('../client/src', import.meta.url).pathname)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => !(k in MESSAGES));
    expect(missing).toEqual([]);
  });

  it('covers the computed keys: entity types, modes, layouts, relations', () => {
    for (const type of ENTITY_TYPES) expect(`type.${type}` in MESSAGES).toBe(true);
    for (const m of ['graph', 'spread', 'compare', 'path']) expect(`mode.${m}` in MESSAGES).toBe(true);
    for (const l of ['fcose', 'concentric', 'hierarchical']) expect(`layout.${l}` in MESSAGES).toBe(true);
    for (const type of Object.keys(EDGE_COLORS)) expect(`edge.${type}` in MESSAGES).toBe(true);
    for (const k of ['adoption', 'pilot', 'promotion', 'first']) expect(`event.${k}` in MESSAGES).toBe(true);
  });

  it('fills placeholders and switches language', () => {
    expect(t('noMatch', { q: '双随机' }, 'zh')).toContain('双随机');
    expect(t('nodesEdges', { n: 3, e: 2 }, 'en')).toBe('3 nodes, 2 edges');
    expect(edgeLabel('ADOPTED', 'zh')).toBe('实施');
    expect(edgeLabel('UNKNOWN_REL', 'en')).toBe('UNKNOWN_REL');
  });
});
