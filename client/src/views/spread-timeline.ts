// The spread timeline: years across, places grouped by city down, one marker per event. During
// playback only what had happened by the play year is drawn.
import { t } from '../i18n.ts';
import type { SpreadModel } from '../spread-model.ts';
import type { Evidence } from '../types.ts';
import { h } from './dom.ts';
import { marker, svg } from './spread-marks.ts';

export interface TimelineOptions {
  /** Width of the view the timeline sits in (0 before layout). */
  viewWidth: number;
  playYear: number | null;
  visible(year: number): boolean;
  openQuote(ev: Evidence): void;
}

export function spreadTimeline(model: SpreadModel, o: TimelineOptions): HTMLElement {
  const labelW = 130;
  // Fit the years into the space left of the list; past ~12 years the timeline scrolls instead.
  const room = (o.viewWidth || 860) - 380 - labelW;
  const colW = Math.max(40, Math.min(90, room / Math.max(1, model.years.length)));
  const rowH = 30;
  const groupH = 24;
  const top = 34;
  const rowsCount = model.groups.reduce((n, g) => n + g.rows.length, 0);
  const height = top + rowsCount * rowH + model.groups.length * groupH + 10;
  const width = labelW + model.years.length * colW + 20;
  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: 'timeline',
    role: 'img',
  });
  const x0 = model.years[0] ?? 0;
  const xOf = (y: number): number => labelW + (y - x0) * colW + colW / 2;
  for (const y of model.years) {
    root.append(
      svg('line', {
        x1: xOf(y),
        x2: xOf(y),
        y1: top - 8,
        y2: height - 6,
        stroke: y === o.playYear ? '#fab005' : '#e9ecef',
        'stroke-width': y === o.playYear ? 3 : 1,
      }),
    );
    root.append(
      svg('text', { x: xOf(y), y: 20, 'text-anchor': 'middle', 'font-size': 12, fill: '#495057' }, String(y)),
    );
  }
  let y = top;
  for (const g of model.groups) {
    root.append(
      svg('text', { x: 6, y: y + 16, 'font-size': 12, 'font-weight': 'bold', fill: '#495057' }, g.name),
    );
    y += groupH;
    for (const r of g.rows) {
      const cy = y + rowH / 2;
      const shown = o.visible(r.firstYear);
      const label = svg(
        'text',
        { x: 18, y: cy + 4, 'font-size': 13, fill: shown ? '#212529' : '#ced4da', class: 'row-label' },
        r.jurisdiction.name,
      );
      root.append(svg('line', { x1: labelW, x2: width - 10, y1: cy, y2: cy, stroke: '#f1f3f5' }), label);
      for (const e of r.events) {
        if (!o.visible(e.year)) continue;
        const m = marker(e.kind, xOf(e.year), cy);
        m.setAttribute('class', `marker marker-${e.kind}`);
        const title = svg(
          'title',
          {},
          `${r.jurisdiction.name} · ${e.year} · ${t(`event.${e.kind}`)}${e.note ? ` · ${e.note}` : ''}`,
        );
        m.append(title);
        const first = e.evidence[0];
        if (first) {
          m.style.cursor = 'pointer';
          m.addEventListener('click', () => o.openQuote(first));
        }
        root.append(m);
      }
      y += rowH;
    }
  }
  return h('div', { class: 'timeline-wrap' }, root);
}
