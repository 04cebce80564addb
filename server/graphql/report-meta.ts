// Report fields read from the report node's stored properties: genre, the cue behind each metadata
// field, the file format. Tolerant by design: older stores lack them, and a stored value of an
// unexpected shape must never fail a query (it reads as absent).

export interface MetaCueEntry {
  field: string;
  cue: string;
}

const FIELDS = ['title', 'author', 'jurisdiction', 'year', 'published', 'genre'];

function entries(obj: Record<string, unknown>): MetaCueEntry[] {
  return Object.entries(obj)
    .filter(([, v]) => typeof v === 'string' && v !== '')
    .map(([field, cue]) => ({ field, cue: String(cue) }));
}

/**
 * Cues as stored: a JSON object text ({"year":"title-line"}), a list of "field:cue" strings, or
 * parallel `cueFields` / `cueValues` lists. Listed in metadata-field order.
 */
export function cuesOf(props: Record<string, unknown>): MetaCueEntry[] {
  let out: MetaCueEntry[] = [];
  const raw = props.cues;
  if (typeof raw === 'string' && raw.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) out = entries(parsed as Record<string, unknown>);
    } catch {
      out = [];
    }
  } else if (Array.isArray(raw)) {
    out = raw
      .filter((x): x is string => typeof x === 'string')
      .map((x) => /^([a-z]+)[:=](.+)$/.exec(x))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ field: m[1]!, cue: m[2]! }));
  } else if (Array.isArray(props.cueFields) && Array.isArray(props.cueValues)) {
    const values = props.cueValues as unknown[];
    out = (props.cueFields as unknown[]).flatMap((f, i) =>
      typeof f === 'string' && typeof values[i] === 'string' ? [{ field: f, cue: values[i] as string }] : [],
    );
  }
  const rank = (f: string) => (FIELDS.includes(f) ? FIELDS.indexOf(f) : FIELDS.length);
  return out.sort((a, b) => rank(a.field) - rank(b.field));
}

const FORMATS: Record<string, string> = {
  txt: 'txt',
  text: 'txt',
  htm: 'html',
  html: 'html',
  shtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  rtf: 'rtf',
  wps: 'wps',
};

/** The stored `format` when the loader wrote one, else what the file name's extension says. */
export function formatOf(props: Record<string, unknown>): string | null {
  if (typeof props.format === 'string' && props.format !== '') return props.format;
  const file = typeof props.file === 'string' ? props.file : '';
  const ext = /\.([A-Za-z0-9]{1,6})$/.exec(file)?.[1]?.toLowerCase();
  if (ext) return FORMATS[ext] ?? ext;
  return file ? 'txt' : null;
}

export function genreOf(props: Record<string, unknown>): string | null {
  return typeof props.genre === 'string' && props.genre !== '' ? props.genre : null;
}
