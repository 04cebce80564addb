// Report.highlights: where in a report's stored text each mentioned entity is named and each fact's
// evidence lies. Pure, so the span rules are unit-tested without a database.
// Mentions carry no offsets in the graph (MENTIONS holds a count), so an entity's spans are found by
// its name and aliases — the surface forms the extractor recorded; fact evidence has its offsets.

export interface HighlightSource {
  kind: string;
  label: string;
  /** Names to find in the text (entities); empty for facts. */
  names: string[];
  /** Evidence offsets (facts); empty for entities. */
  starts: number[];
  ends: number[];
}

export interface Highlight {
  kind: string;
  start: number;
  end: number;
  label: string;
}

export const MAX_HIGHLIGHTS = 5000;
/** One-character names (省, 市) would light up the whole text. */
const MIN_NAME = 2;

function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push(at);
  return out;
}

/** Spans of one kind that lie inside a longer span of the same kind say nothing more: dropped. */
function dropNested(spans: Highlight[]): Highlight[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight[] = [];
  const reach = new Map<string, number>();
  for (const s of sorted) {
    if ((reach.get(s.kind) ?? -1) >= s.end) continue;
    out.push(s);
    reach.set(s.kind, Math.max(reach.get(s.kind) ?? -1, s.end));
  }
  return out;
}

export function highlightsOf(text: string, sources: HighlightSource[], max = MAX_HIGHLIGHTS): Highlight[] {
  const spans: Highlight[] = [];
  for (const src of sources) {
    for (let i = 0; i < src.starts.length; i++) {
      const start = src.starts[i]!;
      const end = src.ends[i]!;
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)
        spans.push({ kind: src.kind, start, end, label: src.label });
    }
    const names = [...new Set(src.names.filter((n) => typeof n === 'string' && n.length >= MIN_NAME))];
    for (const name of names)
      for (const at of occurrences(text, name))
        spans.push({ kind: src.kind, start: at, end: at + name.length, label: src.label });
  }
  return dropNested(spans).slice(0, max);
}
