// The map's side panel: what a click on a place shows — each place inside it, renamed units with
// the name the reports used, and for a spread every event with its quotes (a quote opens the report).
import { t } from '../i18n.ts';
import type { PlacedMark } from '../map-paint.ts';
import type { Evidence } from '../types.ts';
import { h } from './dom.ts';
import { quoteButton } from './spread-list.ts';

export function placeNote(m: PlacedMark): string | null {
  if (m.place.historicalName && m.place.unitName)
    return t('mapHistorical', { old: m.place.historicalName, now: m.place.unitName });
  if (m.place.kind === 'point' && m.place.unitName) return t('mapPointIn', { parent: m.place.unitName });
  return null;
}

export function mapDetail(
  unitName: string | null,
  marks: readonly PlacedMark[],
  openQuote: (ev: Evidence) => void,
): HTMLElement {
  const box = h('div', { class: 'map-detail' });
  if (unitName) box.append(h('h3', { text: unitName }));
  if (!marks.length) box.append(h('p', { class: 'muted', text: t('mapNotAdopted') }));
  for (const m of marks) {
    const note = placeNote(m);
    const li = h(
      'div',
      { class: 'map-place', 'data-id': m.mark.j.id },
      h(
        'div',
        { class: 'adopter-head' },
        h('span', { class: 'swatch', style: `background:${m.mark.color}` }),
        h('strong', { class: 'adopter-name', text: m.mark.j.name }),
        m.mark.j.code ? h('span', { class: 'muted', text: m.mark.j.code }) : null,
      ),
      h('div', { class: 'muted', text: m.mark.label }),
      note ? h('div', { class: 'muted note', text: note }) : null,
    );
    for (const e of m.mark.row?.events ?? []) {
      for (const ev of e.evidence) li.append(quoteButton(e, ev, openQuote));
    }
    box.append(li);
  }
  return box;
}
