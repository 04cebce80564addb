// Decoding real seed text in the encodings seen in the wild, HTML pages, and bad inputs.
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeReport, InputError, MAX_INPUT_BYTES } from '../server/extract/decode.ts';
import { htmlToText } from '../server/extract/html.ts';

const seed = readFileSync(new URL('../seed/reports/002_3f4c336867fb5dca.txt', import.meta.url), 'utf8');
const page = readFileSync(new URL('./fixtures/html/nanhu-report.html', import.meta.url));

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).reason;
  }
  throw new Error('expected an InputError');
}

describe('decodeReport: encodings', () => {
  it('reads UTF-8 with and without a BOM to the same text', () => {
    const plain = decodeReport(Buffer.from(seed, 'utf8'), 'a.txt');
    const bom = decodeReport(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]),
      'b.txt',
    );
    expect(plain).toMatchObject({ text: seed, encoding: 'utf-8', html: false });
    expect(bom.text).toBe(seed);
  });

  it('reads GBK and GB18030 files', () => {
    expect(decodeReport(iconv.encode(seed, 'gbk'), 'gbk.txt')).toMatchObject({
      text: seed,
      encoding: 'gb18030',
    });
    expect(decodeReport(iconv.encode(seed, 'gb18030'), 'gb.txt').text).toBe(seed);
    // A one-line GBK title is too short for statistics; the plausibility check still gets it.
    const title = '中共南湖区委南湖区人民政府关于2023年度南湖区法治政府建设工作的报告';
    expect(decodeReport(iconv.encode(title, 'gbk'), 'title.txt').text).toBe(title);
  });

  it('reads UTF-16 LE and BE with a BOM and without one', () => {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      expect(decodeReport(Buffer.concat([Buffer.from(bom), iconv.encode(seed, enc)]), 'u.txt')).toMatchObject(
        { text: seed, encoding: enc },
      );
      expect(decodeReport(iconv.encode(seed, enc), 'u.txt')).toMatchObject({ text: seed, encoding: enc });
    }
  });

  it('reads a UTF-8 file with one broken byte (a cut-off download) as UTF-8', () => {
    const bytes = Buffer.from(seed, 'utf8');
    const broken = Buffer.concat([bytes.subarray(0, 3000), Buffer.from([0xff]), bytes.subarray(3000)]);
    const d = decodeReport(broken, 'broken.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text.replace('\ufffd', '')).toBe(seed);
  });

  it('keeps the decoded text as it is: offsets refer to it', () => {
    const withCrlf = seed.replace(/\n/g, '\r\n');
    expect(decodeReport(Buffer.from(withCrlf), 'crlf.txt').text).toBe(withCrlf);
  });
});

describe('decodeReport: HTML pages', () => {
  const decoded = decodeReport(page, 'nanhu-report.html');
  const lines = decoded.text.split('\n');

  it('keeps the article: title and paragraphs, one per line', () => {
    expect(decoded.html).toBe(true);
    expect(lines[0]).toBe('中共南湖区委南湖区人民政府关于2023年度南湖区法治政府建设工作的报告');
    expect(lines).toContain('一、加强党的全面领导,统筹推进法治政府建设');
    expect(
      lines.some((l) => l.startsWith('(一)加强党的全面领导。召开区委全面依法治区委员会第五次会议')),
    ).toBe(true);
  });

  it('drops scripts, styles, navigation, breadcrumbs, sidebars, sharing and the footer', () => {
    for (const chrome of [
      '统计代码',
      'float',
      '首页',
      '政务公开',
      '当前位置',
      '相关链接',
      '信用中国',
      '分享到',
      '浙ICP备',
      '主办单位',
      '门户网站',
      '1024',
    ]) {
      expect(decoded.text).not.toContain(chrome);
    }
  });

  it('decodes entities and honours a GBK <meta charset>', () => {
    expect(htmlToText('<p>A&amp;B&nbsp;&lt;条例&gt; &#x4E2D;&#22269;</p>')).toBe('A&B <条例> 中国');
    const gbkPage = iconv.encode(page.toString('utf8').replace('charset="utf-8"', 'charset="gbk"'), 'gbk');
    expect(decodeReport(gbkPage, 'gbk.htm')).toMatchObject({ encoding: 'gb18030', text: decoded.text });
  });

  it('drops link menus and page furniture of table layouts, keeps linked titles inside prose', () => {
    const table = `<html><body><table><tr><td><a href="/">首页</a> | <a href="/a">机构概况</a> | <a href="/b">政务公开</a></td></tr>
<tr><td id="zoom"><p>\u3000\u30002023年，我局<a href="/x">《中华人民共和国行政处罚法》</a>得到全面落实。</p><p>一、主要工作</p></td></tr>
<tr><td>【打印本页】【关闭窗口】</td></tr><tr><td>上一篇：<a href="/p">关于2022年度法治政府建设情况的报告</a></td></tr>
<tr><td>【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr></table></body></html>`;
    expect(htmlToText(table)).toBe('2023年，我局《中华人民共和国行政处罚法》得到全面落实。\n一、主要工作');
  });

  it('reads a markup-heavy GB2312 page declared by http-equiv (ASCII markup must not drown the text)', () => {
    const scripts = '<script>var s = "' + 'x'.repeat(4000) + '";</script>';
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">' +
      scripts +
      '</head><body><div id="nav">首页 | 政务公开</div><div class="zw"><p>温岭市住房和城乡建设局2021年度法治政府建设工作报告</p>' +
      '<p>&nbsp;&nbsp;2021年，我局在市委、市政府的正确领导下……</p></div><div class="bottom">版权所有：温岭市人民政府</div></body></html>';
    const d = decodeReport(iconv.encode(html, 'gb2312'), 'wenling.htm');
    expect(d).toMatchObject({ encoding: 'gb18030', html: true });
    expect(d.text).toBe(
      '温岭市住房和城乡建设局2021年度法治政府建设工作报告\n2021年，我局在市委、市政府的正确领导下……',
    );
  });

  it('sniffs HTML without the extension', () => {
    expect(decodeReport(page, 'page.txt').text).toBe(decoded.text);
  });
});

describe('decodeReport: bad input', () => {
  it('rejects an empty file and a whitespace-only file as empty', () => {
    expect(reasonOf(() => decodeReport(Buffer.alloc(0), 'empty.txt'))).toBe('empty');
    expect(reasonOf(() => decodeReport(Buffer.from(' \r\n\u3000\n'), 'blank.txt'))).toBe('empty');
    expect(
      reasonOf(() =>
        decodeReport(
          Buffer.from('<html><body><nav>首页</nav><script>x()</script></body></html>'),
          'nav.html',
        ),
      ),
    ).toBe('empty');
  });

  it('rejects binary content', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
    ]);
    expect(reasonOf(() => decodeReport(png, 'image.txt'))).toBe('binary');
  });

  it('rejects bytes no encoding reads as text', () => {
    const noise = Buffer.from(Array.from({ length: 4001 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    expect(['undecodable', 'binary']).toContain(reasonOf(() => decodeReport(noise, 'noise.txt')));
  });

  it('rejects input over the size limit and names the file', () => {
    const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61);
    expect(reasonOf(() => decodeBytes(big, 'huge.txt'))).toBe('too_large');
    expect(() => decodeBytes(big, 'huge.txt')).toThrow(/huge\.txt/);
  });
});
