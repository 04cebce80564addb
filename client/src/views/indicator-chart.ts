// One SVG chart of indicator series (small multiple or the wide comparison): axes, a line per
// series, and a focusable dot per stated value that reports clicks (every point opens its quote).
import { chart, formatValue, SERIES_COLORS, type Box, type IndicatorPoint, type IndicatorSeries } from '../indicator-model.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function text(x: number, y: number, s: string, anchor: 'start' | 'middle' | 'end', cls = 'ind-axis'): SVGTextElement {
  const el = svg('text', { x, y, 'text-anchor': anchor, class: cls });
  el.textContent = s;
  return el;
}

export function indicatorChart(
  series: IndicatorSeries[],
  box: Box,
  onPoint: (p: IndicatorPoint, s: IndicatorSeries) => void,
  colorOf: (s: IndicatorSeries, i: number) => string = (_s, i) => SERIES_COLORS[i % SERIES_COLORS.length]!,
): SVGSVGElement {
  const c = chart(series, box);
  const root = svg('svg', { viewBox: `0 0 ${box.width} ${box.height}`, width: box.width, height: box.height, class: 'ind-chart', role: 'img' });
  const bottom = box.height - box.bottom;
  for (const t of c.yTicks) {
    root.append(svg('line', { x1: box.left, x2: box.width - box.right, y1: t.y, y2: t.y, class: t.value === 0 ? 'ind-base' : 'ind-gridline' }));
    root.append(text(box.left - 4, t.y + 4, formatValue(t.value), 'end'));
  }
  const step = c.years.length > 8 ? Math.ceil(c.years.length / 8) : 1;
  c.years.forEach((y, i) => {
    if (i % step !== 0 && i !== c.years.length - 1) return;
    const x = c.lines.flatMap((l) => l.placed).find((p) => p.point.year === y)?.x;
    if (x !== undefined) root.append(text(x, bottom + 16, String(y), 'middle'));
  });
  c.lines.forEach((line, i) => {
    const color = colorOf(line.series, i);
    if (line.path.includes('L')) root.append(svg('path', { d: line.path, class: 'ind-line', stroke: color }));
    for (const p of line.placed) {
      const dot = svg('circle', {
        cx: p.x,
        cy: p.y,
        r: 4.5,
        fill: color,
        class: 'ind-dot',
        tabindex: 0,
        role: 'button',
        'data-year': p.point.year ?? '',
        'data-value': p.point.value,
        'data-place': line.series.jurisdiction.name,
      });
      const title = svg('title', {});
      title.textContent = `${line.series.jurisdiction.name} ${p.point.year ?? ''}: ${formatValue(p.point.value)}${p.point.unit}`;
      dot.append(title);
      const open = () => onPoint(p.point, line.series);
      dot.addEventListener('click', open);
      dot.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      });
      root.append(dot);
    }
  });
  return root;
}
