// A report's text cut into runs for the library's reader: every boundary of every highlight starts a
// new run, and each run lists the kinds covering it. Pure, so overlaps are unit-tested; the view only
// turns runs into spans. Offsets are UTF-16 indices, like String.prototype.slice.

export interface Highlight {
  kind: string;
  start: number;
  end: number;
  label: string;
}

export interface Run {
  start: number;
  end: number;
  /** Kinds covering the run, in HIGHLIGHT_KINDS order (facts before entities). */
  kinds: string[];
  /** Labels of the highlights covering it (for the tooltip). */
  labels: string[];
}

/** Every kind the reader shows, with its colour: facts (sentences) shaded, entities (names) underlined. */
export const HIGHLIGHT_KINDS: { kind: string; color: string; fact: boolean }[] = [
  { kind: 'ADOPTED', color: '#ffd8a8', fact: true },
  { kind: 'PILOTED', color: '#fff3bf', fact: true },
  { kind: 'PROMOTED_TO', color: '#fcc2d7', fact: true },
  { kind: 'FIRST', color: '#ffc9c9', fact: true },
  { kind: 'LEARNED_FROM', color: '#c5f6fa', fact: true },
  { kind: 'CITES', color: '#ffec99', fact: true },
  { kind: 'ISSUED', color: '#d0ebff', fact: true },
  { kind: 'COOPERATES_WITH', color: '#e5dbff', fact: true },
  { kind: 'REFORM', color: '#d9480f', fact: false },
  { kind: 'AGENCY', color: '#1971c2', fact: false },
  { kind: 'JURISDICTION', color: '#2f9e44', fact: false },
  { kind: 'REGULATION', color: '#9c6e00', fact: false },
];

const ORDER = new Map(HIGHLIGHT_KINDS.map((k, i) => [k.kind, i]));
const rank = (kind: string) => ORDER.get(kind) ?? HIGHLIGHT_KINDS.length;

/** Runs over [0, length): uncovered stretches have no kinds; highlights of hidden kinds are ignored. */
export function toRuns(length: number, highlights: Highlight[], shown?: ReadonlySet<string>): Run[] {
  const hs = highlights.filter(
    (h) => (!shown || shown.has(h.kind)) && h.start >= 0 && h.end > h.start && h.start < length,
  );
  const cuts = new Set<number>([0, length]);
  for (const h of hs) {
    cuts.add(h.start);
    cuts.add(Math.min(h.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: highlights sorted by start enter, and leave once the run passes their end.
  const byStart = [...hs].sort((a, b) => a.start - b.start);
  const active: Highlight[] = [];
  const runs: Run[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= start) active.splice(j, 1);
    const kinds = [...new Set(active.map((h) => h.kind))].sort((a, b) => rank(a) - rank(b));
    const labels = [...new Set(active.map((h) => h.label))];
    const last = runs[runs.length - 1];
    // Neighbouring runs with the same cover merge, so plain text stays one text node.
    if (last && last.kinds.join() === kinds.join() && last.labels.join() === labels.join()) last.end = end;
    else runs.push({ start, end, kinds, labels });
  }
  return runs;
}

/** Count per kind, for the legend. */
export function countByKind(highlights: Highlight[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of highlights) out.set(h.kind, (out.get(h.kind) ?? 0) + 1);
  return out;
}
