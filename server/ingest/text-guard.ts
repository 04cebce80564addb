// Text that reaches the loader as a string (ingestReport) never went through decodeReport's byte
// checks, so the same judgement is made here on characters: a report is prose, and prose has no
// control characters and no run of U+FFFD left by a client that decoded GBK or UTF-16 as UTF-8.
import { InputError } from '../extract/decode.ts';

// C0 controls except tab, line feed, form feed and carriage return (which plain-text reports use), and DEL.
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g; // eslint-disable-line no-control-regex

/** Throws InputError (empty / binary / undecodable) naming `name` unless `text` reads as a report. */
export function assertReportText(text: string, name: string): void {
  if (text.trim() === '') throw new InputError(name, 'empty', 'the report text is empty');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\0') || controls > text.length / 1000) {
    throw new InputError(
      name,
      'binary',
      `${controls} control characters in ${text.length}: binary or control text, not a report`,
    );
  }
  const replaced = text.split('\ufffd').length - 1;
  if (replaced > 16 && replaced > text.length / 100) {
    throw new InputError(
      name,
      'undecodable',
      `${replaced} U+FFFD replacement characters: the text was decoded with the wrong encoding ` +
        '(send the file through npm run ingest, which detects GBK and UTF-16)',
    );
  }
}
