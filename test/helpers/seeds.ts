// Seed reports and their extraction, computed once per test file (the extractor is pure and fast).
import { readFileSync } from 'node:fs';
import { extractReport } from '../../server/extract/index.ts';
import type { ExtractedReport } from '../../server/extract/model.ts';

export const SEEDS = {
  jiaxingJianshe2023: '000_0487bdcd1988260a.txt',
  wenlingJianshe2021: '001_5077eddd7db1c184.txt',
  nanhu2023: '002_3f4c336867fb5dca.txt',
  wenzhou2018: '003_d909330e91d29ae9.txt',
  shangchengFagai2023: '004_44d86d126aed4ddd.txt',
} as const;

const texts = new Map<string, string>();
const extracted = new Map<string, ExtractedReport>();

export function seedText(file: string): string {
  let t = texts.get(file);
  if (t === undefined) {
    t = readFileSync(new URL(`../../seed/reports/${file}`, import.meta.url), 'utf8');
    texts.set(file, t);
  }
  return t;
}

export function seedReport(file: string): ExtractedReport {
  let r = extracted.get(file);
  if (!r) {
    r = extractReport(seedText(file), file);
    extracted.set(file, r);
  }
  return r;
}
