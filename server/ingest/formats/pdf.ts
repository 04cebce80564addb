// PDF with a text layer → prose, through Mozilla's pdf.js (pdfjs-dist, the legacy build that runs on
// Node 20). Scanned pages (images, no text layer), password-protected and damaged files are refused
// with their own codes; a file with a text layer is read page by page and its furniture removed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../../extract/decode.ts';
import { pagesToProse, type Line } from './furniture.ts';
import { itemsToLines, type PdfTextItem } from './pdf-lines.ts';

// Character maps for PDFs that name a predefined CJK encoding (Adobe-GB1 …) instead of embedding a
// ToUnicode map; without them such text comes out empty. Both folders ship inside pdfjs-dist.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = join(PDFJS_DIR, 'cmaps') + '/';
const FONT_URL = join(PDFJS_DIR, 'standard_fonts') + '/';

/** Characters a page needs to count as having a text layer (a page number alone does not). */
const MIN_PAGE_CHARS = 10;

export interface PdfText {
  text: string;
  pages: number;
}

/** Letters (Han, Latin…) on a page: page numbers, rules and dots do not make a text layer. */
const meaningful = (lines: Line[]): number => lines.reduce((n, l) => n + (l.text.match(/\p{L}/gu)?.length ?? 0), 0);

/** The error pdf.js threw, as ours: a password prompt is `encrypted`, anything else `corrupt_file`. */
function refusal(file: string, err: unknown): InputError {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException')
    return new InputError(file, 'encrypted', 'the PDF is password-protected; remove the password and upload it again');
  return new InputError(file, 'corrupt_file', `the PDF cannot be read (${e?.message ?? String(err)})`);
}

export async function readPdf(buf: Buffer, file: string): Promise<PdfText> {
  // Every complete PDF ends with %%EOF (a few bytes of trailing junk are common): without it the file
  // was cut off, and pdf.js would silently recover whatever pages it could find.
  if (!buf.subarray(Math.max(0, buf.length - 2048)).includes('%%EOF'))
    throw new InputError(file, 'corrupt_file', 'the PDF is truncated (no %%EOF at its end): download it again');
  const task = getDocument({
    // A copy: pdf.js transfers (detaches) the array it is given, which would empty the caller's Buffer.
    data: new Uint8Array(buf),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: FONT_URL,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      throw refusal(file, err);
    }
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let lines: Line[];
      try {
        const page = await doc.getPage(n);
        const [, , , top] = page.view;
        const content = await page.getTextContent();
        lines = itemsToLines(
          content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i),
          top ?? 842,
        );
        page.cleanup();
      } catch (err) {
        throw refusal(file, err);
      }
      pages.push(lines);
    }
    const textless = pages.filter((p) => meaningful(p) < MIN_PAGE_CHARS).length;
    if (pages.length === 0 || textless === pages.length)
      throw new InputError(
        file,
        'no_text_layer',
        `none of its ${pages.length} page(s) has a text layer: a scan (an image of the pages); OCR it or upload the original`,
      );
    // Mostly images: reading the few text pages would pass off a fragment as the report.
    if (textless * 2 > pages.length)
      throw new InputError(
        file,
        'no_text_layer',
        `${textless} of its ${pages.length} pages have no text layer (scanned pages); OCR it or upload the original`,
      );
    return { text: pagesToProse(pages), pages: pages.length };
  } finally {
    await task.destroy();
  }
}
