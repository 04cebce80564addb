// Legacy Word 97–2003 (.doc) → prose, through word-extractor (pure JavaScript: it reads the OLE
// container and the piece table itself, so no Debian tool is needed). The body only: headers, footers
// and footnotes are separate parts of its result.
import WordExtractor from 'word-extractor';
import { InputError } from '../../extract/decode.ts';
import { paragraphs } from './docx.ts';

export async function readDoc(buf: Buffer, file: string): Promise<string> {
  let body: string;
  try {
    body = (await new WordExtractor().extract(buf)).getBody();
  } catch (err) {
    throw new InputError(file, 'corrupt_file', `the Word 97–2003 file cannot be read (${(err as Error).message})`);
  }
  return paragraphs(body);
}
