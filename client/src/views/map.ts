// Map view (地图): a reform's spread coloured by first-adoption year with the year slider and
// playback, the places compared, or one place's neighbourhood — on boundaries loaded lazily from
// /geo. Loading, controls and state live here; drawing is map-draw.ts, the click panel map-detail.ts.
import './map.css';
import { compare, diffusion } from '../api.ts';
import type { YearRange } from '../elements.ts';
import { t } from '../i18n.ts';
import { placeNeighbourhood } from '../map-api.ts';
import { adoptionPanelCsv } from '../map-csv.ts';
import { cityShapes, countyShapes, geoIndex, provinceShapes, type UnitFeature } from '../map-geo.ts';
import type { GeoIndex, MapLevel } from '../map-model.ts';
import { paint, spreadMarks, type MapMark, type PlacedMark } from '../map-paint.ts';
import { compareMarks, FOCUS_COLOR, neighbourhoodMarks, sharedColor } from '../map-sources.ts';
import type { MapOf } from '../state.ts';
import { spreadModel, yearColor, type SpreadModel } from '../spread-model.ts';
import type { Comparison, Diffusion, Evidence, GraphSlice } from '../types.ts';
import { clear, download, h } from './dom.ts';
import { mapControls, sourceSelect } from './map-controls.ts';
import { mapDetail, placeNote } from './map-detail.ts';
import { drawMap } from './map-draw.ts';
import { svgText, svgToPng } from './map-export.ts';

export interface MapSource {
  of: MapOf;
  reform: string | null;
  compare: string[];
  place: string | null;
}

export interface MapActions {
  openQuote(ev: Evidence): void;
  /** The user changed what the map shows, its level or its zoom: the URL follows. */
  onChange(patch: { mapOf?: MapOf; mapLevel?: MapLevel; mapZoom?: string | null }): void;
  onError(err: unknown): void;
}

export class MapView {
  readonly element: HTMLElement;
  private readonly head = h('header', { class: 'map-head' });
  private readonly stage = h('div', { class: 'map-stage' });
  private readonly side = h('aside', { class: 'map-side' });
  private source: MapSource = { of: 'spread', reform: null, compare: [], place: null };
  private level: MapLevel = 'county';
  private zoom: string | null = null;
  private range: YearRange = { from: null, to: null };
  private index: GeoIndex | null = null;
  private spread: { d: Diffusion; model: SpreadModel } | null = null;
  private comparison: Comparison | null = null;
  private hood: { id: string; slice: GraphSlice } | null = null;
  private playYear: number | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private token = 0;
  private svgEl: SVGSVGElement | null = null;

  constructor(private readonly actions: MapActions) {
    this.element = h(
      'section',
      { class: 'view map-view', hidden: true },
      this.head,
      h('div', { class: 'map-body' }, this.stage, this.side),
    );
  }

  /** Show `source` at `level`, zoomed to `zoom` (a province code; null: decide from the data). */
  async show(source: MapSource, level: MapLevel, zoom: string | null): Promise<void> {
    this.level = level;
    const same = JSON.stringify(source) === JSON.stringify(this.source) && this.loaded();
    this.source = source;
    if (same) {
      if (zoom) this.zoom = zoom;
      return this.render();
    }
    this.stop();
    this.playYear = null;
    this.zoom = zoom;
    this.placeholder(t('loading'));
    try {
      this.index ??= await geoIndex();
      await this.load();
    } catch (err) {
      this.placeholder(t('error', { detail: err instanceof Error ? err.message : String(err) }), true);
      return;
    }
    if (!this.zoom) this.zoom = this.autoZoom();
    await this.render();
  }

  setRange(range: YearRange): void {
    this.range = range;
    if (this.spread) this.spread.model = spreadModel(this.spread.d, range);
    if (!this.element.hidden) void this.render();
  }

  /** The SVG on screen (tests and exports). */
  get svg(): SVGSVGElement | null {
    return this.svgEl;
  }

  private loaded(): boolean {
    const s = this.source;
    if (s.of === 'spread')
      return this.spread?.d.reform.name === s.reform || this.spread?.d.reform.id === s.reform;
    if (s.of === 'compare') return this.comparison !== null;
    return this.hood?.id === s.place;
  }

