// Spread view: a reform's timeline (years →, places grouped by city ↓), playback, list with quotes.
import { diffusion, placeTree, type PlaceTree } from '../api.ts';
import { adoptionsCsv } from '../csv.ts';
import type { YearRange } from '../elements.ts';
import { t } from '../i18n.ts';
import { mainProvince, spreadModel, yearColor, type SpreadKind, type SpreadModel } from '../spread-model.ts';
import type { Diffusion, Evidence } from '../types.ts';
import { clear, download, h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const MARK: Record<SpreadKind, { color: string; symbol: string }> = {
  adoption: { color: '#d9480f', symbol: '●' },
  pilot: { color: '#f08c00', symbol: '◆' },
  promotion: { color: '#c2255c', symbol: '▲' },
  first: { color: '#e03131', symbol: '★' },
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function marker(kind: SpreadKind, x: number, y: number): SVGElement {
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

export interface SpreadActions {
  openQuote(ev: Evidence): void;
  showInGraph(d: Diffusion): void;
}

export class SpreadView {
  readonly element: HTMLElement;
  private data: Diffusion | null = null;
  private range: YearRange = { from: null, to: null };
  private model: SpreadModel | null = null;
  private playYear: number | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private tree: PlaceTree | null = null;

  constructor(private readonly actions: SpreadActions) {
    this.element = h('section', { class: 'view spread-view', hidden: true });
    this.render();
  }

  /** Loads the reform (canonical name, alias or id). Returns false when unknown. */
  async load(reform: string): Promise<boolean> {
    this.stop();
    clear(this.element);
    this.element.append(h('p', { class: 'placeholder', text: t('loading') }));
    try {
      this.data = await diffusion(reform);
    } catch (err) {
      this.data = null;
      clear(this.element);
      this.element.append(
        h('p', {
          class: 'placeholder error',
          text: t('error', { detail: err instanceof Error ? err.message : String(err) }),
        }),
      );
      return false;
    }
    this.playYear = null;
    this.tree = null;
    this.render();
    const province = this.model ? mainProvince(this.model) : null;
    if (province) {
      // The hierarchy is a garnish: if it cannot load, the timeline and list still stand.
      this.tree = await placeTree(province).catch(() => null);
      this.render();
    }
    return this.data !== null;
  }

  setRange(range: YearRange): void {
    this.range = range;
    this.render();
  }

  get current(): Diffusion | null {
    return this.data;
  }

  exportCsv(): void {
    if (!this.data) return;
    download(
      `${this.data.reform.name}-adoptions.csv`,
      adoptionsCsv(this.data.reform.adoptions),
      'text/csv;charset=utf-8',
    );
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private play(): void {
    const years = this.model?.years ?? [];
    if (!years.length) return;
    if (this.timer) {
      this.stop();
      this.render();
      return;
    }
    this.playYear = years[0] ?? null;
    this.render();
    this.timer = setInterval(() => {
      const next = (this.playYear ?? 0) + 1;
      if (next > (years[years.length - 1] ?? 0)) {
        this.stop();
        this.render();
        return;
      }
      this.playYear = next;
      this.render();
    }, 900);
  }

  private render(): void {
    clear(this.element);
    if (!this.data) {
      this.element.append(h('p', { class: 'placeholder', text: t('spreadPick') }));
      return;
    }
    const d = this.data;
    const model = spreadModel(d, this.range);
    this.model = model;
    const playBtn = h('button', {
      type: 'button',
      class: 'small play',
      text: this.timer ? `‖ ${t('pause')}` : `▶ ${t('play')}`,
    });
    playBtn.addEventListener('click', () => this.play());
    const csvBtn = h('button', {
      type: 'button',
      class: 'small',
      'data-action': 'export-csv',
      text: `↓ ${t('exportCsv')}`,
    });
    csvBtn.addEventListener('click', () => this.exportCsv());
    const graphBtn = h('button', { type: 'button', class: 'small', text: t('mode.graph') });
    graphBtn.addEventListener('click', () => this.actions.showInGraph(d));
    const legend = h(
      'span',
      { class: 'spread-legend' },
      ...(Object.keys(MARK) as SpreadKind[]).map((k) =>
        h('span', { style: `color:${MARK[k].color}`, text: `${MARK[k].symbol} ${t(`event.${k}`)}` }),
      ),
    );
    this.element.append(
      h(
        'header',
        { class: 'spread-head' },
        h('h2', { text: t('spreadTitle', { name: d.reform.name }) }),
        playBtn,
        graphBtn,
        csvBtn,
        legend,
      ),
    );
    if (this.playYear != null)
      this.element.append(h('p', { class: 'play-year', text: t('playYear', { year: this.playYear }) }));
    if (model.order.length === 0) {
      this.element.append(h('p', { class: 'placeholder', text: t('spreadNone') }));
      return;
    }
    const left = h('div', { class: 'spread-left' }, this.timeline(model));
    if (this.tree) left.append(this.hierarchy(this.tree, model));
    this.element.append(h('div', { class: 'spread-body' }, left, this.list(model)));
  }

  /** The province's places (as far as the graph knows them), coloured by first-adoption year. */
  private hierarchy(tree: PlaceTree, model: SpreadModel): HTMLElement {
    const first = new Map(
      model.order.filter((r) => this.visible(r.firstYear)).map((r) => [r.jurisdiction.id, r.firstYear]),
    );
    const min = model.years[0] ?? 0;
    const max = model.years[model.years.length - 1] ?? 0;
    const chip = (p: PlaceTree): HTMLElement => {
      const year = first.get(p.id);
      return h(
        'span',
        {
          class: `place${year ? ' adopted' : ''}`,
          style: year ? `background:${yearColor(year, min, max)}` : '',
          title: year ? `${p.name} ${year}` : p.name,
        },
        p.name,
        year ? h('small', { text: ` ${year}` }) : null,
      );
    };
    const cities = h('ul', { class: 'tree' });
    for (const c of tree.children ?? []) {
      cities.append(
        h('li', {}, chip(c), h('div', { class: 'tree-children' }, ...(c.children ?? []).map(chip))),
      );
    }
    const scale = h(
      'span',
      { class: 'scale' },
      ...model.years.map((y) => h('i', { style: `background:${yearColor(y, min, max)}`, text: String(y) })),
    );
    return h(
      'section',
      { class: 'hierarchy' },
      h('h3', {}, t('hierarchyTitle', { name: tree.name }), scale),
      h('div', { class: 'tree-root' }, chip(tree)),
      cities,
    );
  }

  private visible(year: number): boolean {
    return this.playYear == null || year <= this.playYear;
  }

  private timeline(model: SpreadModel): HTMLElement {
    const labelW = 130;
    // Fit the years into the space left of the list; past ~12 years the timeline scrolls instead.
    const room = (this.element.clientWidth || 860) - 380 - labelW;
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
          stroke: y === this.playYear ? '#fab005' : '#e9ecef',
          'stroke-width': y === this.playYear ? 3 : 1,
        }),
      );
      root.append(
        svg(
          'text',
          { x: xOf(y), y: 20, 'text-anchor': 'middle', 'font-size': 12, fill: '#495057' },
          String(y),
        ),
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
        const shown = this.visible(r.firstYear);
        const label = svg(
          'text',
          { x: 18, y: cy + 4, 'font-size': 13, fill: shown ? '#212529' : '#ced4da', class: 'row-label' },
          r.jurisdiction.name,
        );
        root.append(svg('line', { x1: labelW, x2: width - 10, y1: cy, y2: cy, stroke: '#f1f3f5' }), label);
        for (const e of r.events) {
          if (!this.visible(e.year)) continue;
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
            m.addEventListener('click', () => this.actions.openQuote(first));
          }
          root.append(m);
        }
        y += rowH;
      }
    }
    return h('div', { class: 'timeline-wrap' }, root);
  }

  private list(model: SpreadModel): HTMLElement {
    const ol = h('ol', { class: 'adopters' });
    for (const r of model.order) {
      if (!this.visible(r.firstYear)) continue;
      const li = h(
        'li',
        { class: 'adopter', 'data-id': r.jurisdiction.id },
        h(
          'div',
          { class: 'adopter-head' },
          h('span', { class: 'year', text: String(r.firstYear) }),
          h('strong', { class: 'adopter-name', text: r.jurisdiction.name }),
          r.jurisdiction.code ? h('span', { class: 'muted', text: r.jurisdiction.code }) : null,
        ),
      );
      for (const e of r.events) {
        if (!this.visible(e.year)) continue;
        for (const ev of e.evidence) {
          const q = h(
            'button',
            { type: 'button', class: 'quote' },
            h('span', {
              class: 'event',
              style: `color:${MARK[e.kind].color}`,
              text: `${MARK[e.kind].symbol} ${e.year} ${t(`event.${e.kind}`)}`,
            }),
            h('q', { text: ev.quote }),
            h('span', {
              class: 'source',
              text: t('quoteFrom', { title: ev.report.name, year: ev.report.year }),
            }),
          );
          q.addEventListener('click', () => this.actions.openQuote(ev));
          li.append(q);
        }
      }
      ol.append(li);
    }
    return h('aside', { class: 'adopters-wrap' }, h('h3', { text: t('adopters') }), ol);
  }
}
