// One report in the library: its metadata (with the cue that decided each field), counts of what was
// read, its stored text with every fact and entity highlighted by kind, and the analyst's tools:
// correct the metadata (re-read and re-loaded on the server), delete (after confirmation).
import { t } from '../i18n.ts';
import { HIGHLIGHT_KINDS, countByKind, toRuns } from '../highlight-segments.ts';
import { correctReport, deleteReport, fetchReport, type ReportFull } from '../library-api.ts';
import { cueLabel, cueOf, genreLabel, GENRES, parseYear } from '../library-model.ts';
import { confirmDialog } from './confirm.ts';
import { clear, h } from './dom.ts';

export interface ReportActions {
  back(): void;
  showInGraph(id: string): void;
  /** After a correction or deletion: the library and the graph must re-read. */
  changed(message: string): void;
  error(err: unknown): void;
}

export class ReportView {
  readonly element: HTMLElement;
  private report: ReportFull | null = null;
  private shown = new Set(HIGHLIGHT_KINDS.map((k) => k.kind));

  constructor(private readonly actions: ReportActions) {
    this.element = h('section', { class: 'report-view', hidden: true });
  }

  async open(id: string): Promise<void> {
    this.element.hidden = false;
    clear(this.element);
    this.element.append(h('p', { class: 'muted', text: t('loading') }));
    try {
      this.report = await fetchReport(id);
    } catch (err) {
      this.actions.error(err);
      return;
    }
    this.render();
  }

  close(): void {
    this.element.hidden = true;
    this.report = null;
  }

  render(): void {
    const r = this.report;
    if (!r) return;
    clear(this.element);
    const back = h('button', { type: 'button', class: 'small', 'data-action': 'back', text: t('repBack') });
    back.addEventListener('click', () => this.actions.back());
    const graph = h('button', { type: 'button', class: 'small', 'data-action': 'graph', text: t('repShowGraph') });
    graph.addEventListener('click', () => this.actions.showInGraph(r.id));
    const del = h('button', { type: 'button', class: 'small danger', 'data-action': 'delete', text: t('repDelete') });
    del.addEventListener('click', () => void this.remove());
    const side = h('div', { class: 'rep-side' }, this.meta(r), this.counts(r), this.correctForm(r), h('div', { class: 'actions' }, graph, del));
    const reading = h('div', { class: 'rep-reading' }, this.legend(r), this.text(r));
    this.element.append(
      h('header', { class: 'rep-head' }, back, h('h2', { class: 'rep-title', text: r.name })),
      h('div', { class: 'rep-body' }, side, reading),
    );
  }

  private meta(r: ReportFull): HTMLElement {
    const dl = h('dl', { class: 'props rep-meta' });
    const row = (field: string, value: string) => {
      const cue = cueOf(r.cues, field);
      dl.append(
        h('dt', { text: t(`field.${field}`) }),
        h('dd', { 'data-field': field }, value, cue ? h('small', { class: 'cue', text: t('decidedBy', { cue: cueLabel(cue) }) }) : null),
      );
    };
    row('jurisdiction', r.jurisdiction?.name ?? '—');
    row('year', r.year ? String(r.year) : '—');
    row('genre', genreLabel(r.genre));
    row('author', r.author?.name ?? '—');
    row('published', r.publishedOn ?? '—');
    dl.append(h('dt', { text: t('col.format') }), h('dd', { text: `${r.format ?? '—'}${r.file ? ` · ${r.file}` : ''}` }));
    dl.append(h('dt', { text: t('col.status') }), h('dd', {}, h('span', { class: `status status-${r.status}`, text: t(`status.${r.status}`) })));
    if (r.correction) dl.append(h('dt', {}), h('dd', { class: 'corrected', text: t('repCorrected', { at: (r.correction.correctedAt ?? '').slice(0, 10) }) }));
    return dl;
  }

  private counts(r: ReportFull): HTMLElement {
    const ul = h('ul', { class: 'rep-counts' });
    const by = new Map(r.factCounts.map((c) => [c.kind, c.count]));
    for (const { kind } of HIGHLIGHT_KINDS) ul.append(h('li', { 'data-kind': kind }, t(`kind.${kind}`), h('b', { text: String(by.get(kind) ?? 0) })));
    return h('div', {}, h('h3', { text: t('col.facts') }), ul);
  }

