// Every statement in cypher/ is loadable by name, says what it is for, and is run by some code:
// a static check over the source trees that call statements by name (server/, bench/, test helpers).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, cypherNames } from '../server/db/run-cypher.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CALLERS = ['server', 'bench', 'test/helpers', 'test/global-setup.ts'];

function sources(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(full, f));
}

const code = CALLERS.flatMap(sources)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('cypher/ statements', () => {
  const names = cypherNames();

  it('exist', () => {
    expect(names.length).toBeGreaterThan(10);
  });

  it.each(names)('%s loads by name, is headed by its name and a purpose line', (name) => {
    const lines = cypher(name).split('\n');
    expect(lines[0]).toBe(`// name: ${name}`);
    expect(lines[1]).toMatch(/^\/\/ \S.{10,}/);
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(names)('%s is run by code', (name) => {
    expect(code.includes(`'${name}'`), `no '${name}' in ${CALLERS.join(', ')}`).toBe(true);
  });

  it('names a missing statement in the error', () => {
    expect(() => cypher('no-such-statement')).toThrow(/no-such-statement.*cypher\/no-such-statement\.cypher/);
  });
});
