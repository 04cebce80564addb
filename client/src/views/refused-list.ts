// The library's refused reports: files the server could not place (no jurisdiction or no year) and so
// did not load. Each says what is missing; supplying it (jurisdiction, year) re-reads the stored text
// and loads it (correctReport on the refused:… id), and the correction is kept for later ingests.
import { t } from '../i18n.ts';
import { correctReport, fetchRefused, type RefusedRow } from '../library-api.ts';
import { parseYear } from '../library-model.ts';
import { clear, h } from './dom.ts';

export class RefusedList {
  readonly element: HTMLElement;

  constructor(private readonly onLoaded: (message: string) => void) {
    this.element = h('div', { class: 'refused-list', hidden: true });
  }

  /** Shows the refused reports whose file or title contains `title`; hides itself when there are none. */
  async load(title = ''): Promise<void> {
    let rows: RefusedRow[];
    try {
      rows = await fetchRefused();
    } catch {
      rows = []; // a server without refusal records: nothing to show
    }
    const q = title.trim().toLowerCase();
    if (q) rows = rows.filter((r) => `${r.file ?? ''} ${r.title ?? ''}`.toLowerCase().includes(q));
    clear(this.element);
    this.element.hidden = rows.length === 0;
    if (rows.length === 0) return;
    const ul = h('ul', {});
    for (const r of rows) ul.append(this.row(r));
    this.element.append(h('h3', { text: t('refTitle', { n: rows.length }) }), ul);
  }

  private row(r: RefusedRow): HTMLElement {
    const place = h('input', { type: 'text', name: 'jurisdiction', placeholder: t('field.jurisdiction'), value: r.jurisdiction ?? '' });
    const year = h('input', { type: 'text', name: 'year', size: 6, placeholder: t('field.year'), value: r.year ?? '' });
    const go = h('button', { type: 'submit', class: 'small primary', 'data-action': 'supply', text: t('refSupply') });
    const msg = h('span', { class: 'form-msg', 'aria-live': 'polite' });
    const form = h('form', { class: 'refused-form' }, place, year, go, msg);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      go.disabled = true;
      msg.textContent = t('loading');
      const name = r.title ?? r.file ?? r.id;
      correctReport(r.id, { jurisdiction: place.value.trim() || null, year: parseYear(year.value) }).then(
        () => this.onLoaded(t('refLoaded', { title: name })),
        (err: unknown) => {
          go.disabled = false;
          msg.textContent = t('error', { detail: err instanceof Error ? err.message : String(err) });
          msg.classList.add('error');
        },
      );
    });
    const missing = r.missing.map((f) => t(`field.${f}`)).join('、');
    return h(
      'li',
      { 'data-refused': r.id },
      h('span', { class: 'status status-REFUSED', text: t('status.REFUSED') }),
      h('b', { text: r.title ?? r.file ?? r.id }),
      r.file && r.title ? h('small', { class: 'muted', text: ` ${r.file}` }) : null,
      h('span', { class: 'missing', text: t('refMissing', { fields: missing || r.reason }) }),
      form,
    );
  }
}
