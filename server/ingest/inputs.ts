// Report files named on a command line → decoded texts, one at a time (so a 50 MB folder never sits in
// memory at once). Shared by `npm run extract`, `npm run eval` and the store's ingest CLI.
//
//   for await (const item of readInputs(['seed/reports', 'page.html'])) {
//     if ('error' in item) console.error(item.error.message); else use(item.text);
//   }
//
// Folders are walked recursively for .txt/.html/.htm/.pdf/.docx/.doc files, in sorted order; a path
// that is named explicitly is read whatever its extension (its bytes decide the format). Failures are
// items, never exceptions.
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, MAX_INPUT_BYTES } from '../extract/decode.ts';
import { DOCUMENT_EXTENSIONS, readDocument, type ReportFormat } from './formats/index.ts';

export const REPORT_EXTENSIONS = DOCUMENT_EXTENSIONS;

export interface InputText {
  file: string; // basename, as the contract's `file`
  path: string;
  text: string;
  /** Character encoding of a text or HTML file; null for PDF and Word files. */
  encoding: string | null;
  html: boolean;
  /** The source format (txt, html, pdf, docx, doc), recorded on the report. */
  format: ReportFormat;
  bytes: number;
}
export interface InputFailure {
  file: string;
  path: string;
  error: InputError;
}
export type InputItem = InputText | InputFailure;

export const isFailure = (item: InputItem): item is InputFailure => 'error' in item;

/** Expands files and folders into the list of report paths, plus failures for paths that do not exist. */
export async function expandInputs(args: string[]): Promise<{ paths: string[]; failures: InputFailure[] }> {
  const paths: string[] = [];
  const failures: InputFailure[] = [];
  for (const arg of args) {
    let info;
    try {
      info = await stat(arg);
    } catch {
      failures.push({
        file: basename(arg),
        path: arg,
        error: new InputError(arg, 'not_found', 'no such file or folder'),
      });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(arg);
      if (found.length === 0) {
        const error = new InputError(arg, 'not_found', 'no .txt, .html, .htm, .pdf, .docx or .doc files in this folder');
        failures.push({ file: basename(arg), path: arg, error });
      }
      paths.push(...found);
    } else paths.push(arg);
  }
  return { paths, failures };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && REPORT_EXTENSIONS.test(e.name)) out.push(p);
  }
  return out;
}

/** Reads and decodes one file, enforcing the size limit before reading. */
export async function readInput(path: string): Promise<InputItem> {
  const file = basename(path);
  try {
    const handle = await open(path, 'r');
    try {
      const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
      if (!isFile) throw new InputError(file, 'unreadable', 'not a regular file');
      if (size > MAX_INPUT_BYTES)
        throw new InputError(file, 'too_large', `${size} bytes exceeds the ${MAX_INPUT_BYTES}-byte limit`);
      const buf = await handle.readFile();
      return { file, path, ...(await readBytes(buf, file)) };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof InputError) return { file, path, error: err };
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'not_found' : 'unreadable';
    return { file, path, error: new InputError(file, reason, code ?? String(err)) };
  }
}

/** A file's bytes as report text, whatever its format; throws InputError. */
export async function readBytes(buf: Buffer, file: string): Promise<Omit<InputText, 'file' | 'path'>> {
  const doc = await readDocument(buf, file);
  return { text: doc.text, encoding: doc.encoding, html: doc.format === 'html', format: doc.format, bytes: buf.length };
}

/** Every input of the command line, decoded, in order; failures included as items. */
export async function* readInputs(args: string[]): AsyncGenerator<InputItem> {
  const { paths, failures } = await expandInputs(args);
  yield* failures;
  for (const path of paths) yield await readInput(path);
}
