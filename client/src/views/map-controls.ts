// The map view's header controls: what to show, the level, the province zoom, playback and the
// year slider (spreads only), and the exports. Pure DOM from a small model; the view owns the state.
import { t } from '../i18n.ts';
import { MAP_LEVELS, type MapLevel } from '../map-model.ts';
import type { MapOf } from '../state.ts';
import { h } from './dom.ts';

export interface MapControlsModel {
  source: MapOf;
  level: MapLevel;
  zoom: string | null;
  /** Province code, name, and whether it holds anything shown (listed first, marked ●). */
  provinces: [string, string, boolean][];
  /** Years of the spread (empty: no slider). */
  years: number[];
  year: number | null;
  playing: boolean;
  csv: boolean;
}

export interface MapControlsActions {
  source(of: MapOf): void;
  level(level: MapLevel): void;
  zoom(code: string | null): void;
  play(): void;
  year(year: number | null): void;
  png(): void;
  svg(): void;
  csv(): void;
}

export function sourceSelect(current: MapOf, onChange: (of: MapOf) => void): HTMLSelectElement {
  const of = h('select', { name: 'mapOf', 'aria-label': t('mapOf') });
  for (const k of ['spread', 'compare', 'place'] as const)
    of.append(h('option', { value: k, text: t(`mapOf.${k}`), selected: k === current }));
  of.addEventListener('change', () => onChange(of.value as MapOf));
  return of;
}

function button(action: string, text: string, onClick: () => void, extra = ''): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `small ${extra}`.trim(), 'data-action': action, text });
  b.addEventListener('click', onClick);
  return b;
}

export function mapControls(m: MapControlsModel, a: MapControlsActions): HTMLElement[] {
  const levels = h('span', { class: 'map-levels', role: 'group', 'aria-label': t('mapLevel') });
  for (const l of MAP_LEVELS) {
    const b = h('button', {
      type: 'button',
      class: l === m.level ? 'small active' : 'small',
      'data-level': l,
      text: t(`mapLevel.${l}`),
    });
    b.addEventListener('click', () => a.level(l));
    levels.append(b);
  }

  const zoom = h('select', { name: 'mapZoom', 'aria-label': t('mapZoom') });
  zoom.append(h('option', { value: '', text: t('mapNation'), selected: !m.zoom }));
  const sorted = [...m.provinces].sort((x, y) => Number(y[2]) - Number(x[2]) || x[0].localeCompare(y[0]));
  for (const [code, name, marked] of sorted)
    zoom.append(h('option', { value: code, text: marked ? `● ${name}` : name, selected: code === m.zoom }));
  zoom.addEventListener('change', () => a.zoom(zoom.value || null));

  const out: HTMLElement[] = [sourceSelect(m.source, a.source), levels, zoom];
  const last = m.years[m.years.length - 1];
  if (last !== undefined) {
    const slider = h('input', {
      type: 'range',
      name: 'mapYear',
      min: m.years[0]!,
      max: last,
      step: 1,
      value: m.year ?? last,
      'aria-label': t('mapYear'),
    });
    slider.addEventListener('input', () => {
      const y = Number(slider.value);
      a.year(y >= last ? null : y);
    });
    out.push(
      button('map-play', m.playing ? `‖ ${t('pause')}` : `▶ ${t('play')}`, a.play, 'play'),
      h(
        'label',
        { class: 'map-slider' },
        slider,
        h('span', { class: 'map-year', text: String(m.year ?? last) }),
      ),
    );
  }
  out.push(
    button('map-png', `↓ ${t('mapExportPng')}`, a.png),
    button('map-svg', `↓ ${t('mapExportSvg')}`, a.svg),
  );
  if (m.csv) out.push(button('map-csv', `↓ ${t('mapExportCsv')}`, a.csv));
  return out;
}