  private async load(): Promise<void> {
    const s = this.source;
    this.spread = null;
    this.comparison = null;
    this.hood = null;
    if (s.of === 'spread' && s.reform) {
      const d = await diffusion(s.reform);
      if (d) this.spread = { d, model: spreadModel(d, this.range) };
    } else if (s.of === 'compare' && s.compare.length) {
      this.comparison = await compare(s.compare);
    } else if (s.of === 'place' && s.place) {
      this.hood = { id: s.place, slice: await placeNeighbourhood(s.place) };
    }
  }

  private marks(): MapMark[] {
    if (this.spread) {
      const label = (r: { firstYear: number }): string => t('mapFirst', { year: r.firstYear });
      return spreadMarks(this.spread.model, label, this.playYear);
    }
    if (this.comparison) return compareMarks(this.comparison);
    if (this.hood) return neighbourhoodMarks(this.hood.id, this.hood.slice);
    return [];
  }

  /** The province holding most marks when one holds them all, else all China. */
  private autoZoom(): string | null {
    if (!this.index) return null;
    const p = paint(this.marks(), 'province', this.index);
    return p.provinces.size === 1 ? [...p.provinces][0]! : null;
  }

  private placeholder(text: string, error = false): void {
    clear(this.head);
    clear(this.stage);
    clear(this.side);
    // The source switch stays, so "nothing to show here" is never a dead end.
    this.head.append(
      sourceSelect(this.source.of, (of) => this.actions.onChange({ mapOf: of, mapZoom: null })),
    );
    this.stage.append(h('p', { class: error ? 'placeholder error' : 'placeholder', text }));
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private play(): void {
    const years = this.spread?.model.years ?? [];
    if (!years.length) return;
    if (this.timer) {
      this.stop();
      void this.render();
      return;
    }
    this.playYear = years[0]!;
    void this.render();
    this.timer = setInterval(() => {
      const next = (this.playYear ?? 0) + 1;
      if (next > years[years.length - 1]!) {
        this.stop();
        this.playYear = null;
      } else this.playYear = next;
      void this.render();
    }, 900);
  }

  private title(): string {
    if (this.spread) {
      const years = this.spread.model.years;
      return t('mapSpreadTitle', {
        name: this.spread.d.reform.name,
        year: this.playYear ?? years[years.length - 1] ?? '',
      });
    }
    if (this.comparison)
      return t('mapCompareTitle', { names: this.comparison.jurisdictions.map((j) => j.name).join('、') });
    if (this.hood) {
      const me = this.hood.slice.nodes.find((n) => n.id === this.hood!.id);
      return t('mapPlaceTitle', { name: me?.label ?? '' });
    }
    return '';
  }

  private legend(marks: MapMark[]): { color: string; text: string }[] {
    if (this.spread) {
      const years = this.spread.model.years;
      const min = years[0] ?? 0;
      const max = years[years.length - 1] ?? 0;
      const shown = years.length > 8 ? years.filter((_, i) => i % Math.ceil(years.length / 8) === 0) : years;
      return [
        ...shown.map((y) => ({ color: yearColor(y, min, max), text: String(y) })),
        { color: '#ffffff', text: t('mapNotAdopted') },
      ];
    }
    if (this.comparison) return marks.map((m) => ({ color: m.color, text: m.j.name }));
    if (this.hood)
      return [
        { color: FOCUS_COLOR, text: t('mapFocusPlace') },
        { color: sharedColor(1, 2), text: t('mapShared', { n: 1 }) },
        { color: sharedColor(2, 2), text: t('mapShared', { n: '2+' }) },
      ];
    return [];
  }

  private async render(): Promise<void> {
    const token = ++this.token;
    const index = this.index;
    if (!index || !this.loaded() || (!this.spread && !this.comparison && !this.hood)) {
      this.placeholder(t('mapPick'));
      return;
    }
    const marks = this.marks();
    const painted = paint(marks, this.level, index);
    const zoom = this.zoom;
    let provinces: UnitFeature[];
    let units: UnitFeature[];
    try {
      provinces = await provinceShapes();
      if (this.level === 'province') units = provinces;
      else if (this.level === 'city') {
        const all = await cityShapes();
        units = zoom ? all.filter((f) => f.id.startsWith(zoom.slice(0, 2))) : all;
      } else {
        const wanted = zoom ? [zoom] : [...painted.provinces];
        units = (await Promise.all(wanted.map((p) => countyShapes(p)))).flat();
      }
    } catch (err) {
      this.actions.onError(err);
      return;
    }
    if (token !== this.token) return; // a newer render started while the shapes loaded
    const focus = zoom ? provinces.filter((f) => f.id === zoom) : [];
    // Fill the stage; a hidden stage (measured 0) gets a print-friendly default.
    const width = Math.max(480, (this.stage.clientWidth || 916) - 16);
    const height = Math.max(420, Math.min((this.stage.clientHeight || 676) - 16, Math.round(width * 0.9)));
    const svgEl = drawMap({
      width,
      height,
      title: this.title(),
      provinces,
      units,
      focus,
      paint: painted,
      labels: zoom !== null && this.level !== 'province',
      legend: this.legend(marks),
      unitTitle: (code, name, list) =>
        [
          name,
          ...list.map((m) => [m.mark.j.name, m.mark.label, placeNote(m)].filter(Boolean).join(' · ')),
        ].join('\n'),
      markTitle: (m) => [m.mark.j.name, m.mark.label, placeNote(m)].filter(Boolean).join(' · '),
      onPick: (code, list) => this.pick(code, list),
    });
    this.svgEl = svgEl;
    this.renderHead(index);
    clear(this.stage);
    this.stage.append(svgEl);
    clear(this.side);
    this.side.append(h('p', { class: 'muted', text: t('mapClickHint') }));
    if (painted.unplaced.length)
      this.side.append(
        h('p', {
          class: 'muted unplaced',
          text: t('mapUnplaced', { names: painted.unplaced.map((m) => m.j.name).join('、') }),
        }),
      );
    if (index.source)
      this.side.append(h('p', { class: 'muted small', text: t('mapSource', { source: index.source }) }));
  }

  private pick(code: string | null, list: PlacedMark[]): void {
    const name = code ? (this.index?.units[code]?.[0] ?? code) : null;
    clear(this.side);
    this.side.append(mapDetail(name, list, (ev) => this.actions.openQuote(ev)));
  }

  private renderHead(index: GeoIndex): void {
    clear(this.head);
    const withMarks = paint(this.marks(), 'province', index).provinces;
    const provinces = Object.entries(index.units)
      .filter(([, u]) => u[1] === 'province')
      .map(([code, u]): [string, string, boolean] => [code, u[0], withMarks.has(code)]);
    const model = {
      source: this.source.of,
      level: this.level,
      zoom: this.zoom,
      provinces,
      years: this.spread?.model.years ?? [],
      year: this.playYear,
      playing: this.timer !== undefined,
      csv: this.spread !== null,
    };
    this.head.append(
      ...mapControls(model, {
        source: (of) => this.actions.onChange({ mapOf: of, mapZoom: null }),
        level: (l) => {
          this.level = l;
          this.actions.onChange({ mapLevel: l });
          void this.render();
        },
        zoom: (code) => {
          this.zoom = code;
          this.actions.onChange({ mapZoom: code });
          void this.render();
        },
        play: () => this.play(),
        year: (y) => {
          this.stop();
          this.playYear = y;
          void this.render();
        },
        png: () => {
          if (this.svgEl)
            svgToPng(this.svgEl).then((b) => download(`${this.fileStem()}.png`, b), this.actions.onError);
        },
        svg: () => {
          if (this.svgEl)
            download(`${this.fileStem()}.svg`, svgText(this.svgEl), 'image/svg+xml;charset=utf-8');
        },
        csv: () => {
          if (this.spread && this.index)
            download(
              `${this.fileStem()}-panel.csv`,
              adoptionPanelCsv(this.spread.model.order, this.index),
              'text/csv;charset=utf-8',
            );
        },
      }),
    );
  }

  private fileStem(): string {
    const what =
      this.spread?.d.reform.name ?? this.comparison?.jurisdictions.map((j) => j.name).join('-') ?? 'place';
    return `${what}-map-${this.level}`;
  }
}
