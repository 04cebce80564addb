// Which reader a file needs: its first bytes decide, the extension only breaks ties (portals serve
// HTML pages named .doc and PDFs named .htm). Containers we do not read are refused by name here.
import { InputError } from '../../extract/decode.ts';

/** The source format recorded on every report (Report.format). */
export type ReportFormat = 'txt' | 'html' | 'pdf' | 'docx' | 'doc';
export const REPORT_FORMATS: readonly ReportFormat[] = ['txt', 'html', 'pdf', 'docx', 'doc'];

/** File name extensions read (a folder walk picks these up; the upload UI offers them). */
export const DOCUMENT_EXTENSION_LIST = ['.txt', '.html', '.htm', '.pdf', '.docx', '.doc'] as const;
export const DOCUMENT_EXTENSIONS = /\.(txt|html?|pdf|docx|doc)$/i;

/** What the bytes are: a format we read, or text to decode (txt or html, settled by decode.ts). */
export type Sniffed = 'pdf' | 'docx' | 'doc' | 'text';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from('PK\u0003\u0004', 'latin1');
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** Known binary kinds we do not read, by signature, with what to do instead. */
const UNSUPPORTED: { magic: Buffer; what: string }[] = [
  { magic: Buffer.from('{\\rtf', 'latin1'), what: 'an RTF document (save it as .docx or PDF)' },
  { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]), what: 'a PNG image (scans need OCR first)' },
  { magic: Buffer.from([0xff, 0xd8, 0xff]), what: 'a JPEG image (scans need OCR first)' },
  { magic: Buffer.from('II*\u0000', 'latin1'), what: 'a TIFF image (scans need OCR first)' },
  { magic: Buffer.from('MM\u0000*', 'latin1'), what: 'a TIFF image (scans need OCR first)' },
  { magic: Buffer.from('GIF8', 'latin1'), what: 'a GIF image' },
  { magic: Buffer.from('Rar!', 'latin1'), what: 'a RAR archive (unpack it first)' },
  { magic: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), what: 'a 7z archive (unpack it first)' },
  { magic: Buffer.from([0x1f, 0x8b]), what: 'a gzip archive (unpack it first)' },
  { magic: Buffer.from('AT&TFORM', 'latin1'), what: 'a DjVu document' },
  { magic: Buffer.from('MIME-Version:', 'latin1'), what: 'a saved web archive (.mht); save the page as HTML' },
];

/** The reader for `buf`; throws InputError(unsupported_format | encrypted) for what none reads. */
export function sniffFormat(buf: Buffer, file: string): Sniffed {
  const head = buf.subarray(0, 1024);
  // A PDF's header may follow a little junk (some generators prepend a BOM or a line).
  if (head.includes('%PDF-')) return 'pdf';
  if (buf.subarray(0, 8).equals(OLE)) {
    // An OLE container holds old Office files, and also every password-protected .docx/.xlsx.
    if (buf.includes(utf16('EncryptedPackage')))
      throw new InputError(file, 'encrypted', 'the Office file is password-protected; remove the password and upload it again');
    if (buf.includes(utf16('WordDocument'))) return 'doc';
    throw new InputError(file, 'unsupported_format', 'an Office file that is not a Word document (a spreadsheet or slides?)');
  }
  if (buf.subarray(0, 4).equals(ZIP)) {
    if (buf.includes('word/document.xml')) return 'docx';
    if (buf.includes('mimetype') && buf.includes('opendocument.text'))
      throw new InputError(file, 'unsupported_format', 'an OpenDocument text (.odt); save it as .docx or PDF');
    throw new InputError(file, 'unsupported_format', 'a ZIP archive that is not a Word document (unpack it, or save as .docx)');
  }
  for (const { magic, what } of UNSUPPORTED)
    if (head.subarray(0, magic.length).equals(magic)) throw new InputError(file, 'unsupported_format', what);
  // A .pdf/.docx/.doc name on bytes that are none of these: a damaged download (or an HTML error page,
  // which decodes as text and is read as such).
  return 'text';
}
