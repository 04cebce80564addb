// Report files in every format we read, made at test time (test/helpers/documents.ts), through
// readDocument: the prose comes out whole (no running header, no page number, no line broken inside
// a sentence), and what cannot be read is refused with its code and the file's name.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../bench/browser.ts';
import { InputError } from '../server/extract/decode.ts';
import { readDocument } from '../server/ingest/formats/index.ts';
import { isPageNumber, pagesToProse, textPages } from '../server/ingest/formats/furniture.ts';
import { HEADER, SENTENCES, TITLE, makeDocx, makeEncryptedPdf, makePdf, makeScannedPdf, truncated } from './helpers/documents.ts';

async function refusal(buf: Buffer, file: string): Promise<InputError> {
  try {
    await readDocument(buf, file);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`${file} was read, but should have been refused`);
}

describe('page furniture', () => {
  it('knows page numbers as printed', () => {
    for (const s of ['3', '- 3 -', '— 3 —', '－3－', '第3页', '第 3 页 共 10 页', '共10页 第3页', '3/10', 'Page 3 of 10', '- ii -'])
      expect(isPageNumber(s), s).toBe(true);
    for (const s of ['2022年', '第三章', '一、总体情况', '3个工作日'])
      expect(isPageNumber(s), s).toBe(false);
  });

  it('cleans a paged text dump: running lines and page numbers go, wrapped lines join, paragraphs stay', () => {
    const page = (n: number, lines: string[]) => ['某某县人民政府', '', ...lines, '', `— ${n} —`].join('\n');
    const dump = [
      page(1, ['　　一、主要工作', '　　全面推行证明事项告知承诺制，在全省率', '先实现企业开办一网通办。', '　　深化“放管服”改革，优化营商环境，政']),
      page(2, ['务服务事项全部实现网上可办，群众满意度持', '续提升。', '　　二、下一步工作']),
    ].join('\f');
    expect(pagesToProse(textPages(dump))).toBe(
      [
        '一、主要工作',
        '全面推行证明事项告知承诺制，在全省率先实现企业开办一网通办。',
        '深化“放管服”改革，优化营商环境，政务服务事项全部实现网上可办，群众满意度持续提升。',
        '二、下一步工作',
      ].join('\n'),
    );
  });

  it('leaves text without form feeds exactly as decoded', async () => {
    const text = '标题\n　　第一段，\n第二行\n';
    const doc = await readDocument(Buffer.from(text), 'plain.txt');
    expect(doc).toMatchObject({ text, format: 'txt', encoding: 'utf-8', pages: null });
  });
});

describe('reading documents made at test time', () => {
  let browser: Browser;
  let pdf: Buffer;
  beforeAll(async () => {
    browser = await launchChromium();
    pdf = await makePdf(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads a PDF with a text layer as prose, without its header and page numbers', async () => {
    const doc = await readDocument(pdf, '嘉兴报告.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBeGreaterThanOrEqual(2);
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe(TITLE);
    for (const s of SENTENCES) expect(doc.text).toContain(s);
    expect(doc.text).not.toContain(HEADER);
    expect(doc.text).not.toMatch(/—\s*\d+\s*—/);
    expect(lines).toContain('二、存在的不足和下一步工作安排');
    expect(lines.at(-1)).toBe('2023年3月20日');
  });

  it('reads a .docx body without its header and footer', async () => {
    const doc = await readDocument(await makeDocx(), '嘉兴报告.docx');
    expect(doc.format).toBe('docx');
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe(TITLE);
    for (const s of SENTENCES) expect(doc.text).toContain(s);
    expect(doc.text).not.toContain(HEADER);
    // The two ideographic spaces of indent are not kept at the start of a paragraph.
    expect(lines.every((l) => l === l.trim())).toBe(true);
    // Furniture gone and lines joined, the PDF reads as exactly the same text as the Word file.
    expect((await readDocument(pdf, '嘉兴报告.pdf')).text).toBe(doc.text);
  });

  it('refuses a scanned PDF: no_text_layer', async () => {
    const err = await refusal(await makeScannedPdf(browser), 'scan.pdf');
    expect(err.reason).toBe('no_text_layer');
    expect(err.message).toMatch(/^scan\.pdf: no_text_layer — /);
  });

  it('refuses a password-protected PDF: encrypted', async () => {
    const err = await refusal(makeEncryptedPdf(), 'locked.pdf');
    expect(err.reason).toBe('encrypted');
    expect(err.message).toContain('locked.pdf');
  });

  it('refuses a truncated PDF and a truncated .docx: corrupt_file', async () => {
    expect((await refusal(truncated(pdf), 'cut.pdf')).reason).toBe('corrupt_file');
    expect((await refusal(truncated(await makeDocx(), 0.5), 'cut.docx')).reason).toBe('corrupt_file');
    expect((await refusal(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0'), Buffer.alloc(600, 7)]), 'bad.doc')).reason).toBe('corrupt_file');
    expect((await refusal(Buffer.from([0, 1, 2, 3, 0, 0, 9, 9, 0, 1]), 'junk.pdf')).reason).toBe('corrupt_file');
  });

  it('refuses formats it does not read: unsupported_format', async () => {
    const png = await (await browser.newPage()).screenshot({ type: 'png' });
    expect((await refusal(png, 'scan.png')).reason).toBe('unsupported_format');
    expect((await refusal(Buffer.from('{\\rtf1\\ansi 报告}'), 'report.rtf')).reason).toBe('unsupported_format');
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('xl/workbook.xml'), Buffer.alloc(100)]);
    expect((await refusal(zip, 'table.xlsx')).reason).toBe('unsupported_format');
  });
});
