// Word 2007+ (.docx) → prose, through mammoth's raw-text reader: the body's paragraphs, one a line.
// Running headers, footers and page-number fields live in their own parts, which mammoth leaves out.
import mammoth from 'mammoth';
import { InputError } from '../../extract/decode.ts';
import { tidyLine } from './furniture.ts';

export async function readDocx(buf: Buffer, file: string): Promise<string> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: buf }));
  } catch (err) {
    throw new InputError(file, 'corrupt_file', `the Word file cannot be read (${(err as Error).message})`);
  }
  return paragraphs(value);
}

/** One trimmed paragraph a line (mammoth separates paragraphs with a blank line), no empty lines. */
export function paragraphs(text: string): string {
  return text
    // Vertical tab: Word's manual line break inside a paragraph, as word-extractor returns it.
    .split(/\r\n|\r|\n|\v|\f/)
    .map(tidyLine)
    .filter((l) => l !== '')
    .join('\n');
}
