// A realistic synthetic corpus for benchmarks: the five real seed reports rewritten for other
// Zhejiang cities and counties (names from the gazetteer) and other years, with paragraphs sampled and
// reordered, so the extractor sees real prose and the graph gets the fan-out of a real province:
// shared reforms and regulations, many jurisdictions, ten years. Deterministic for a given seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer, type Place } from '../server/extract/gazetteer.ts';
import { rng } from './random.ts';

interface SeedDoc {
  file: string;
  /** The reporting area and the names to rewrite (full name first, then its short form). */
  level: 'city' | 'county';
  home: string;
  parent: string | null;
  /** A county of the home city also named in the text (温州 → 鹿城区). */
  child?: string;
  year: number;
}

const SEEDS: SeedDoc[] = [
  { file: '000_0487bdcd1988260a.txt', level: 'city', home: '嘉兴市', parent: null, year: 2023 },
  { file: '001_5077eddd7db1c184.txt', level: 'county', home: '温岭市', parent: '台州市', year: 2021 },
  { file: '002_3f4c336867fb5dca.txt', level: 'county', home: '南湖区', parent: '嘉兴市', year: 2023 },
  { file: '003_d909330e91d29ae9.txt', level: 'city', home: '温州市', parent: null, child: '鹿城区', year: 2018 },
  { file: '004_44d86d126aed4ddd.txt', level: 'county', home: '上城区', parent: '杭州市', year: 2023 },
];

const SEED_DIR = fileURLToPath(new URL('../seed/reports/', import.meta.url));

export interface GeneratedReport {
  file: string;
  text: string;
  jurisdiction: string;
  year: number;
}

function replaceAll(text: string, pairs: [string, string][]): string {
  // Longest names first so 嘉兴市 is rewritten before 嘉兴.
  const sorted = pairs.filter(([a, b]) => a && a !== b).sort((x, y) => y[0].length - x[0].length);
  if (sorted.length === 0) return text;
  const map = new Map(sorted);
  const re = new RegExp(sorted.map(([a]) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  return text.replace(re, (m) => map.get(m) ?? m);
}

function names(p: Place): string[] {
  return [p.name, ...p.shortNames];
}

/** Pairs rewriting a place's full and short names to another's (short → short when both have one). */
function renames(from: Place | undefined, to: Place): [string, string][] {
  if (!from) return [];
  const a = names(from);
  const b = names(to);
  return a.map((n, i) => [n, b[Math.min(i, b.length - 1)]!] as [string, string]);
}

export interface CorpusOptions {
  reports: number;
  seed?: number;
  firstYear?: number;
  years?: number;
}

export function generateCorpus(opts: CorpusOptions): GeneratedReport[] {
  const g = loadGazetteer();
  const random = rng(opts.seed ?? 20261124);
  const firstYear = opts.firstYear ?? 2015;
  const years = opts.years ?? 10;
  const zhejiang = (p: Place | undefined): p is Place => !!p && p.key.startsWith('33') && p.validUntil == null;
  const byName = (name: string): Place | undefined => g.byName(name).find(zhejiang);

  // Every current Zhejiang city and county-level unit, found through the gazetteer's province tree.
  const divisions = JSON.parse(readFileSync(join(SEED_DIR, '..', 'gazetteer', 'divisions.json'), 'utf8')) as {
    rows: [string, string, string, string | null][];
  };
  const places = divisions.rows
    .filter(([code, , level]) => code.startsWith('33') && (level === 'city' || level === 'county'))
    .map(([code]) => g.byKey(code))
    .filter(zhejiang);
  const cities = places.filter((p) => p.level === 'city');
  const counties = places.filter((p) => p.level === 'county' && p.parentKey && g.byKey(p.parentKey)?.level === 'city');
  const childrenOf = (city: Place) => counties.filter((c) => c.parentKey === city.key);

  const texts = new Map(SEEDS.map((s) => [s.file, readFileSync(join(SEED_DIR, s.file), 'utf8')]));
  const out: GeneratedReport[] = [];
  for (let i = 0; i < opts.reports; i++) {
    const seed = SEEDS[Math.floor(random() * SEEDS.length)]!;
    const home = byName(seed.home);
    let target: Place;
    const pairs: [string, string][] = [];
    if (seed.level === 'city') {
      target = cities[Math.floor(random() * cities.length)]!;
      pairs.push(...renames(home, target));
      if (seed.child) {
        const kids = childrenOf(target);
        const kid = kids[Math.floor(random() * kids.length)];
        if (kid) pairs.push(...renames(byName(seed.child), kid));
      }
    } else {
      target = counties[Math.floor(random() * counties.length)]!;
      pairs.push(...renames(home, target));
      const parent = target.parentKey ? g.byKey(target.parentKey) : undefined;
      if (seed.parent && parent) pairs.push(...renames(byName(seed.parent), parent));
    }
    const year = firstYear + Math.floor(random() * years);
    const delta = year - seed.year;
    let text = replaceAll(texts.get(seed.file)!, pairs);
    text = text.replace(/(?<!\d)20[12]\d(?!\d)/g, (y) => String(Number(y) + delta));

    // Keep the header lines, sample ~80% of the body and swap a few paragraphs: same prose, other mixes.
    const lines = text.split('\n');
    const head = lines.slice(0, 3);
    const body = lines.slice(3).filter(() => random() < 0.8);
    for (let k = 0; k < body.length / 4; k++) {
      const a = Math.floor(random() * body.length);
      const b = Math.floor(random() * body.length);
      [body[a], body[b]] = [body[b]!, body[a]!];
    }
    const file = `gen_${String(i).padStart(5, '0')}_${target.key}_${year}.txt`;
    out.push({ file, text: [...head, ...body].join('\n'), jurisdiction: target.name, year });
  }
  return out;
}