  private correctForm(r: ReportFull): HTMLElement {
    const place = h('input', { type: 'text', name: 'jurisdiction', value: r.jurisdiction?.name ?? '' });
    const year = h('input', { type: 'text', name: 'year', inputmode: 'numeric', size: 6, value: r.year ? String(r.year) : '' });
    const title = h('input', { type: 'text', name: 'title', value: r.name });
    const genre = h('select', { name: 'genre' }, h('option', { value: '', text: '—' }));
    for (const g of GENRES) genre.append(h('option', { value: g, text: genreLabel(g) }));
    genre.value = r.genre ?? '';
    const msg = h('p', { class: 'form-msg', 'aria-live': 'polite' });
    const save = h('button', { type: 'submit', class: 'primary', 'data-action': 'save', text: t('repSave') });
    const form = h(
      'form',
      { class: 'rep-correct' },
      h('p', { class: 'muted', text: t('repCorrectHint') }),
      h('label', {}, t('field.jurisdiction'), place),
      h('label', {}, t('field.year'), year),
      h('label', {}, t('field.title'), title),
      h('label', {}, t('field.genre'), genre),
      save,
      msg,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      // Only what changed is sent: an unchanged field stays as the text (or an earlier correction) says.
      const y = parseYear(year.value);
      const input = {
        jurisdiction: place.value.trim() && place.value.trim() !== r.jurisdiction?.name ? place.value.trim() : null,
        year: y !== null && y !== r.year ? y : null,
        title: title.value.trim() && title.value.trim() !== r.name ? title.value.trim() : null,
        genre: genre.value && genre.value !== r.genre ? genre.value : null,
      };
      save.disabled = true;
      msg.textContent = t('loading');
      correctReport(r.id, input).then(
        async () => {
          await this.open(r.id);
          this.actions.changed(t('repSaved'));
        },
        (err: unknown) => {
          save.disabled = false;
          msg.textContent = t('error', { detail: err instanceof Error ? err.message : String(err) });
          msg.classList.add('error');
        },
      );
    });
    return h('details', { class: 'rep-correct-box', open: r.status !== 'LOADED' }, h('summary', { text: t('repCorrect') }), form);
  }

  private legend(r: ReportFull): HTMLElement {
    const counts = countByKind(r.highlights);
    const box = h('div', { class: 'rep-legend' }, h('span', { class: 'muted', text: t('repLegend') }));
    for (const { kind, color, fact } of HIGHLIGHT_KINDS) {
      const n = counts.get(kind) ?? 0;
      if (n === 0) continue;
      const b = h(
        'button',
        { type: 'button', class: `legend-item${this.shown.has(kind) ? '' : ' off'}`, 'data-kind': kind, 'aria-pressed': this.shown.has(kind) },
        h('span', { class: fact ? 'swatch fact' : 'swatch entity', style: fact ? `background:${color}` : `border-color:${color};color:${color}` }),
        `${t(`kind.${kind}`)} ${n}`,
      );
      b.addEventListener('click', () => {
        if (this.shown.has(kind)) this.shown.delete(kind);
        else this.shown.add(kind);
        this.render();
      });
      box.append(b);
    }
    return box;
  }

  private text(r: ReportFull): HTMLElement {
    const pane = h('div', { class: 'rep-text', tabindex: 0 });
    if (!r.text) {
      pane.append(h('p', { class: 'muted', text: t('repNoText') }));
      return pane;
    }
    const colors = new Map(HIGHLIGHT_KINDS.map((k) => [k.kind, k]));
    for (const run of toRuns(r.text.length, r.highlights, this.shown)) {
      const s = r.text.slice(run.start, run.end);
      if (run.kinds.length === 0) {
        pane.append(s);
        continue;
      }
      const fact = run.kinds.map((k) => colors.get(k)).find((k) => k?.fact);
      const entity = run.kinds.map((k) => colors.get(k)).find((k) => k && !k.fact);
      const style = [fact ? `background:${fact.color}` : '', entity ? `color:${entity.color};border-bottom:2px solid ${entity.color}` : '']
        .filter(Boolean)
        .join(';');
      pane.append(h('mark', { class: 'hl', 'data-kinds': run.kinds.join(' '), style, title: run.labels.join('\n'), text: s }));
    }
    return pane;
  }

  private async remove(): Promise<void> {
    const r = this.report;
    if (!r) return;
    if (!(await confirmDialog(t('repDeleteConfirm', { title: r.name }), t('confirmDelete')))) return;
    try {
      await deleteReport(r.id);
      this.actions.changed(t('repDeleted', { title: r.name }));
      this.actions.back();
    } catch (err) {
      this.actions.error(err);
    }
  }
}
