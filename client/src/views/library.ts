// The library (报告库): every report with what was read from it and how its metadata was decided;
// filter, sort, search, page; open one to read it with its facts highlighted.
import { ApiError } from '../api.ts';
import { t } from '../i18n.ts';
import { fetchLibrary, type LibraryFilter, type LibraryRow, type ReportSort } from '../library-api.ts';
import { cueLabel, cueOf, factSummary, genreLabel, GENRES, parseYear, SORTS, STATUSES } from '../library-model.ts';
import { clear, h } from './dom.ts';
import { RefusedList } from './refused-list.ts';
import './library.css';

const PAGE = 50;

export interface LibraryActions {
  open(id: string): void;
  upload(): void;
  /** A refused report was supplied its metadata and loaded. */
  loaded(message: string): void;
}

function select(name: string, options: [string, string][]): HTMLSelectElement {
  const s = h('select', { name });
  for (const [value, label] of options) s.append(h('option', { value, text: label }));
  return s;
}

export class LibraryView {
  readonly element: HTMLElement;
  private filter: LibraryFilter = {};
  private sort: ReportSort = 'YEAR_DESC';
  private rows: LibraryRow[] = [];
  private total = 0;
  private loading = 0;
  private readonly bar: HTMLElement;
  private readonly body: HTMLElement;
  private readonly countLine: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly refused: RefusedList;

  constructor(private readonly actions: LibraryActions) {
    this.bar = h('div', { class: 'lib-filters' });
    this.countLine = h('p', { class: 'lib-count', 'aria-live': 'polite' });
    this.body = h('div', { class: 'lib-table-wrap' });
    this.more = h('button', { type: 'button', class: 'small', 'data-action': 'more' });
    this.more.addEventListener('click', () => void this.load(true));
    this.refused = new RefusedList((message) => actions.loaded(message));
    this.element = h('section', { class: 'view library-view', hidden: true }, this.bar, this.refused.element, this.countLine, this.body, this.more);
    this.render();
  }

  /** Rebuilds the labels (language switch) and keeps the filter values. */
  render(): void {
    clear(this.bar);
    const title = h('input', { type: 'search', name: 'title', placeholder: t('libTitleFilter'), value: this.filter.title ?? '' });
    const place = h('input', { type: 'text', name: 'jurisdiction', placeholder: t('libPlaceFilter'), value: this.filter.jurisdiction ?? '' });
    const year = h('input', { type: 'text', name: 'year', inputmode: 'numeric', size: 6, placeholder: t('libYearFilter'), value: this.filter.year ?? '' });
    const any: [string, string] = ['', `${t('col.genre')}: ${t('libAny')}`];
    const genre = select('genre', [any, ...GENRES.map((g): [string, string] => [g, genreLabel(g)])]);
    genre.value = this.filter.genre ?? '';
    const status = select('status', [['', `${t('col.status')}: ${t('libAny')}`], ...STATUSES.map((s): [string, string] => [s, t(`status.${s}`)])]);
    status.value = this.filter.status ?? '';
    const sort = select('sort', SORTS.map((s): [string, string] => [s, `${t('libSort')}: ${t(`sort.${s}`)}`]));
    sort.value = this.sort;
    const apply = () => {
      this.filter = {
        title: title.value,
        jurisdiction: place.value,
        year: parseYear(year.value),
        genre: genre.value || null,
        status: (status.value || null) as LibraryFilter['status'],
      };
      this.sort = sort.value as ReportSort;
      void this.load(false);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(apply, 300);
    };
    for (const input of [title, place, year]) input.addEventListener('input', later);
    for (const s of [genre, status, sort]) s.addEventListener('change', apply);
    const upload = h('button', { type: 'button', class: 'primary', 'data-action': 'upload', text: `⇪ ${t('upOpen')}` });
    upload.addEventListener('click', () => this.actions.upload());
    this.bar.append(h('h2', { text: t('libTitle') }), title, place, year, genre, status, sort, upload);
    this.more.textContent = t('libMore');
    this.renderRows();
  }

  /** Loads the first page (or the next one, `more`) for the current filter and sort. */
  async load(more = false): Promise<void> {
    const ticket = ++this.loading;
    const after = more ? (this.rows[this.rows.length - 1]?.cursor ?? null) : null;
    if (!more) {
      this.countLine.textContent = t('loading');
      // Refused reports have no place or year to filter by: shown unless the filter asks for loaded ones.
      const s = this.filter.status;
      if (s === 'LOADED' || this.filter.jurisdiction?.trim() || this.filter.year != null || this.filter.genre) this.refused.element.hidden = true;
      else void this.refused.load(this.filter.title ?? '');
    }
    try {
      const page = await fetchLibrary(this.filter, this.sort, PAGE, after);
      if (ticket !== this.loading) return; // a newer filter won
      this.rows = more ? [...this.rows, ...page.rows] : page.rows;
      this.total = page.total;
      this.renderRows();
    } catch (err) {
      if (ticket !== this.loading) return;
      this.countLine.textContent = t('error', { detail: err instanceof ApiError || err instanceof Error ? err.message : String(err) });
    }
    if (ticket === this.loading) this.element.dataset.loaded = String(ticket);
  }

  private renderRows(): void {
    clear(this.body);
    this.countLine.textContent = t('libCount', { total: this.total, shown: this.rows.length });
    this.more.hidden = this.rows.length >= this.total;
    if (this.rows.length === 0) {
      this.body.append(h('p', { class: 'muted lib-empty', text: t('libEmpty') }));
      return;
    }
    const head = h('tr', {});
    for (const c of ['title', 'jurisdiction', 'year', 'genre', 'author', 'published', 'format', 'facts', 'status'])
      head.append(h('th', { text: t(`col.${c}`) }));
    const tbody = h('tbody', {});
    for (const r of this.rows) tbody.append(this.row(r));
    this.body.append(h('table', { class: 'lib-table' }, h('thead', {}, head), tbody));
  }

  /** A cell with the value and, under it, which cue decided it. */
  private cell(r: LibraryRow, field: string, value: string): HTMLElement {
    const cue = cueOf(r.cues, field);
    return h('td', { class: `c-${field}` }, value, cue ? h('small', { class: 'cue', text: cueLabel(cue) }) : null);
  }

  private row(r: LibraryRow): HTMLElement {
    const open = h('button', { type: 'button', class: 'link lib-open', 'data-report': r.id, text: r.name });
    open.addEventListener('click', () => this.actions.open(r.id));
    return h(
      'tr',
      { 'data-report': r.id, 'data-status': r.status },
      h('td', { class: 'c-title' }, open, cueOf(r.cues, 'title') ? h('small', { class: 'cue', text: cueLabel(cueOf(r.cues, 'title')!) }) : null),
      this.cell(r, 'jurisdiction', r.jurisdiction?.name ?? '—'),
      this.cell(r, 'year', r.year ? String(r.year) : '—'),
      this.cell(r, 'genre', genreLabel(r.genre)),
      this.cell(r, 'author', r.author?.name ?? '—'),
      this.cell(r, 'published', r.publishedOn ?? '—'),
      h('td', { class: 'c-format', text: r.format ?? '—' }),
      h('td', { class: 'c-facts', text: factSummary(r.factCounts) || '—' }),
      h('td', { class: 'c-status' }, h('span', { class: `status status-${r.status}`, text: t(`status.${r.status}`) })),
    );
  }
}
