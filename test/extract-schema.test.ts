// Every seed report, extracted and projected, is valid against the extraction contract's JSON schema,
// and every offset we hand out points at the text it claims.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContract } from '../server/extract/contract.ts';
import { extractReport } from '../server/extract/index.ts';

const dir = new URL('../seed/reports/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const schema = JSON.parse(
  readFileSync(new URL('./fixtures/contracts/extraction.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('extraction contract', () => {
  const reports = files.map((f) => extractReport(readFileSync(new URL(f, dir), 'utf8'), f));

  it('covers the five seeds', () => {
    expect(files).toHaveLength(5);
  });

  it('validates against extraction.schema.json', () => {
    const doc = { version: 1, reports: reports.map(toContract) };
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a document that breaks the contract (the validator is live)', () => {
    const bad = {
      version: 1,
      reports: [{ ...toContract(reports[0]!), firsts: [{ scope: null, quote: 'x'.repeat(81) }] }],
    };
    expect(validate(bad)).toBe(false);
  });

  it('gives offsets that slice to the quoted text and mentions', () => {
    for (const r of reports) {
      for (const j of r.jurisdictions)
        for (const m of j.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.surface);
      for (const a of r.agencies)
        for (const m of a.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.surface);
      for (const x of r.regulations)
        for (const m of x.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.surface);
      for (const x of r.reforms)
        for (const m of x.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.surface);
      for (const f of r.facts) {
        expect(r.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
        expect(f.evidence.quote.length).toBeLessThanOrEqual(80);
      }
    }
  });

  it('reads each report author and year from the text', () => {
    for (const r of reports) {
      expect(r.report.author, r.file).toBeTruthy();
      expect(r.report.year, r.file).toBeGreaterThanOrEqual(2015);
    }
  });
});
