// Indicator panel (指标): a place's stated numbers as small multiples over the years, or one
// indicator compared across places; every dot opens the quote it was read from.
import '../indicators.css';
import { getLang, t } from '../i18n.ts';
import { indicatorCsvUrl, indicatorDefinitions, indicatorPanel, placeIndicators } from '../indicator-api.ts';
import { formatValue, SERIES_COLORS, SMALL, WIDE, type IndicatorDefinition, type IndicatorPoint, type IndicatorSeries } from '../indicator-model.ts';
import type { Evidence } from '../types.ts';
import { clear, h } from './dom.ts';
import { indicatorChart } from './indicator-chart.ts';
import { createSearch, type SearchBox } from './search.ts';

export interface IndicatorViewState {
  places: string[];
  indicator: string | null;
}

const labelOf = (x: { label: string; labelEn: string }): string => (getLang() === 'en' ? x.labelEn : x.label);

export class IndicatorView {
  readonly element: HTMLElement;
  private places: string[] = [];
  private indicator: string | null = null;
  private definitions: IndicatorDefinition[] = [];
  private groups: { place: string; series: IndicatorSeries[] }[] = [];
  private missing: string[] = [];
  private error: string | null = null;
  private selected: { point: IndicatorPoint; series: IndicatorSeries } | null = null;
  private seq = 0;
  private readonly search: SearchBox;
  private readonly head: HTMLElement;
  private readonly body: HTMLElement;
  private readonly evidence: HTMLElement;

  constructor(
    private readonly openQuote: (ev: Evidence) => void,
    private readonly onChange: (s: IndicatorViewState) => void,
  ) {
    this.search = createSearch(
      (e) => {
        this.add(e.name);
        this.search.input.value = '';
      },
      { types: ['JURISDICTION'], id: 'indicator-search' },
    );
    this.head = h('div', { class: 'ind-head' });
    this.body = h('div', { class: 'ind-body' });
    this.evidence = h('div', { class: 'ind-evidence', 'aria-live': 'polite' });
    this.element = h('section', { class: 'view indicator-view', hidden: true }, this.head, this.evidence, this.body);
  }

  /** Shows `state` (from the URL or a click), fetching what it needs. */
  async set(state: IndicatorViewState): Promise<void> {
    this.places = [...new Set(state.places)];
    this.indicator = state.indicator;
    this.selected = null;
    await this.load();
  }

  add(place: string): void {
    if (this.places.includes(place)) return;
    this.places = [...this.places, place];
    this.changed();
  }

  private changed(): void {
    this.onChange({ places: this.places, indicator: this.indicator });
    this.selected = null;
    void this.load();
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    this.error = null;
    this.render(true);
    try {
      if (!this.definitions.length) this.definitions = await indicatorDefinitions();
      const groups: typeof this.groups = [];
      const missing: string[] = [];
      if (this.indicator && this.places.length) {
        const series = await indicatorPanel(this.indicator, this.places);
        groups.push({ place: '', series });
      } else {
        for (const p of this.places) {
          const got = await placeIndicators(p);
          if (got) groups.push({ place: got.name, series: got.series });
          else missing.push(p);
        }
      }
      if (seq !== this.seq) return;
      this.groups = groups;
      this.missing = missing;
    } catch (err) {
      if (seq !== this.seq) return;
      this.groups = [];
      this.error = err instanceof Error ? err.message : String(err);
    }
    this.render(false);
  }

  private showPoint(point: IndicatorPoint, series: IndicatorSeries): void {
    this.selected = { point, series };
    this.renderEvidence();
    for (const d of this.body.querySelectorAll('.ind-dot.selected')) d.classList.remove('selected');
  }

  private renderEvidence(): void {
    clear(this.evidence);
    const s = this.selected;
    if (!s) {
      this.evidence.append(h('p', { class: 'placeholder', text: t('indicators.pickPoint') }));
      return;
    }
    const who = s.point.agencyName ?? s.series.jurisdiction.name;
    this.evidence.append(
      h('div', { class: 'ind-evidence-head' }, `${who} · ${s.point.year ?? '—'} · ${labelOf(s.series)} `, h('strong', { text: `${formatValue(s.point.value)}${s.point.unit}` })),
    );
    for (const ev of s.point.evidence) {
      const open = h('button', { type: 'button', class: 'small', 'data-action': 'open-quote', text: t('indicators.readReport') });
      open.addEventListener('click', () => this.openQuote(ev));
      this.evidence.append(
        h('blockquote', { class: 'ind-quote', text: ev.quote }),
        h('div', { class: 'ind-source' }, h('span', { class: 'muted', text: `${ev.report.name}（${ev.report.year}）` }), open),
      );
    }
  }

