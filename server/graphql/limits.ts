// Caps on every `limit`-like argument. Values above the cap are clamped (the query still answers,
// with at most the cap); negative or non-integer values are rejected naming the argument.
import neo4j, { type Integer } from 'neo4j-driver';
import { badInput } from './errors.ts';

export const LIMITS = {
  search: 100,
  autocomplete: 50,
  page: 200, // reforms, reports, regulations
  offset: 100_000,
  neighborhoodNodes: 500,
  neighborhoodDepth: 3,
  pathLength: 8,
  compare: 20, // jurisdictions in one comparison
  textLength: 200, // search text, names
  ingestBytes: 5 * 1024 * 1024,
} as const;

/** `value` clamped to [min, max]; rejects non-integers and values below `min`. */
export function clamp(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  max: number,
  min = 0,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v)) throw badInput(argument, `must be an integer, got ${String(v)}`);
  if (v < min) throw badInput(argument, `must be at least ${min}, got ${v}`);
  return Math.min(v, max);
}

/** A trimmed, non-empty, bounded user string. */
export function text(argument: string, value: string, max: number = LIMITS.textLength): string {
  const t = value.trim();
  if (t === '') throw badInput(argument, 'must not be empty');
  if (t.length > max) throw badInput(argument, `must be at most ${max} characters, got ${t.length}`);
  return t;
}

/** Cypher wants integers for LIMIT/SKIP; a JS number is sent as a float. */
export function int(n: number): Integer {
  return neo4j.int(n);
}
