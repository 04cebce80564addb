// Sending report files to the server, one request per file so each has its own progress bar and its
// own result. The door is `POST /api/reports` (multipart: `files`, optional `manifest`), the same
// ingest path as `npm run ingest`. A server without that route (404) gets text and HTML files through
// the `ingestReport` mutation instead, so the upload works against any ReformGraph server.
import { apiToken } from './api.ts';
import { extensionOf, normalizeResults, readLimits, UPLOAD_LIMITS, type ServerLimits, type UploadResult } from './upload-model.ts';

export const UPLOAD_URL = '/api/reports';

interface Answer {
  status: number;
  body: unknown;
}

function send(
  url: string,
  body: FormData | string,
  onProgress: (loaded: number) => void,
  json = false,
): Promise<Answer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    const token = apiToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    if (json) xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      resolve({ status: xhr.status, body: parsed });
    };
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.send(body);
  });
}

const refused = (file: string, reason: string, message?: string): UploadResult => ({
  file,
  status: 'refused',
  reportId: null,
  reason,
  ...(message !== undefined && { message }),
});

/** The error an HTTP failure stands for, with the server's own message when it sent one. */
function failure(file: string, a: Answer): UploadResult {
  const b = (a.body ?? {}) as { message?: unknown; code?: unknown; error?: unknown };
  const message = typeof b.message === 'string' ? b.message : typeof b.error === 'string' ? b.error : `HTTP ${a.status}`;
  const reason =
    a.status === 0 ? 'server_unreachable' : a.status === 401 ? 'unauthenticated' : a.status === 413 ? 'too_large' : typeof b.code === 'string' ? b.code : 'http_error';
  return refused(file, reason, message);
}

/** ingestReport for servers without the upload route: text and HTML only, read as UTF-8 (or GB18030). */
async function viaGraphql(file: File, onProgress: (loaded: number) => void): Promise<UploadResult> {
  if (!['txt', 'html', 'htm'].includes(extensionOf(file.name)))
    return refused(file.name, 'unsupported_type', 'this server reads only .txt and .html through ingestReport');
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\ufffd')) text = new TextDecoder('gb18030').decode(bytes);
  if (new TextEncoder().encode(text).length > UPLOAD_LIMITS.textBytes) return refused(file.name, 'too_large', 'ingestReport takes at most 5 MB of text');
  const query = `mutation Ingest($text: String!, $source: String) { ingestReport(text: $text, source: $source) { created report { id } } }`;
  const a = await send('/graphql', JSON.stringify({ query, variables: { text, source: file.name } }), (n) => onProgress(Math.min(file.size, n)), true);
  const body = a.body as { data?: { ingestReport?: { created: boolean; report: { id: string } } }; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  const err = body?.errors?.[0];
  if (err) return refused(file.name, err.extensions?.code ?? 'refused', err.message);
  const r = body?.data?.ingestReport;
  if (!r) return failure(file.name, a);
  return { file: file.name, status: r.created ? 'created' : 'unchanged', reportId: r.report.id };
}

let routeMissing = false;

/** What the server accepts (GET /api/limits), or null when it does not say. */
export async function fetchLimits(): Promise<ServerLimits | null> {
  try {
    const res = await fetch('/api/limits', { headers: { accept: 'application/json' } });
    return res.ok ? readLimits(await res.json()) : null;
  } catch {
    return null;
  }
}

/** Uploads one file; never throws — a failure is the file's result. */
export async function uploadFile(file: File, manifest: File | null, onProgress: (loaded: number) => void): Promise<UploadResult[]> {
  if (!routeMissing) {
    const form = new FormData();
    if (manifest) form.append('manifest', manifest, manifest.name);
    form.append('files', file, file.name);
    const a = await send(UPLOAD_URL, form, (n) => onProgress(Math.min(file.size, n)));
    if (a.status === 404 && !(a.body && typeof a.body === 'object' && 'results' in a.body)) routeMissing = true;
    else if (a.status >= 200 && a.status < 300) return normalizeResults(a.body, file.name);
    else if (a.body && typeof a.body === 'object' && ('results' in a.body || 'files' in a.body)) return normalizeResults(a.body, file.name);
    else return [failure(file.name, a)];
  }
  return [await viaGraphql(file, onProgress)];
}

/** Uploads files two at a time, reporting progress and each result as it comes. */
export async function uploadAll(
  files: File[],
  manifest: File | null,
  on: { progress(file: File, loaded: number): void; result(file: File, results: UploadResult[]): void },
): Promise<UploadResult[]> {
  const all: UploadResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++]!;
      const results = await uploadFile(f, manifest, (n) => on.progress(f, n));
      on.progress(f, f.size);
      all.push(...results);
      on.result(f, results);
    }
  };
  await Promise.all([worker(), worker()]);
  return all;
}
