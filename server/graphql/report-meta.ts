// Report.format read from the report node's stored properties: the format the loader recorded, else
// the file name's extension (older stores). A stored value of an unexpected shape reads as absent.

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
