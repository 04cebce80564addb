// The spread view's visual vocabulary: one colour and symbol per kind of event, drawn as SVG markers
// on the timeline and as text in the legend and the list.
import type { SpreadKind } from '../spread-model.ts';

const SVG = 'http://www.w3.org/2000/svg';
export const MARK: Record<SpreadKind, { color: string; symbol: string }> = {
  adoption: { color: '#d9480f', symbol: '●' },
  pilot: { color: '#f08c00', symbol: '◆' },
  promotion: { color: '#c2255c', symbol: '▲' },
  first: { color: '#e03131', symbol: '★' },
};

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function marker(kind: SpreadKind, x: number, y: number): SVGElement {
  const c = MARK[kind].color;
  switch (kind) {
    case 'pilot':
      return svg('rect', {
        x: x - 6,
        y: y - 6,
        width: 12,
        height: 12,
        fill: c,
        transform: `rotate(45 ${x} ${y})`,
      });
    case 'promotion':
      return svg('polygon', { points: `${x},${y - 8} ${x + 7},${y + 6} ${x - 7},${y + 6}`, fill: c });
    case 'first':
      return svg('text', { x, y: y + 6, 'text-anchor': 'middle', 'font-size': 18, fill: c }, '★');
    default:
      return svg('circle', { cx: x, cy: y, r: 7, fill: c });
  }
}
