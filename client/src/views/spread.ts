// Spread view: a reform's timeline (years →, places grouped by city ↓), playback, list with quotes.
// This file holds the loading, the playback state and the header; the parts are spread-*.ts.
import { diffusion, placeTree, type PlaceTree } from '../api.ts';
import { adoptionsCsv } from '../csv.ts';
import type { YearRange } from '../elements.ts';
import { t } from '../i18n.ts';
import { mainProvince, spreadModel, type SpreadKind, type SpreadModel } from '../spread-model.ts';
import type { Diffusion, Evidence } from '../types.ts';
import { clear, download, h } from './dom.ts';
import { spreadHierarchy } from './spread-hierarchy.ts';
import { spreadList } from './spread-list.ts';
import { MARK } from './spread-marks.ts';
import { spreadTimeline } from './spread-timeline.ts';

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
    const visible = (year: number): boolean => this.visible(year);
    const openQuote = (ev: Evidence): void => this.actions.openQuote(ev);
    const left = h(
      'div',
      { class: 'spread-left' },
      spreadTimeline(model, {
        viewWidth: this.element.clientWidth,
        playYear: this.playYear,
        visible,
        openQuote,
      }),
    );
    if (this.tree) left.append(spreadHierarchy(this.tree, model, visible));
    this.element.append(h('div', { class: 'spread-body' }, left, spreadList(model, visible, openQuote)));
  }

  private visible(year: number): boolean {
    return this.playYear == null || year <= this.playYear;
  }
}
