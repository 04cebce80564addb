// Option parsing shared by the benchmark scripts: node's util.parseArgs, with numbers checked once.
import { parseArgs } from 'node:util';

type Spec = Record<string, string | number | boolean | null>;
type Parsed<S extends Spec> = { [K in keyof S]: S[K] extends null ? string | null : S[K] };

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `defaults` names the options (camelCase → --kebab-case) and their types; numbers must be positive integers. */
export function benchArgs<S extends Spec>(argv: string[], defaults: S): Parsed<S> {
  const options = Object.fromEntries(
    Object.entries(defaults).map(([k, v]) => [
      kebab(k),
      { type: typeof v === 'boolean' ? 'boolean' : 'string' },
    ]),
  ) as Record<string, { type: 'string' | 'boolean' }>;
  const { values } = parseArgs({ args: argv, options, strict: true });
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(defaults)) {
    const given = values[kebab(k)];
    if (given === undefined) continue;
    if (typeof v === 'number') {
      const n = Number(given);
      if (!(Number.isInteger(n) && n > 0))
        throw new Error(`--${kebab(k)} must be a positive integer, got "${given}"`);
      out[k] = n;
    } else out[k] = given;
  }
  return out as Parsed<S>;
}
