// Pure: the three things the map shows, as marks — a reform's spread (see map-paint.ts), the places
// compared, and one place with the places that share its reforms (its two-step neighbourhood).
import { t } from './i18n.ts';
import { CATEGORY_COLORS, type MapMark } from './map-paint.ts';
import type { Comparison, GraphSlice, JurisdictionRef } from './types.ts';

export function compareMarks(c: Comparison): MapMark[] {
  return c.jurisdictions.map((j, i) => {
    const unique = c.unique.find((u) => u.jurisdiction.id === j.id)?.reforms.length ?? 0;
    return {
      j,
      key: i,
      color: CATEGORY_COLORS[i % CATEGORY_COLORS.length]!,
      label: t('mapCompareLine', { shared: c.shared.length, unique }),
      kinds: [],
    };
  });
}

/** Blue ramp for "how many reforms it shares with the selected place": more is darker. */
export function sharedColor(n: number, max: number): string {
  const f = max > 1 ? (n - 1) / (max - 1) : 1;
  return `hsl(210, 75%, ${Math.round(66 - f * 34)}%)`;
}

export const FOCUS_COLOR = '#d9480f';

function parseData(data: string | null | undefined): { code?: string; level?: string } {
  try {
    return data ? (JSON.parse(data) as { code?: string; level?: string }) : {};
  } catch {
    return {};
  }
}

export function neighbourhoodMarks(focusId: string, slice: GraphSlice): MapMark[] {
  const reformsOf = new Map<string, Set<string>>();
  const type = new Map(slice.nodes.map((n) => [n.id, n.type]));
  for (const e of slice.edges) {
    const [j, r] =
      type.get(e.source) === 'JURISDICTION' && type.get(e.target) === 'REFORM'
        ? [e.source, e.target]
        : type.get(e.target) === 'JURISDICTION' && type.get(e.source) === 'REFORM'
          ? [e.target, e.source]
          : [null, null];
    if (!j || !r) continue;
    const set = reformsOf.get(j) ?? new Set<string>();
    set.add(r);
    reformsOf.set(j, set);
  }
  const mine = reformsOf.get(focusId) ?? new Set<string>();
  const shared = new Map<string, number>();
  for (const [j, set] of reformsOf) {
    if (j === focusId) continue;
    const n = [...set].filter((r) => mine.has(r)).length;
    if (n > 0) shared.set(j, n);
  }
  const max = Math.max(1, ...shared.values());
  const marks: MapMark[] = [];
  for (const n of slice.nodes) {
    if (n.type !== 'JURISDICTION') continue;
    const d = parseData(n.data);
    const j: JurisdictionRef = { id: n.id, name: n.label, code: d.code ?? null, level: d.level };
    if (n.id === focusId)
      marks.push({ j, key: -1, color: FOCUS_COLOR, label: t('mapFocusPlace'), kinds: [] });
    else {
      const k = shared.get(n.id);
      if (k)
        marks.push({
          j,
          key: max - k,
          color: sharedColor(k, max),
          label: t('mapShared', { n: k }),
          kinds: [],
        });
    }
  }
  return marks;
}
