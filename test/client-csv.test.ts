// The adoption CSV: RFC 4180 quoting, BOM for Excel, one row per adoption in time order.
import { describe, expect, it } from 'vitest';
import { adoptionsCsv, csvField, csvRow } from '../client/src/csv.ts';
import type { Adoption } from '../client/src/types.ts';

function parseCsv(text: string): string[][] {
  // A small RFC 4180 reader, independent of the writer, to prove the output round-trips.
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const reform = { id: 'reform:x', name: '双随机、一公开' };
const ev = (quote: string, name: string, year: number) => ({
  quote,
  start: 0,
  end: quote.length,
  report: { id: `report:${name}`, name, year },
});
const adoptions: Adoption[] = [
  {
    reform,
    jurisdiction: { id: 'j:nh', name: '南湖区', code: '330402' },
    year: 2023,
    evidence: [ev('以“双随机、一公开”为基本手段', '南湖区2023年报告', 2023)],
  },
  {
    reform,
    jurisdiction: { id: 'j:wz', name: '温州市', code: '330300' },
    agency: { id: 'a:1', name: '温州市市场监督管理局' },
    year: 2018,
    evidence: [
      ev('制订出台市场监管领域跨部门双随机抽查工作实施方案,抽查比例从3%提高到5%', '温州市2018年报告', 2018),
      ev('第二处 "引号"\n换行', '温州市2018年报告', 2018),
    ],
  },
];

describe('csv quoting', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvField('温州市')).toBe('温州市');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvRow([1, 'x,y', undefined])).toBe('1,"x,y",');
  });
});

describe('adoptionsCsv', () => {
  const text = adoptionsCsv(adoptions);

  it('starts with a UTF-8 BOM and uses CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has a header and one row per adoption, earliest first, and round-trips', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['jurisdiction', 'code', 'year', 'agency', 'report', 'evidence']);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 5)).toEqual([
      '温州市',
      '330300',
      '2018',
      '温州市市场监督管理局',
      '温州市2018年报告 (2018)',
    ]);
    expect(rows[1]![5]).toBe(
      '制订出台市场监管领域跨部门双随机抽查工作实施方案,抽查比例从3%提高到5% | 第二处 "引号"\n换行',
    );
    expect(rows[2]!.slice(0, 3)).toEqual(['南湖区', '330402', '2023']);
  });

  it('gives just the header for a reform nobody adopted', () => {
    expect(adoptionsCsv([])).toBe('\uFEFFjurisdiction,code,year,agency,report,evidence\r\n');
  });
});
