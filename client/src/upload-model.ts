// The pure side of uploading reports: which picked files go (type and size limits, stated in the UI),
// what the server answered per file (normalised), and the overall progress.

/**
 * Limits stated in the upload dialog until the server's own arrive (GET /api/limits); the server
 * enforces them either way and names them when it refuses.
 */
export const UPLOAD_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  files: 200,
  /** Text sent through the GraphQL fallback (ingestReport's own limit). */
  textBytes: 5 * 1024 * 1024,
} as const;

export const REPORT_EXTENSIONS = ['txt', 'html', 'htm', 'pdf', 'docx', 'doc'] as const;
export const MANIFEST_EXTENSIONS = ['csv', 'json'] as const;

export type UploadStatus = 'created' | 'unchanged' | 'replaced' | 'refused';

export interface UploadResult {
  file: string;
  status: UploadStatus;
  reportId: string | null;
  /** refused: a short code (too_large, no_text_layer, unplaced …) and the server's message. */
  reason?: string;
  message?: string;
}

export interface Picked {
  name: string;
  size: number;
}

export interface ServerLimits {
  maxFileBytes: number;
  maxFiles: number;
  extensions?: string[];
  tokenRequired?: boolean;
}

/** GET /api/limits as the dialog uses it; anything malformed reads as "not known". */
export function readLimits(body: unknown): ServerLimits | null {
  const b = body as Record<string, unknown> | null;
  if (!b || typeof b.maxFileBytes !== 'number' || typeof b.maxFiles !== 'number') return null;
  const out: ServerLimits = { maxFileBytes: b.maxFileBytes, maxFiles: b.maxFiles };
  if (Array.isArray(b.extensions)) out.extensions = b.extensions.filter((e): e is string => typeof e === 'string');
  if (typeof b.tokenRequired === 'boolean') out.tokenRequired = b.tokenRequired;
  return out;
}

export const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Splits picked files into those to send and those refused here, with the reason. */
export function checkFiles<T extends Picked>(
  files: T[],
  limits: ServerLimits = { maxFileBytes: UPLOAD_LIMITS.fileBytes, maxFiles: UPLOAD_LIMITS.files },
): { send: T[]; refused: UploadResult[] } {
  const allowed = (limits.extensions ?? REPORT_EXTENSIONS.map((e) => `.${e}`)).map((e) => e.replace(/^\./, '').toLowerCase());
  const send: T[] = [];
  const refused: UploadResult[] = [];
  for (const f of files) {
    const ext = extensionOf(f.name);
    const no = (reason: string, message: string) => refused.push({ file: f.name, status: 'refused', reportId: null, reason, message });
    if (!allowed.includes(ext)) no('unsupported_type', `.${ext || '?'}`);
    else if (f.size === 0) no('empty', '0 B');
    else if (f.size > limits.maxFileBytes) no('too_large', `${formatBytes(f.size)} > ${formatBytes(limits.maxFileBytes)}`);
    else if (send.length >= limits.maxFiles) no('too_many_files', String(limits.maxFiles));
    else send.push(f);
  }
  return { send, refused };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const STATUSES: Record<string, UploadStatus> = {
  created: 'created',
  unchanged: 'unchanged',
  replaced: 'replaced',
  refused: 'refused',
  failed: 'refused',
  error: 'refused',
};

function one(raw: unknown, fallbackName: string): UploadResult {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const status = STATUSES[String(r.status ?? '')] ?? 'refused';
  const out: UploadResult = {
    file: typeof r.file === 'string' && r.file ? r.file : fallbackName,
    status,
    reportId: typeof r.reportId === 'string' ? r.reportId : null,
  };
  // The upload route names a refusal by `code` with a sentence in `reason`; older answers used
  // `reason` for the code and `message` for the sentence.
  const code = typeof r.code === 'string' ? r.code : typeof r.reason === 'string' ? r.reason : null;
  const message = typeof r.code === 'string' && typeof r.reason === 'string' ? r.reason : r.message;
  if (code) out.reason = code;
  else if (status === 'refused') out.reason = 'refused';
  if (typeof message === 'string' && message) out.message = message;
  return out;
}

/** The upload endpoint's answer for one request → one result per file it names. */
export function normalizeResults(body: unknown, fallbackName: string): UploadResult[] {
  const b = body as Record<string, unknown> | unknown[] | null;
  const all = Array.isArray(b) ? b : Array.isArray(b?.results) ? b.results : Array.isArray(b?.files) ? b.files : b ? [b] : [];
  // Lines of other types (the manifest read, the summary) are not files; a refused manifest is shown.
  const list = all.filter((x) => {
    const type = (x as { type?: unknown } | null)?.type;
    return type === undefined || type === 'file' || (type === 'manifest' && (x as { status?: unknown }).status === 'refused');
  });
  return list.length ? list.map((x) => one(x, fallbackName)) : [one({ status: 'refused', reason: 'no_answer' }, fallbackName)];
}

/** Overall progress in [0, 1] from bytes sent per file (sizes as weights). */
export function overallProgress(files: Picked[], sent: Map<string, number>): number {
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total === 0) return 0;
  const done = files.reduce((n, f) => n + Math.min(f.size, sent.get(f.name) ?? 0), 0);
  return done / total;
}

/** Counts per status, for the summary line. */
export function tally(results: UploadResult[]): Record<UploadStatus, number> {
  const out: Record<UploadStatus, number> = { created: 0, unchanged: 0, replaced: 0, refused: 0 };
  for (const r of results) out[r.status] += 1;
  return out;
}
