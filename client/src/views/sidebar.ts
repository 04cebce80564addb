// Left column: kind filters with the legend, year range, layout, canvas controls, export.
import { t } from '../i18n.ts';
import { LAYOUTS, type LayoutName } from '../state.ts';
import { EDGE_COLORS, KIND_STYLES } from '../style.ts';
import { ENTITY_TYPES, type EntityType } from '../types.ts';
import { edgeLabel } from '../i18n.ts';
import { clear, h } from './dom.ts';

export interface SidebarState {
  kinds: EntityType[];
  yearFrom: number | null;
  yearTo: number | null;
  layout: LayoutName;
}

export interface SidebarActions {
  onFilters(kinds: EntityType[], yearFrom: number | null, yearTo: number | null): void;
  onLayout(name: LayoutName): void;
  fit(): void;
  zoom(factor: number): void;
  relayout(): void;
  unhide(): void;
  clear(): void;
  exportPng(): void;
  exportJson(): void;
}

const SVG_SHAPES: Record<string, string> = {
  star: '<polygon points="10,1 12.6,7 19,7.4 14,11.6 15.6,18 10,14.6 4.4,18 6,11.6 1,7.4 7.4,7"/>',
  ellipse: '<circle cx="10" cy="10" r="8"/>',
  hexagon: '<polygon points="5,2 15,2 19,10 15,18 5,18 1,10"/>',
  'round-rectangle': '<rect x="2" y="4" width="16" height="12" rx="4"/>',
  rectangle: '<rect x="3" y="3" width="14" height="14"/>',
};

function swatch(kind: string): HTMLElement {
  const s = KIND_STYLES[kind]!;
  const span = h('span', { class: 'swatch' });
  // Static markup from constants above, never from data.
  span.innerHTML = `<svg width="18" height="18" viewBox="0 0 20 20" fill="${s.color}" stroke="${s.border}" stroke-width="1.5">${SVG_SHAPES[s.shape] ?? ''}</svg>`;
  return span;
}

export class Sidebar {
  readonly element: HTMLElement;
  private bounds = { min: 2015, max: new Date().getFullYear() };
  private state: SidebarState;

  constructor(
    initial: SidebarState,
    private readonly actions: SidebarActions,
  ) {
    this.state = { ...initial };
    this.element = h('aside', { class: 'sidebar' });
    this.render();
  }

  setYearBounds(min: number | null | undefined, max: number | null | undefined): void {
    if (typeof min === 'number' && typeof max === 'number' && min <= max) this.bounds = { min, max };
    this.render();
  }

  setState(s: SidebarState): void {
    this.state = { ...s };
    this.render();
  }

  private button(label: string, onClick: () => void, action: string): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'small', 'data-action': action, text: label });
    b.addEventListener('click', onClick);
    return b;
  }

  render(): void {
    clear(this.element);
    const st = this.state;
    const a = this.actions;

    const kinds = h('fieldset', { class: 'kinds' }, h('legend', { text: `${t('kinds')} · ${t('legend')}` }));
    for (const type of ENTITY_TYPES) {
      const box = h('input', {
        type: 'checkbox',
        name: 'kind',
        value: type,
        checked: st.kinds.includes(type),
      });
      box.addEventListener('change', () => {
        const next = ENTITY_TYPES.filter((k) => (k === type ? box.checked : st.kinds.includes(k)));
        this.state.kinds = next;
        a.onFilters(next, st.yearFrom, st.yearTo);
      });
      kinds.append(h('label', { class: 'kind' }, box, swatch(type.toLowerCase()), t(`type.${type}`)));
    }
    const edges = h('div', { class: 'edge-legend' });
    for (const [type, color] of Object.entries(EDGE_COLORS)) {
      if (type === 'MENTIONS') continue;
      edges.append(
        h('span', { class: 'edge-key' }, h('i', { style: `background:${color}` }), edgeLabel(type)),
      );
    }
    kinds.append(edges);

    const { min, max } = this.bounds;
    const from = st.yearFrom ?? min;
    const to = st.yearTo ?? max;
    const out = h('output', { class: 'year-value', text: `${from} – ${to}` });
    const fromIn = h('input', {
      type: 'range',
      min,
      max,
      step: 1,
      value: from,
      name: 'yearFrom',
      'aria-label': t('yearFrom'),
    });
    const toIn = h('input', {
      type: 'range',
      min,
      max,
      step: 1,
      value: to,
      name: 'yearTo',
      'aria-label': t('yearTo'),
    });
    const changed = (which: 'from' | 'to'): void => {
      let f = Number(fromIn.value);
      let tt = Number(toIn.value);
      if (f > tt) {
        if (which === 'from') tt = f;
        else f = tt;
        fromIn.value = String(f);
        toIn.value = String(tt);
      }
      out.textContent = `${f} – ${tt}`;
      // The full span means "no filter", so undated links stay and the URL stays short.
      this.state.yearFrom = f === min ? null : f;
      this.state.yearTo = tt === max ? null : tt;
      a.onFilters(st.kinds, this.state.yearFrom, this.state.yearTo);
    };
    fromIn.addEventListener('input', () => changed('from'));
    toIn.addEventListener('input', () => changed('to'));
    const years = h(
      'fieldset',
      { class: 'years' },
      h('legend', { text: t('years') }),
      out,
      h('label', {}, t('yearFrom'), fromIn),
      h('label', {}, t('yearTo'), toIn),
    );

    const select = h('select', { name: 'layout' });
    for (const name of LAYOUTS)
      select.append(h('option', { value: name, selected: name === st.layout, text: t(`layout.${name}`) }));
    select.addEventListener('change', () => a.onLayout(select.value as LayoutName));
    const layout = h(
      'fieldset',
      {},
      h('legend', { text: t('layout') }),
      select,
      h(
        'div',
        { class: 'buttons' },
        this.button(t('relayout'), a.relayout, 'relayout'),
        this.button(t('fit'), a.fit, 'fit'),
        this.button('＋', () => a.zoom(1.25), 'zoom-in'),
        this.button('－', () => a.zoom(0.8), 'zoom-out'),
        this.button(t('showHidden'), a.unhide, 'unhide'),
        this.button(t('clearGraph'), a.clear, 'clear'),
      ),
    );

    const exp = h(
      'fieldset',
      {},
      h('legend', { text: t('export') }),
      h(
        'div',
        { class: 'buttons' },
        this.button(t('exportPng'), a.exportPng, 'export-png'),
        this.button(t('exportJson'), a.exportJson, 'export-json'),
      ),
    );

    this.element.append(kinds, years, layout, exp, h('p', { class: 'hint', text: t('expandHint') }));
  }
}