  private controls(): HTMLElement {
    const chips = h('div', { class: 'chips' });
    for (const n of this.places) {
      const x = h('button', { type: 'button', class: 'chip-x', title: t('removeItem'), text: '✕' });
      x.addEventListener('click', () => {
        this.places = this.places.filter((m) => m !== n);
        this.changed();
      });
      chips.append(h('span', { class: 'chip' }, n, x));
    }
    const select = h('select', { name: 'indicator', 'aria-label': t('indicators.indicator') });
    select.append(h('option', { value: '', text: t('indicators.all') }));
    for (const d of this.definitions) {
      const o = h('option', { value: d.name, text: labelOf(d) });
      if (d.name === this.indicator) o.selected = true;
      select.append(o);
    }
    select.addEventListener('change', () => {
      this.indicator = select.value || null;
      this.changed();
    });
    const row = h('div', { class: 'compare-pick' }, chips, this.search.element, select);
    if (this.indicator && this.places.length) {
      row.append(
        h('a', {
          class: 'button small',
          href: indicatorCsvUrl(this.indicator, this.places),
          download: `indicators-${this.indicator}.csv`,
          'data-action': 'indicator-csv',
          text: t('indicators.csv'),
        }),
      );
    }
    return row;
  }

  render(loading = false): void {
    this.search.relabel();
    this.search.input.placeholder = t('type.JURISDICTION');
    clear(this.head);
    this.head.append(h('h2', { text: t('indicators.title') }), this.controls());
    this.renderEvidence();
    clear(this.body);
    if (this.error) {
      this.body.append(h('p', { class: 'error', text: t('error', { detail: this.error }) }));
      return;
    }
    if (!this.places.length) {
      this.body.append(h('p', { class: 'placeholder', text: t('indicators.pickPlace') }));
      return;
    }
    if (loading) {
      this.body.append(h('p', { class: 'placeholder', text: t('loading') }));
      return;
    }
    for (const m of this.missing) this.body.append(h('p', { class: 'error', text: t('noMatch', { q: m }) }));
    if (this.indicator) this.renderComparison();
    else this.renderPlaces();
  }

  private card(series: IndicatorSeries[], title: string, color?: string): HTMLElement {
    const unit = series[0]?.unit ?? '';
    return h(
      'figure',
      { class: 'ind-card', 'data-indicator': series[0]?.name ?? '' },
      h('figcaption', { text: unit && !title.includes(unit) ? `${title}（${unit}）` : title }),
      indicatorChart(series, SMALL, (p, s) => this.showPoint(p, s), color ? () => color : undefined),
    );
  }

  private renderPlaces(): void {
    for (const g of this.groups) {
      const grid = h('div', { class: 'ind-grid' });
      for (const s of g.series) grid.append(this.card([s], s.agency ? `${labelOf(s)} · ${s.agency.name}` : labelOf(s)));
      this.body.append(
        h('h3', { class: 'ind-place', text: g.place }),
        g.series.length ? grid : h('p', { class: 'muted', text: t('indicators.none') }),
      );
    }
  }

  private renderComparison(): void {
    const series = this.groups.flatMap((g) => g.series);
    const def = this.definitions.find((d) => d.name === this.indicator);
    if (!series.length) {
      this.body.append(h('p', { class: 'muted', text: t('indicators.none') }));
      return;
    }
    const legend = h('div', { class: 'ind-legend' });
    series.forEach((s, i) =>
      legend.append(
        h('span', { class: 'ind-key' }, h('span', { class: 'ind-swatch', style: `background:${SERIES_COLORS[i % SERIES_COLORS.length]}` }), s.agency ? s.agency.name : s.jurisdiction.name),
      ),
    );
    this.body.append(
      h('h3', { class: 'ind-place', text: def ? labelOf(def) : (this.indicator ?? '') }),
      legend,
      h('figure', { class: 'ind-wide' }, indicatorChart(series, WIDE, (p, s) => this.showPoint(p, s))),
    );
    const grid = h('div', { class: 'ind-grid' });
    series.forEach((s, i) => grid.append(this.card([s], s.agency ? s.agency.name : s.jurisdiction.name, SERIES_COLORS[i % SERIES_COLORS.length])));
    this.body.append(grid);
  }
}
