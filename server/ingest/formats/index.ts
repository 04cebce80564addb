// One door for every report file: bytes + file name → the text all offsets refer to, and the format it
// came in. The CLI (server/ingest/inputs.ts) and the upload route both read through here.
//
//   const { text, format } = await readDocument(bytes, 'report.pdf');   // throws InputError
import { InputError, MAX_INPUT_BYTES, decodeReport } from '../../extract/decode.ts';
import { type ReportFormat, sniffFormat } from './detect.ts';
import { pagesToProse, textPages } from './furniture.ts';

export { DOCUMENT_EXTENSION_LIST, DOCUMENT_EXTENSIONS, REPORT_FORMATS, type ReportFormat } from './detect.ts';

export interface DocumentText {
  text: string;
  format: ReportFormat;
  /** The character encoding of a text or HTML file; null for PDF and Word. */
  encoding: string | null;
  /** Printed pages (PDF, or a paged text dump); null where the format has none. */
  pages: number | null;
}

const BINARY_NAME = /\.(pdf|docx?)$/i;

function nonEmpty(text: string, file: string, format: ReportFormat): string {
  if (text.trim() === '') throw new InputError(file, 'empty', `the ${format} file has no text in its body`);
  return text;
}

/**
 * A plain-text dump of a printed document (pages separated by form feeds, as pdftotext writes them)
 * gets the same furniture removal as a PDF; other text is kept exactly as decoded.
 */
function pagedText(text: string): { text: string; pages: number | null } {
  const pages = text.split('\f').filter((p) => p.trim() !== '').length;
  if (pages < 2) return { text, pages: null };
  return { text: pagesToProse(textPages(text)), pages };
}

/** Reads one report file of any supported format. Throws InputError with a coded reason. */
export async function readDocument(buf: Buffer, file: string): Promise<DocumentText> {
  if (buf.length === 0) throw new InputError(file, 'empty', 'the file has no bytes');
  if (buf.length > MAX_INPUT_BYTES)
    throw new InputError(file, 'too_large', `${buf.length} bytes exceeds the ${MAX_INPUT_BYTES}-byte limit`);
  const kind = sniffFormat(buf, file);
  // The binary readers (pdf.js alone is 1.5 MB of code) load on the first file that needs them, so a
  // run over text and HTML files starts as fast as before.
  if (kind === 'pdf') {
    const { text, pages } = await (await import('./pdf.ts')).readPdf(buf, file);
    return { text: nonEmpty(text, file, 'pdf'), format: 'pdf', encoding: null, pages };
  }
  if (kind === 'docx') {
    const text = await (await import('./docx.ts')).readDocx(buf, file);
    return { text: nonEmpty(text, file, 'docx'), format: 'docx', encoding: null, pages: null };
  }
  if (kind === 'doc') {
    const text = await (await import('./doc.ts')).readDoc(buf, file);
    return { text: nonEmpty(text, file, 'doc'), format: 'doc', encoding: null, pages: null };
  }
  try {
    const decoded = decodeReport(buf, file);
    const format = decoded.html ? 'html' : 'txt';
    const { text, pages } = decoded.html ? { text: decoded.text, pages: null } : pagedText(decoded.text);
    return { text: nonEmpty(text, file, format), format, encoding: decoded.encoding, pages };
  } catch (err) {
    // Named .pdf/.doc/.docx but neither that format nor text: a damaged download.
    if (err instanceof InputError && err.reason === 'binary' && BINARY_NAME.test(file))
      throw new InputError(file, 'corrupt_file', `named ${/\.(\w+)$/.exec(file)![1]} but its bytes are not that format`);
    throw err;
  }
}


